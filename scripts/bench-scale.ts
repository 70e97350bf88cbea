// `npm run bench:scale`: build the site with N synthetic places (default 5, 50, 150, 500) in a temporary
// copy of the project and report build time, peak memory, output size, search index size, first-query
// bytes and which page types grow with N. Writes bench/scale.json and bench/scale.md; exits 1 if a
// scale rule is broken (scripts/lib/scale.ts). Options: --counts 5,50,150 --keep (leave the copies).
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/static-server.ts';
import { measureSearch } from './lib/bench-browser.ts';
import {
  firstViewBytes,
  growingPageTypes,
  medianOf,
  pageTypeMaxima,
  pageTypeSizes,
  scaleChecks,
  type ScaleRun,
} from './lib/scale.ts';
import { isReadingPage } from './lib/budgets.ts';
import { writeSyntheticContent } from './lib/synthetic-site.ts';
import { urlPathOfFile } from './lib/verify-dist.ts';
import { dirBytes, listFiles } from './lib/files.ts';

const { values } = parseArgs({
  options: { counts: { type: 'string', default: '5,50,150,500' }, keep: { type: 'boolean' } },
});
const counts = values.counts!.split(',').map(Number);
const project = process.cwd();
/** First queries, each on a fresh page: the worst counts against the budget. Every one finds synthetic places. */
const FIRST_QUERIES = ['mental health', 'immunisation', 'cost of living', 'lonely'];
/** Left out of the copy: the real content, build output, and the real site's expected page list. */
const SKIP = new Set(['node_modules', '.git', 'dist', 'content', 'bench', '.astro', 'test-results']);

function copyProject(places: number): string {
  const root = mkdtempSync(join(tmpdir(), `hws-scale-${places}-`));
  for (const item of readdirSync(project)) {
    if (!SKIP.has(item)) cpSync(join(project, item), join(root, item), { recursive: true });
  }
  rmSync(join(root, 'deploy/expected-pages.txt'), { force: true });
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
  writeSyntheticContent(project, root, places);
  return root;
}

/** What a process in the build tree is, for the memory breakdown: the Astro build, the search index script, Pagefind, npm, a shell... */
function processKind(cmdline: string, comm: string): string {
  if (/pagefind/.test(cmdline)) return 'pagefind';
  if (/astro(\.js|\.mjs)?\s+build|\bastro build/.test(cmdline)) return 'astro build';
  if (/verify-dist/.test(cmdline)) return 'verify-dist';
  if (/search-index/.test(cmdline)) return 'search-index';
  if (/\bnpm\b|npm-cli/.test(cmdline)) return 'npm';
  return comm;
}

/** Resident memory of a process and all its descendants, in bytes (from /proc), in total and by kind of process. */
function treeRss(rootPid: number): { total: number; byKind: Map<string, number> } {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const kind = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
      rss.set(Number(entry), Number(readFileSync(`/proc/${entry}/statm`, 'utf8').split(' ')[1]) * 4096);
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      kind.set(Number(entry), processKind(readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' '), comm));
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const byKind = new Map<string, number>();
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    const k = kind.get(pid) ?? 'other';
    byKind.set(k, (byKind.get(k) ?? 0) + (rss.get(pid) ?? 0));
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, byKind };
}

/** Run a command, sampling the memory of its process tree; returns seconds, peak bytes and exit code. */
function timed(
  command: string,
  args: string[],
  cwd: string,
): Promise<{ seconds: number; peak: number; peakByKind: Map<string, number>; code: number | null; output: string }> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const peakByKind = new Map<string, number>();
    const sampler = setInterval(() => {
      const { total, byKind } = treeRss(child.pid!);
      peak = Math.max(peak, total);
      for (const [k, bytes] of byKind) peakByKind.set(k, Math.max(peakByKind.get(k) ?? 0, bytes));
    }, 100);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ seconds: (performance.now() - start) / 1000, peak, peakByKind, code, output });
    });
  });
}

const runs: ScaleRun[] = [];
const notes: string[] = [];
for (const places of counts) {
  const root = copyProject(places);
  console.log(`\n${places} places: building in ${root}`);
  const build = await timed('npm', ['run', 'build', '--silent'], root);
  if (build.code !== 0) {
    console.error(build.output.slice(-4000));
    throw new Error(`the ${places}-place build failed`);
  }
  const dist = join(root, 'dist');
  let indexSeconds = 0;
  let indexBy: ScaleRun['indexBy'] = 'build';
  if (!existsSync(join(dist, 'pagefind/pagefind.js'))) {
    // No search in the build yet: index the pages as Pagefind would, so the figures exist.
    indexBy = 'bench';
    const index = await timed(join(project, 'node_modules/.bin/pagefind'), ['--site', 'dist'], root);
    if (index.code !== 0) throw new Error(`pagefind failed: ${index.output.slice(-2000)}`);
    indexSeconds = index.seconds;
  }
  const files = listFiles(dist);
  const html = files.filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
  const cssBytes = new Map<string, number>();
  const cssGzip = (href: string) => {
    if (!cssBytes.has(href)) {
      const file = join(dist, decodeURIComponent(new URL(href, 'https://x.invalid/').pathname));
      cssBytes.set(href, existsSync(file) ? gzipSync(readFileSync(file)).length : 0);
    }
    return cssBytes.get(href)!;
  };
  const reading = html
    .map((f) => {
      const text = readFileSync(join(dist, f));
      return {
        path: urlPathOfFile(f),
        gzipBytes: firstViewBytes(text.toString('utf8'), gzipSync(text).length, cssGzip),
      };
    })
    .filter((p) => isReadingPage(p.path));
  const pageTypes = pageTypeSizes(reading);
  const largest = reading.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
  const server = await serveDist(dist);
  const browser = await launchChromium();
  const hasSearchPage = existsSync(join(dist, 'search/index.html'));
  const firstQueries: { query: string; bytes: number }[] = [];
  for (const query of FIRST_QUERIES) {
    const measured = await measureSearch(browser, server.origin, [query], hasSearchPage);
    firstQueries.push({ query, bytes: measured.firstQueryBytes });
  }
  await browser.close();
  await server.close();
  const result: ScaleRun = {
    places,
    pages: html.length,
    buildSeconds: build.seconds,
    indexSeconds,
    peakMB: build.peak / 2 ** 20,
    outputBytes: dirBytes(dist),
    indexBytes: dirBytes(join(dist, 'pagefind')),
    indexBy,
    firstQueryBytes: Math.max(...firstQueries.map((q) => q.bytes)),
    firstQueries,
    pageTypes,
    pageTypesMax: pageTypeMaxima(reading),
    medianPageBytes: medianOf(reading.map((p) => p.gzipBytes)),
    largestPage: { path: largest.path, bytes: largest.gzipBytes },
    peakByProcess: [...build.peakByKind]
      .map(([name, bytes]) => ({ name, mb: bytes / 2 ** 20 }))
      .sort((a, b) => b.mb - a.mb),
  };
  runs.push(result);
  console.log(
    `${places} places: ${result.pages} pages, build ${result.buildSeconds.toFixed(1)} s, peak ${result.peakMB.toFixed(0)} MB, output ${(result.outputBytes / 2 ** 20).toFixed(1)} MB, index ${(result.indexBytes / 2 ** 20).toFixed(1)} MB (${indexBy}), first query ${(result.firstQueryBytes / 1024).toFixed(1)} KB`,
  );
  if (!values.keep) rmSync(root, { recursive: true, force: true });
}

if (runs.some((r) => r.indexBy === 'bench'))
  notes.push(
    'The build has no search yet, so the bench ran Pagefind over the built pages itself (whole pages, as Pagefind does without data-pagefind-body); index and query figures will change when the search branch is merged.',
  );
const checks = scaleChecks(runs);
const growing = growingPageTypes(runs);
const mb = (b: number) => (b / 2 ** 20).toFixed(1);
const md = [
  '# Scale benchmark',
  '',
  `Measured by \`npm run bench:scale\` on ${new Date().toISOString().slice(0, 10)} on this machine (${(await import('node:os')).cpus().length} cores): synthetic places ("Testshire 001"...) spread over England's nine regions, Wales and Scotland, each with one strategy of about a real one's size (6 priorities, 24 measures, 30 actions, 8 resident-voice items) and one update. Peak memory is the resident memory of the whole build process tree, sampled every 100 ms; "by process" is each kind of process's own peak. Page sizes are first-view bytes of reading pages (every page but /search/ and /admin/): the gzipped HTML plus the gzipped stylesheets it links. First query: what the search page (or the home page when there is none) adds for a query, with its results, on an empty cache: the worst of ${FIRST_QUERIES.map((q) => `"${q}"`).join(', ')}, each on a fresh page (each figure is in bench/scale.json).`,
  '',
  ...notes.map((n) => `Note: ${n}\n`),
  '| places | pages | build s | ms per page | peak MB | peak MB by process | output MB | index MB | median page KB | largest page KB | first query KB |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...runs.map(
    (r) =>
      `| ${r.places} | ${r.pages} | ${r.buildSeconds.toFixed(1)}${r.indexSeconds ? ` + ${r.indexSeconds.toFixed(1)} index` : ''} | ${((r.buildSeconds * 1000) / r.pages).toFixed(1)} | ${r.peakMB.toFixed(0)} | ${(
        r.peakByProcess ?? []
      )
        .slice(0, 3)
        .map((p) => `${p.name} ${p.mb.toFixed(0)}`)
        .join(
          ', ',
        )} | ${mb(r.outputBytes)} | ${mb(r.indexBytes)} | ${((r.medianPageBytes ?? 0) / 1024).toFixed(1)} | ${((r.largestPage?.bytes ?? 0) / 1024).toFixed(1)} (${r.largestPage?.path ?? ''}) | ${(r.firstQueryBytes / 1024).toFixed(1)} |`,
  ),
  '',
  '| rule | measured | |',
  '| --- | --- | --- |',
  ...checks.map((c) => `| ${c.name} | ${c.actual} | ${c.pass ? 'pass' : '**FAIL**'} |`),
  '',
  '## Pages that grow with the number of places',
  '',
  `Median first-view size of each page type (gzipped HTML and CSS), and the largest page of the type at ${runs.at(-1)!.places} places. A type is listed as growing when its median is more than 20% bigger at the largest N than at the smallest.`,
  '',
  `| page type | ${runs.map((r) => `${r.places} places KB`).join(' | ')} | largest at ${runs.at(-1)!.places} KB | grows |`,
  `| --- | ${runs.map(() => '---').join(' | ')} | --- | --- |`,
  ...Object.keys(runs.at(-1)!.pageTypes).map(
    (type) =>
      `| ${type} | ${runs.map((r) => (r.pageTypes[type] === undefined ? '' : (r.pageTypes[type]! / 1024).toFixed(1))).join(' | ')} | ${((runs.at(-1)!.pageTypesMax?.[type] ?? 0) / 1024).toFixed(1)} | ${growing.some((g) => g.type === type) ? 'yes' : 'no'} |`,
  ),
  '',
];
mkdirSync(join(project, 'bench'), { recursive: true });
writeFileSync(join(project, 'bench/scale.json'), `${JSON.stringify({ runs, checks, growing, notes }, null, 2)}\n`);
writeFileSync(join(project, 'bench/scale.md'), md.join('\n'));
console.log(`\n${md.join('\n')}`);
process.exit(checks.every((c) => c.pass) ? 0 : 1);
