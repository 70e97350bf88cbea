// `npm run bench`: build the site, then measure every page in Chromium at phone size on an empty
// cache (gzip, as a CDN serves it) against the page-weight budgets in scripts/lib/budgets.ts.
// Writes bench/report.json and bench/report.md; exits 1 if a budget is broken.
// Options: --no-build (measure the dist/ that is there), --dist <dir>.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/helpers/browser.ts';
import { parseHeadersFile, serveDist } from '../tests/helpers/static-server.ts';
import {
  budgetReportMarkdown,
  evaluateBudgets,
  isReadingPage,
  kb,
  median,
  type ChartMeasure,
  type PageMeasure,
} from './lib/budgets.ts';
import { measureSearch, pageMeter } from './lib/bench-browser.ts';
import { urlPathOfFile } from './lib/verify-dist.ts';
import { listFiles } from './lib/files.ts';

const { values } = parseArgs({
  options: { 'no-build': { type: 'boolean' }, dist: { type: 'string', default: 'dist' } },
});
const root = process.cwd();
const dist = resolve(values.dist!);
/** Queries a resident might type; the first is the one budgeted. */
export const QUERIES = ['mental health', 'smoking', 'loneliness'];

if (!values['no-build']) {
  const build = spawnSync('npm', ['run', 'build', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** Every chart: inline <svg> in reading pages, and .svg files other than the favicon, by gzip size. */
function measureCharts(files: string[]): ChartMeasure[] {
  const seen = new Map<string, ChartMeasure>();
  for (const file of files) {
    if (file.startsWith('admin/')) continue;
    if (file.endsWith('.svg') && file !== 'favicon.svg') {
      seen.set(file, { where: `/${file}`, gzipBytes: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length });
    } else if (file.endsWith('.html')) {
      for (const svg of readFileSync(join(dist, file), 'utf8').match(/<svg\b[\s\S]*?<\/svg>/g) ?? []) {
        if (!seen.has(svg))
          seen.set(svg, {
            where: `${urlPathOfFile(file)} (inline svg)`,
            gzipBytes: gzipSync(svg, { level: 9 }).length,
          });
      }
    }
  }
  return [...seen.values()];
}

const files = listFiles(dist);
const allPaths = files
  .filter((f) => f.endsWith('.html') && !f.startsWith('admin/'))
  .map(urlPathOfFile)
  .sort();
// The search answer pages (/search/words/<slug>/, one per word the site knows) share one template:
// one of them is measured, not hundreds.
const isAnswerPage = (path: string) => path.startsWith('/search/words/');
const paths = [...allPaths.filter((p) => !isAnswerPage(p)), ...allPaths.filter(isAnswerPage).slice(0, 1)];
const headers = existsSync(join(root, 'public/_headers'))
  ? parseHeadersFile(readFileSync(join(root, 'public/_headers'), 'utf8'))
  : undefined;
const server = await serveDist(dist, 0, headers);
const browser = await launchChromium();
// Three tabs at a time: most of each measurement is waiting for the network to go quiet.
const pages: PageMeasure[] = [];
const queue = [...paths];
await Promise.all(
  Array.from({ length: 3 }, async () => {
    const meter = await pageMeter(browser, server.origin);
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) pages.push(await meter.measure(path));
    await meter.close();
  }),
);
pages.sort((a, b) => a.path.localeCompare(b.path));
console.log(`measured ${pages.length} pages in ${Math.round(performance.now() / 1000)} s`);
const hasPagefind = existsSync(join(dist, 'pagefind/pagefind.js'));
const search = hasPagefind
  ? await measureSearch(browser, server.origin, QUERIES, existsSync(join(dist, 'search/index.html')))
  : undefined;
await browser.close();
await server.close();

const charts = measureCharts(files);
const chartScript = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts['bench:charts'];
let chartScriptStatus: number | null | undefined;
if (chartScript) chartScriptStatus = spawnSync('npm', ['run', 'bench:charts', '--silent'], { stdio: 'inherit' }).status;

const lines = evaluateBudgets(pages, search, charts);
if (chartScript)
  lines.push({
    name: 'charts: npm run bench:charts',
    limit: 'exit 0',
    actual: `exit ${chartScriptStatus}`,
    pass: chartScriptStatus === 0,
  });
const when = new Date().toISOString().slice(0, 10);
const reading = pages.filter((p) => isReadingPage(p.path));
const summary = {
  date: when,
  viewport: '360x740',
  readingPages: reading.length,
  medianKB: Number((median(reading.map((p) => p.bytes)) / 1024).toFixed(1)),
  maxKB: Number((Math.max(...reading.map((p) => p.bytes)) / 1024).toFixed(1)),
  jsBytes: reading.reduce((sum, p) => sum + p.jsBytes, 0),
  requests: { median: median(reading.map((p) => p.requests)), max: Math.max(...reading.map((p) => p.requests)) },
  search: search
    ? { firstQueryKB: Number((search.firstQueryBytes / 1024).toFixed(1)), queries: search.queries }
    : 'no search yet',
  charts: charts.length ? charts : 'no charts yet',
};
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/report.json'), `${JSON.stringify({ summary, budgets: lines, pages }, null, 2)}\n`);
writeFileSync(join(root, 'bench/report.md'), budgetReportMarkdown(lines, pages, search, charts, when));

for (const l of lines) console.log(`${l.pass ? 'pass' : 'FAIL'}  ${l.name}: ${l.actual} (limit ${l.limit})`);
console.log(
  `\n${reading.length} reading pages: median ${kb(median(reading.map((p) => p.bytes)))}, requests median ${summary.requests.median}; report in bench/report.md`,
);
process.exit(lines.every((l) => l.pass) ? 0 : 1);
