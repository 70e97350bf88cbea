// npm run coverage -- --place <place> [--sources DIR] | --all
// For each strategy (and the updates and profiles drawn from the same documents) whose sources name a text copy,
// lists every figure and every "we will" statement in the document that the site does not carry, with its page or
// line, so a reviewer sees at a glance what is missing. A report: it exits 0 whatever it finds.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../src/lib/check/run.ts';
import { findCandidates } from '../src/lib/import/candidates.ts';
import { carriedBy, missingFromContent } from '../src/lib/import/coverage.ts';
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
const { content } = checkContent(root);
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
  const missing = missingFromContent(findCandidates(text), carriedBy(users.map((e) => e.data)));
  const hasPages = text.includes(PAGE_BREAK);
  const lineStarts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index! + 1)];
  const where = (line: number) =>
    hasPages ? `page ${pageAtOffset(text, lineStarts[line - 1] ?? 0)}, line ${line}` : `line ${line}`;
  console.log(
    `\n${name} (${users.map((u) => u.file).join(', ')}): ${missing.figures.length} figures and ${missing.statements.length} "we will" statements not on the site`,
  );
  for (const f of missing.figures)
    console.log(`  ${where(f.line)}: ${f.printed}  "${f.text.length > 140 ? `${f.text.slice(0, 137)}...` : f.text}"`);
  for (const s of missing.statements)
    console.log(`  ${where(s.line)}: "${s.text.length > 160 ? `${s.text.slice(0, 157)}...` : s.text}"`);
}
