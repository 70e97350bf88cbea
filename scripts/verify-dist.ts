// Pre-publish gate over dist/ (runs after every `npm run build`, and alone as `npm run verify-dist`).
// Parses every page and fails, naming the page, on unsafe markup (see scripts/lib/verify-dist.ts and
// README "Before publishing"), broken links, a missing page or search index, or headers and redirects
// that are not the ones the project ships. A build that fails it is moved to dist-rejected/.
// Options: --dist <dir>, --update-expected (rewrite deploy/expected-pages.txt from this build),
//          --skip-expected (no page-list check, for synthetic or fixture sites).
// PAGEFIND_SKIP=1 (test builds only) turns a missing search index into a warning.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/check/run.ts';
import { redirectsFromContent } from '../src/lib/redirects.ts';
import { builtPages, matchesAny, readListFile, verifyDist } from './lib/verify-dist.ts';
import { listFiles } from './lib/files.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    'update-expected': { type: 'boolean' },
    'skip-expected': { type: 'boolean' },
  },
});
const root = process.cwd();
const dist = resolve(values.dist!);
const expectedFile = join(root, 'deploy/expected-pages.txt');
const pendingFile = join(root, 'deploy/pending-pages.txt');

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`verify-dist: ${dist} has no index.html. Run npm run build first.`);
  process.exit(1);
}

// The redirect map the build wrote its redirect pages from: the same content, read the same way.
const content = checkContent(root);
if (content.errors.length) {
  console.error(
    `verify-dist: content/ has ${content.errors.length} error(s), so the build's redirect map cannot be worked out. Run npm run check.`,
  );
  process.exit(1);
}

if (values['update-expected']) {
  const pages = builtPages(new Set(listFiles(dist)));
  writeFileSync(expectedFile, `${pages.join('\n')}\n`);
  console.log(`verify-dist: wrote ${pages.length} pages to ${relative(root, expectedFile)}`);
}
const checkExpected = !values['update-expected'] && !values['skip-expected'] && existsSync(expectedFile);
if (!checkExpected && !values['update-expected'])
  console.log('verify-dist: page list not checked (no deploy/expected-pages.txt, or --skip-expected)');

const pending = readListFile(pendingFile);
const started = performance.now();
const result = verifyDist({
  dist,
  redirects: redirectsFromContent(content.content),
  publicHeaders: readFileSync(join(root, 'public/_headers'), 'utf8'),
  expectedPages: checkExpected ? readListFile(expectedFile) : undefined,
  pendingPages: pending,
  searchIndex: process.env['PAGEFIND_SKIP'] ? 'skipped' : 'required',
});

const linkWarnings = result.warnings.filter((w) => w.includes(' -> '));
if (linkWarnings.length) {
  const targets = new Set(linkWarnings.map((w) => w.replace(/^.*no page or file at /, '')));
  console.warn(
    `verify-dist: warning: ${linkWarnings.length} link(s) to ${targets.size} page(s) not built yet, allowed by deploy/pending-pages.txt (${pending.join(', ')})`,
  );
}
for (const w of result.warnings.filter((w) => !w.includes(' -> '))) console.warn(`verify-dist: warning: ${w}`);
const built = [...listFiles(dist).map((f) => `/${f}`), ...result.pages];
const nowBuilt = pending.filter((pattern) => built.some((p) => matchesAny(p, [pattern])));
if (nowBuilt.length)
  console.warn(
    `verify-dist: warning: these pending pages are built now; delete them from deploy/pending-pages.txt: ${nowBuilt.join(', ')}`,
  );

if (result.problems.length) {
  console.error(`verify-dist: ${result.problems.length} problem(s) in ${relative(root, dist) || dist}:`);
  for (const p of result.problems) console.error(`  ${p}`);
  if (process.env['npm_lifecycle_event'] === 'postbuild') {
    // As part of `npm run build`, a site that fails the gate must not be left where it could be deployed.
    const rejected = `${dist}-rejected`;
    rmSync(rejected, { recursive: true, force: true });
    renameSync(dist, rejected);
    console.error(
      `verify-dist: the build was moved to ${relative(root, rejected)} so it cannot be published by mistake.`,
    );
  }
  process.exit(1);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `verify-dist: ${result.parsed} pages and SVG files parsed in ${seconds} s: markup, links, anchors, sitemap, headers, redirects and search index OK`,
);
