// Pre-publish gate over dist/ (runs after every `npm run build`, and alone as `npm run verify-dist`).
// Fails, naming the page and the link, when: an internal link or #anchor is broken, an external link
// is not marked, a sitemap page is missing, a page listed in deploy/expected-pages.txt is gone, or
// Pagefind's entry file points at a missing file.
// Options: --dist <dir>, --update-expected (rewrite deploy/expected-pages.txt from this build),
//          --skip-expected (no page-list check, for synthetic or fixture sites).
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { builtPages, formatLinkProblem, linkProblems, matchesAny, missingPages, pagefindProblems, sitemapProblems } from './lib/verify-dist.ts';
import { listFiles } from './lib/files.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, 'update-expected': { type: 'boolean' }, 'skip-expected': { type: 'boolean' } },
});
const dist = resolve(values.dist!);
const expectedFile = join(process.cwd(), 'deploy/expected-pages.txt');
const pendingFile = join(process.cwd(), 'deploy/pending-pages.txt');
const readList = (file: string) =>
  existsSync(file) ? readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')) : [];


if (!existsSync(join(dist, 'index.html'))) {
  console.error(`verify-dist: ${dist} has no index.html. Run npm run build first.`);
  process.exit(1);
}
const files = new Set(listFiles(dist));
const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
const siteOrigin = canonical ? new URL(canonical).origin : 'https://site.invalid';
const problems: string[] = [];

// Links to pages another branch is adding are warnings until it is merged (deploy/pending-pages.txt).
const pending = readList(pendingFile);
const warnings: string[] = [];
for (const problem of linkProblems({ files, siteOrigin, html: (f) => readFileSync(join(dist, f), 'utf8') })) {
  if (problem.path !== undefined && matchesAny(problem.path, pending)) warnings.push(formatLinkProblem(problem));
  else problems.push(formatLinkProblem(problem));
}
const nowBuilt = pending.filter((pattern) => builtPagesAndFiles().some((p) => matchesAny(p, [pattern])));
function builtPagesAndFiles(): string[] {
  return [...files].map((f) => `/${f}`).concat(builtPages(files));
}

if (files.has('sitemap.xml')) problems.push(...sitemapProblems(readFileSync(join(dist, 'sitemap.xml'), 'utf8'), files));
else problems.push('sitemap.xml is missing');

const pages = builtPages(files);
if (values['update-expected']) {
  writeFileSync(expectedFile, `${pages.join('\n')}\n`);
  console.log(`verify-dist: wrote ${pages.length} pages to ${relative(process.cwd(), expectedFile)}`);
} else if (!values['skip-expected'] && existsSync(expectedFile)) {
  const expected = readList(expectedFile);
  const missing = missingPages(expected, pages);
  if (missing.length) {
    missing.push(`(if the pages were removed on purpose, run: npm run verify-dist -- --update-expected)`);
  }
  problems.push(...missing);
} else {
  console.log('verify-dist: page list not checked (no deploy/expected-pages.txt, or --skip-expected)');
}

const entry = join(dist, 'pagefind/pagefind-entry.json');
const search = existsSync(entry) ? 'Pagefind index checked' : 'no Pagefind index in this build';
if (existsSync(entry)) problems.push(...pagefindProblems(readFileSync(entry, 'utf8'), files));

if (warnings.length) {
  const targets = new Set(warnings.map((w) => w.replace(/^.*no page or file at /, '')));
  console.warn(`verify-dist: warning: ${warnings.length} link(s) to ${targets.size} page(s) not built yet, allowed by deploy/pending-pages.txt (${pending.join(', ')})`);
}
if (nowBuilt.length) console.warn(`verify-dist: warning: these pending pages are built now; delete them from deploy/pending-pages.txt: ${nowBuilt.join(', ')}`);
if (problems.length) {
  console.error(`verify-dist: ${problems.length} problem(s) in ${relative(process.cwd(), dist) || dist}:`);
  for (const p of problems) console.error(`  ${p}`);
  if (process.env['npm_lifecycle_event'] === 'postbuild') {
    // As part of `npm run build`, a site that fails the gate must not be left where it could be deployed.
    const rejected = `${dist}-rejected`;
    rmSync(rejected, { recursive: true, force: true });
    renameSync(dist, rejected);
    console.error(`verify-dist: the build was moved to ${relative(process.cwd(), rejected)} so it cannot be published by mistake.`);
  }
  process.exit(1);
}
console.log(`verify-dist: ${pages.length} pages, links, anchors and sitemap OK; ${search}`);
