// npm run import -- FILE --place <place> [--id <strategy>] [--pages 12-60] [--force]
// Turns a council's document (.pdf, .docx or text) into a text copy with its pages (content/sources/) and a draft
// strategy (content/strategies/) for a person to review. Every drafted value is a span of the document; the check
// refuses the draft until each entry has been checked and every FILL IN filled.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { extractDocument } from './lib/extract-document.ts';
import { findCandidates } from '../src/lib/import/candidates.ts';
import { draftStrategy, idFrom } from '../src/lib/import/draft.ts';
import { joinPages } from '../src/lib/import/text-copy.ts';
import { SLUG_PATTERN } from '../src/schemas/common.ts';
import { MAX_FILE_BYTES } from '../src/lib/check/run.ts';

const root = process.cwd();
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
};
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};
const file = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!file) fail('Say which document to import: npm run import -- path/to/strategy.pdf --place <place>');
if (!existsSync(file!)) fail(`There is no file ${file}.`);
const place =
  option('place') ?? fail('Say which place the document is for: --place <place> (a file in content/places).');
if (!SLUG_PATTERN.test(place))
  fail(`"${place}" is not a valid id: use lower-case letters, numbers and single hyphens.`);
if (!existsSync(join(root, `content/places/${place}.yaml`)))
  fail(`There is no place "${place}" in content/places. Add it first: npm run new -- place --id ${place}`);

const document = await extractDocument(file!).catch((error: Error) => fail(`Could not read ${file}: ${error.message}`));
// --pages 12-60 keeps only those pages (an agenda pack holds several documents; import the strategy's own pages).
const range = option('pages');
let pages = document.pages;
let firstPage = 1;
if (range) {
  const m =
    /^(\d+)(?:-(\d+))?$/.exec(range) ?? fail(`--pages takes a page or a range, like --pages 12-60, not "${range}".`);
  firstPage = Number(m[1]);
  const last = Number(m[2] ?? m[1]);
  if (!document.pagesKnown) fail(`${file} has no pages to choose from (no page breaks). Import it whole.`);
  if (firstPage < 1 || last < firstPage || last > pages.length)
    fail(`--pages ${range} is outside the document's ${pages.length} pages.`);
  pages = pages.slice(firstPage - 1, last);
}
const textCopy = joinPages(document.pages);
// Candidates keep the document's own page and line numbers, whichever pages were chosen.
const candidates = findCandidates(textCopy, { pages: range ? [firstPage, firstPage + pages.length - 1] : undefined });
const docId = idFrom(basename(file!, extname(file!)), new Set());
const textName = `${place}-${docId}.txt`;
const period = candidates.period ? `${candidates.period.start}-${String(candidates.period.end).slice(2)}` : 'draft';
const id = option('id') ?? `${place}-${period}`;
if (!SLUG_PATTERN.test(id)) fail(`"${id}" is not a valid id: use lower-case letters, numbers and single hyphens.`);
const existing = ['.mdx', '.md'].map((ext) => join(root, 'content/strategies', `${id}${ext}`)).find(existsSync);
if (existing && !args.includes('--force'))
  fail(`${existing} already exists. Choose another id with --id, or add --force to replace it.`);

const today = new Date().toISOString().slice(0, 10);
const draft = draftStrategy(candidates, {
  place,
  documentName: basename(file!),
  textCopy: textName,
  today,
  pagesKnown: document.pagesKnown,
});
mkdirSync(join(root, 'content/sources'), { recursive: true });
writeFileSync(join(root, 'content/sources', textName), textCopy);
writeFileSync(join(root, 'content/strategies', `${id}.mdx`), draft);

const pagesRead = document.pagesKnown
  ? `${document.pages.length} pages`
  : 'pages not known: the file has no page breaks';
console.log(`Read ${basename(file!)} (${document.format}, ${pagesRead}).`);
console.log(`Wrote content/sources/${textName} (the text copy the source check reads).`);
console.log(`Wrote content/strategies/${id}.mdx, a draft with:`);
console.log(`  ${candidates.priorities.length} headings as candidate priorities`);
console.log(`  ${candidates.actions.length} statements and table rows as candidate actions`);
console.log(`  ${candidates.figures.length} figures as candidate measures`);
console.log(`  ${candidates.unplaced.length} lines it could not place, listed as comments at the end of the fields`);
if (Buffer.byteLength(draft) > MAX_FILE_BYTES) {
  console.log(
    `The draft is ${Math.round(Buffer.byteLength(draft) / 1024)} KB; the check accepts content files up to ${MAX_FILE_BYTES / 1024} KB.`,
  );
  console.log(
    "Import only the strategy's own pages (--pages 12-60), or delete the entries you do not need while reviewing.",
  );
}
console.log(
  `Next: review the draft (CONTRIBUTING.md, "Importing a document"), then npm run check -- content/strategies/${id}.mdx`,
);
