// The reviewed lists of what each strategy's source says that the site leaves out (content/coverage/), read and
// checked: the fields against their schema, the file named for a strategy with a text copy, no quote twice, and
// every `coveredBy` an id in that strategy. That each quote is printed in the source is the source check's job.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coverageReview, type LeftOutItem } from '../../schemas/coverage-review.ts';
import type { SiteContent } from '../../schemas/rules.ts';
import type { SourceDocument } from '../../schemas/common.ts';
import { foldForMatch } from '../import/score.ts';
import { schemaProblems, yamlProblems } from './messages.ts';
import { parseYamlWithLines } from './locate.ts';
import type { Problem } from './run.ts';

export const COVERAGE_DIR = 'content/coverage';

/** One reviewed list, ready for the coverage report and the source check. */
export interface CoverageReviewFile {
  /** File path relative to the project root. */
  file: string;
  /** The strategy's id: the file's name without .yaml. */
  strategy: string;
  /** The text copy the quotes come from, e.g. "000_aef68bad05a6a1ba.txt". */
  textFile: string;
  entries: (LeftOutItem & { line: number; field: string })[];
}

/** Every `id` anywhere in some data: the parts of a strategy a reviewed entry may point to. */
function idsIn(data: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(data)) data.forEach((d) => idsIn(d, out));
  else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      if (key === 'id' && typeof value === 'string') out.add(value);
      else idsIn(value, out);
    }
  }
  return out;
}

/** Read and check every file in content/coverage/. Files with an error are reported and left out of `reviews`. */
export function readCoverageReviews(
  root: string,
  content: Pick<SiteContent, 'strategies'>,
): { reviews: CoverageReviewFile[]; problems: Problem[] } {
  const dir = join(root, COVERAGE_DIR);
  const reviews: CoverageReviewFile[] = [];
  const problems: Problem[] = [];
  if (!existsSync(dir)) return { reviews, problems };
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.') || name === 'README.md') continue;
    const file = `${COVERAGE_DIR}/${name}`;
    const before = problems.length;
    const add = (line: number, field: string, message: string) =>
      problems.push({ file, line, field, message, severity: 'error' });
    if (!name.endsWith('.yaml')) {
      add(1, 'file', 'this file is not read: files in content/coverage must end .yaml and be named for a strategy.');
      continue;
    }
    const strategyId = name.slice(0, -'.yaml'.length);
    const parsed = parseYamlWithLines(readFileSync(join(dir, name), 'utf8'));
    if (parsed.errors.length) {
      for (const p of yamlProblems(parsed.errors)) add(p.line, p.field, p.message);
      continue;
    }
    const result = coverageReview.safeParse(parsed.data ?? {});
    if (!result.success) {
      for (const p of schemaProblems(coverageReview, result.error.issues, parsed.lineOf))
        add(p.line, p.field, p.message);
      continue;
    }
    const strategy = content.strategies.find((s) => s.id === strategyId);
    if (!strategy) {
      add(
        1,
        'file',
        `is named for the strategy "${strategyId}", which does not exist. Name it after a file in content/strategies (e.g. camden-2022-30.yaml).`,
      );
      continue;
    }
    const withText = (strategy.data.sources as SourceDocument[]).filter((s) => s.text);
    const named = result.data.document;
    // Several sources may be parts of one document with one text copy (an agenda pack): then there is no choice.
    const oneCopy = new Set(withText.map((s) => s.text)).size === 1;
    const source = named ? withText.find((s) => s.id === named) : oneCopy ? withText[0] : undefined;
    if (!source) {
      const ids = withText.map((s) => s.id).join(', ');
      if (named)
        add(
          parsed.lineOf(['document']),
          'document',
          `"${named}" is not one of ${strategy.file}'s sources with a text copy${ids ? ` (${ids})` : ''}.`,
        );
      else if (withText.length)
        add(
          1,
          'document',
          `${strategy.file} has sources with different text copies: say which one the quotes come from (${ids}).`,
        );
      else add(1, 'file', `${strategy.file} names no text copy of its source, so there is no report to review.`);
      continue;
    }
    const ids = idsIn(strategy.data);
    const seen = new Map<string, number>();
    const entries = result.data.leftOut.map((entry, i) => {
      const line = parsed.lineOf(['leftOut', i, 'quote']);
      const key = foldForMatch(entry.quote);
      const first = seen.get(key);
      if (first !== undefined)
        add(
          parsed.lineOf(['leftOut', i, 'quote']),
          `leftOut[${i}].quote`,
          `is the same quote as the entry on line ${first}. Delete one of them.`,
        );
      else seen.set(key, line);
      if (entry.coveredBy && !ids.has(entry.coveredBy))
        add(
          parsed.lineOf(['leftOut', i, 'coveredBy']),
          `leftOut[${i}].coveredBy`,
          `"${entry.coveredBy}" is not the id of anything in ${strategy.file}. Use the id of the action, measure or priority that says this, or delete the line.`,
        );
      return { ...entry, line, field: `leftOut[${i}].quote` };
    });
    if (problems.length === before) reviews.push({ file, strategy: strategyId, textFile: source.text!, entries });
  }
  return { reviews, problems };
}
