// npm run coverage -- --place <place> [--sources DIR] [--verbose] | --all
// For each strategy (and the updates and profiles drawn from the same documents) whose sources name a text copy,
// lists every figure and every "we will" statement in the document that the site does not carry, with its page or
// line, so a reviewer sees at a glance what is missing. Numbers that are not facts (times, section numbers) are set
// aside, and what a reviewer has recorded in content/coverage/<strategy>.yaml is counted, not listed (--verbose
// lists both, with their reasons). A report: it exits 0 whatever it finds.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../src/lib/check/run.ts';
import { findCandidates } from '../src/lib/import/candidates.ts';
import { applyReview, carriedBy, missingFromContent, setAsideNotFacts } from '../src/lib/import/coverage.ts';
import { NOT_A_FACT } from '../src/lib/import/not-facts.ts';
import { readCoverageReviews } from '../src/lib/check/coverage-review.ts';
import { pageAtOffset, PAGE_BREAK } from '../src/lib/import/text-copy.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const values = (name: string) =>
  args.flatMap((a, i) =>
    args[i - 1] === `--${name}` ? [a] : a.startsWith(`--${name}=`) ? [a.slice(name.length + 3)] : [],
  );
const place = values('place')[0];
if (!place && !args.includes('--all')) {
  console.error('Say which place: npm run coverage -- --place <place>, or --all for every place.');
  process.exit(1);
}
const folders = [join(root, 'content/sources'), ...values('sources')];
const verbose = args.includes('--verbose');
const { content } = checkContent(root);
// A list with an error is left out here; `npm run check` names the error.
const { reviews } = readCoverageReviews(root, content);
const textsOf = (data: { sources?: { text?: string }[]; source?: { text?: string } }) =>
  [...(data.sources ?? []), ...(data.source ? [data.source] : [])].flatMap((s) => (s.text ? [s.text] : []));
const entries = [...content.strategies, ...content.updates, ...content.areas].filter((e) => {
  const places = (e.data as { places?: string[]; place?: string }).places ?? [(e.data as { place?: string }).place];
  return !place || places.includes(place);
});
const copies = [...new Set(entries.flatMap((e) => textsOf(e.data as never)))].sort();
if (!copies.length)
  console.log(
    place
      ? `No content for "${place}" names a text copy of its source.`
      : 'No content names a text copy of its source.',
  );
for (const name of copies) {
  const folder = folders.find((f) => existsSync(join(f, name)));
  if (!folder) {
    console.log(`${name}: no text copy found in ${folders.join(' or ')} (give its folder with --sources DIR).`);
    continue;
  }
  const text = readFileSync(join(folder, name), 'utf8');
  const users = entries.filter((e) => textsOf(e.data as never).includes(name));
  const lines = text.split('\n');
  const found = setAsideNotFacts(missingFromContent(findCandidates(text), carriedBy(users.map((e) => e.data))), lines);
  const lists = reviews.filter((r) => r.textFile === name);
  const { unreviewed, reviewed, unused } = applyReview(
    found.missing,
    lists.flatMap((r) => r.entries.map((e) => ({ ...e, file: r.file }))),
  );
  const hasPages = text.includes(PAGE_BREAK);
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
  const where = (line: number) =>
    hasPages ? `page ${pageAtOffset(text, lineStarts[line - 1] ?? 0)}, line ${line}` : `line ${line}`;
  const cut = (t: string, n: number) => `"${t.length > n ? `${t.slice(0, n - 3)}...` : t}"`;
  const places = [
    ...new Set(
      users.flatMap((u) => (u.data as { places?: string[] }).places ?? [(u.data as { place?: string }).place ?? '']),
    ),
  ];
  console.log(
    `\n${name} (${places.filter(Boolean).join(', ')}; ${users.map((u) => u.file).join(', ')})\n` +
      `  not on the site and not reviewed: ${unreviewed.figures.length} figures and ${unreviewed.statements.length} "we will" statements\n` +
      `  reviewed and left out on purpose: ${reviewed.length}${lists.length ? ` (${lists.map((r) => r.file).join(', ')})` : ' (no list in content/coverage)'}\n` +
      `  set aside as not facts: ${found.setAside.length} numbers (times of day, section, minute and page numbers, ages in case studies)`,
  );
  for (const f of unreviewed.figures) console.log(`  ${where(f.line)}: ${f.printed}  ${cut(f.text, 140)}`);
  for (const s of unreviewed.statements) console.log(`  ${where(s.line)}: ${cut(s.text, 160)}`);
  for (const e of unused)
    console.log(
      `  ${e.file}:${e.line} answers for nothing the report finds now (the site carries it, or its quote no longer matches): ${cut(e.quote, 100)}`,
    );
  if (!verbose) continue;
  for (const { item, entry } of reviewed)
    console.log(
      `  reviewed, ${where(item.line)}: ${cut(item.text, 100)}\n    ${entry.reason}${entry.coveredBy ? ` (covered by ${entry.coveredBy})` : ''}`,
    );
  for (const { figure, why } of found.setAside)
    console.log(
      `  set aside, ${where(figure.line)}: ${figure.printed} is ${NOT_A_FACT[why]}  ${cut(figure.text, 100)}`,
    );
}
