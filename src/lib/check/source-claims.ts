// The source check over the real content: list every verbatim field and every figure with its file,
// line and the text copy of its source document, then look each one up (see sources.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYamlWithLines, splitFrontmatter } from './locate.ts';
import { COLLECTIONS } from './collections.ts';
import { verbatimValues } from '../../schemas/verbatim.ts';
import type { SiteContent } from '../../schemas/rules.ts';
import { readCoverageReviews } from './coverage-review.ts';
import type { SourceDocument } from '../../schemas/common.ts';
import {
  checkClaims,
  prepareSource,
  type PreparedSource,
  type SourceCheckResult,
  type SourceClaim,
} from './sources.ts';

type Path = (string | number)[];
type Data = Record<string, unknown>;

/** Line finder for a content file's fields. */
function lineFinder(root: string, file: string): (path: Path) => number {
  const source = readFileSync(join(root, file), 'utf8');
  const hasBody = /\.mdx?$/.test(file);
  const yaml = hasBody ? (splitFrontmatter(source).yaml ?? '') : source;
  return parseYamlWithLines(yaml, hasBody ? 2 : 1).lineOf;
}

const at = (data: unknown, path: Path): unknown =>
  path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Data)[key] : undefined), data);

/** The `source.document` of the innermost object on `path` that names one. */
function documentOn(data: unknown, path: Path): string | undefined {
  let found: string | undefined;
  for (let i = 0; i <= path.length; i++) {
    const node = at(data, path.slice(0, i)) as { source?: { document?: unknown } } | undefined;
    if (node && typeof node === 'object' && typeof node.source?.document === 'string') found = node.source.document;
  }
  return found;
}

/** The figures of a list of measures (or area indicators): each value, comparator and target. */
function figureClaims(measures: unknown, base: Path): { path: Path; value: number; asPrinted?: string }[] {
  if (!Array.isArray(measures)) return [];
  return measures.flatMap((m: Data, i) => {
    const out: { path: Path; value: number; asPrinted?: string }[] = [];
    const figure = (node: unknown, path: Path) => {
      const n = node as { value?: unknown; asPrinted?: string } | undefined;
      if (typeof n?.value === 'number') out.push({ path: [...path, 'value'], value: n.value, asPrinted: n.asPrinted });
    };
    figure(m, [...base, i]);
    (Array.isArray(m.values) ? m.values : []).forEach((v, j) => figure(v, [...base, i, 'values', j]));
    (Array.isArray(m.comparators) ? m.comparators : []).forEach((c, j) => figure(c, [...base, i, 'comparators', j]));
    figure(m.target, [...base, i, 'target']);
    return out;
  });
}

/** Every claim in the content: verbatim fields and figures, each with its file, line and source text file. */
export function sourceClaims(root: string, content: SiteContent): SourceClaim[] {
  const claims: SourceClaim[] = [];
  const collect = (
    file: string,
    schema: unknown,
    data: unknown,
    textFor: (path: Path) => string | undefined,
    figureLists: Path[],
  ) => {
    const lineOf = lineFinder(root, file);
    const field = (path: Path) =>
      path.reduce<string>((out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${s}` : s), '');
    for (const { path, text } of verbatimValues(schema, data)) {
      claims.push({ file, line: lineOf(path), field: field(path), textFile: textFor(path), quote: text });
    }
    for (const list of figureLists) {
      for (const { path, value, asPrinted } of figureClaims(at(data, list), list)) {
        // A figure with printed wording is checked by that wording (a verbatim field, above).
        if (asPrinted !== undefined) continue;
        claims.push({ file, line: lineOf(path), field: field(path), textFile: textFor(path), value });
      }
    }
  };
  for (const { file, data } of content.strategies) {
    const texts = new Map((data.sources as SourceDocument[]).map((s) => [s.id, s.text]));
    const fallback = data.sources[0]?.text;
    collect(
      file,
      COLLECTIONS.strategies.schema,
      data,
      (path) => {
        const document = documentOn(data, path);
        return document ? texts.get(document) : fallback;
      },
      [['measures']],
    );
  }
  for (const { file, data } of content.updates) {
    collect(file, COLLECTIONS.updates.schema, data, () => data.source.text, [['figures']]);
  }
  for (const { file, data } of content.areas) {
    collect(file, COLLECTIONS.areas.schema, data, () => data.source.text, [['indicators']]);
  }
  // A reviewed list's quotes must still be printed in the source, so a reason cannot outlive its wording.
  for (const review of readCoverageReviews(root, content).reviews) {
    for (const { quote, line, field } of review.entries)
      claims.push({ file: review.file, line, field, textFile: review.textFile, quote });
  }
  return claims;
}

/** Run the source check with the text copies in `sourcesDir`. */
export function checkSources(
  root: string,
  content: SiteContent,
  sourcesDir: string,
): SourceCheckResult & { claims: number } {
  const claims = sourceClaims(root, content);
  const texts = new Map<string, PreparedSource>();
  for (const name of new Set(claims.map((c) => c.textFile))) {
    if (!name) continue;
    const path = join(sourcesDir, name);
    if (existsSync(path)) texts.set(name, prepareSource(readFileSync(path, 'utf8')));
  }
  return { ...checkClaims(claims, texts), claims: claims.length };
}
