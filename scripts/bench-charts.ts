// npm run bench:charts: measure the build-time charts in the built site against their budget.
//   - each chart's SVG is at most 3 KB gzipped;
//   - six charts add at most 20 KB (gzipped) to the page they are on;
//   - no chart JavaScript reaches readers (no chart.js code in any script the site serves).
// Builds the site first unless --no-build is given (or SITE_DIST points at a build).
// Prints the figures and exits non-zero when a budget is broken.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles } from './lib/files.ts';

const CHART_BUDGET = 3 * 1024;
const SIX_CHART_BUDGET = 20 * 1024;
/** Strings that only chart.js or the canvas library would put in a script. */
const CHART_CODE = [/chart\.js/i, /Chart\.register/, /BarController/, /CategoryScale/, /@napi-rs/];

const dist = process.env.SITE_DIST ?? join(process.cwd(), 'dist');
if (!process.env.SITE_DIST && !process.argv.includes('--no-build')) {
  const started = performance.now();
  const build = spawnSync('npm', ['run', 'build', '--silent'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) {
    console.error('npm run build failed; fix the build, then run npm run bench:charts again.');
    process.exit(1);
  }
  console.log(`Built the site in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
if (!existsSync(dist)) {
  console.error(`No built site at ${dist}. Run npm run build first.`);
  process.exit(1);
}

const gz = (text: string) => gzipSync(text).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const all = listFiles(dist).map((f) => join(dist, f));
const pages = all
  .filter((f) => f.endsWith('.html'))
  .map((file) => ({
    file,
    url: `/${relative(dist, file).replace(/index\.html$/, '')}`,
    html: readFileSync(file, 'utf8'),
  }));
const CHART = /<svg class="chart"[\s\S]*?<\/svg>/g;
const problems: string[] = [];

// 1. Each chart, once (the same chart can appear on several pages).
const charts = new Map<string, string>();
for (const page of pages)
  for (const svg of page.html.match(CHART) ?? []) if (!charts.has(svg)) charts.set(svg, page.url);
const sizes = [...charts.keys()].map(gz);
if (charts.size === 0) problems.push('no charts found in the built pages');
for (const [svg, url] of charts) {
  if (gz(svg) > CHART_BUDGET) problems.push(`a chart on ${url} is ${gz(svg)} bytes gzipped (budget ${CHART_BUDGET})`);
}
console.log(
  `Charts: ${charts.size} distinct SVGs on ${pages.filter((p) => p.html.includes('<svg class="chart"')).length} pages.`,
);
if (sizes.length)
  console.log(
    `  gzipped size per chart: min ${Math.min(...sizes)} B, median ${median(sizes)} B, max ${Math.max(...sizes)} B (budget ${CHART_BUDGET} B)`,
  );

// 2. What six charts add to a page: the page as built, against the same page with its first six charts taken out.
const withSix = pages.filter((p) => (p.html.match(CHART) ?? []).length >= 6);
const deltas = withSix.map((p) => {
  let removed = 0;
  const without = p.html.replace(CHART, (svg) => (removed++ < 6 ? '' : svg));
  return { url: p.url, delta: gz(p.html) - gz(without), total: gz(p.html), count: (p.html.match(CHART) ?? []).length };
});
if (withSix.length === 0) problems.push('no page has six charts, so the six-chart budget could not be measured');
for (const d of deltas)
  if (d.delta > SIX_CHART_BUDGET)
    problems.push(`six charts add ${d.delta} bytes gzipped to ${d.url} (budget ${SIX_CHART_BUDGET})`);
if (deltas.length) {
  const worst = deltas.reduce((a, b) => (b.delta > a.delta ? b : a));
  console.log(
    `Six charts on one page (${deltas.length} pages have six or more): add at most ${worst.delta} B gzipped (${worst.url}), median ${median(deltas.map((d) => d.delta))} B (budget ${SIX_CHART_BUDGET} B)`,
  );
  const most = deltas.reduce((a, b) => (b.count > a.count ? b : a));
  console.log(`  page with the most charts: ${most.url}, ${most.count} charts, ${kb(most.total)} gzipped in all`);
}

// 3. No chart JavaScript: no served script contains chart.js, and chart pages load no script for it.
const scripts = all.filter((f) => /\.(m?js)$/.test(f));
for (const file of scripts) {
  const code = readFileSync(file, 'utf8');
  if (CHART_CODE.some((re) => re.test(code))) problems.push(`${relative(dist, file)} contains chart code`);
}
let chartPageScripts = 0;
for (const page of pages.filter((p) => p.html.includes('<svg class="chart"'))) {
  for (const tag of page.html.match(/<script\b[\s\S]*?<\/script>/g) ?? []) {
    chartPageScripts++;
    if (CHART_CODE.some((re) => re.test(tag))) problems.push(`${page.url} has a script with chart code`);
  }
}
console.log(
  `Chart JavaScript sent to readers: ${problems.some((p) => p.includes('chart code')) ? 'YES' : 'none'} (${scripts.length} script files in the build, ${chartPageScripts} script tags on chart pages)`,
);

// For information: first-view weight of the pages that carry charts (HTML and CSS, gzipped).
const css = all.filter((f) => f.endsWith('.css')).reduce((sum, f) => sum + gz(readFileSync(f, 'utf8')), 0);
const chartPages = pages.filter((p) => p.html.includes('<svg class="chart"')).map((p) => gz(p.html) + css);
if (chartPages.length)
  console.log(
    `Pages with charts, first view (HTML + CSS gzipped): median ${kb(median(chartPages))}, max ${kb(Math.max(...chartPages))}`,
  );

if (problems.length) {
  console.error(`\nChart budget broken:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('\nChart budget OK.');
}
