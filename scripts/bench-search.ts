// npm run bench:search: what search costs a reader, measured in Chromium against the built site
// (npm run build first). The site is served gzipped, as a CDN would, and each response's size is
// what Chromium reports it received (headers + encoded body). Exits non-zero when a budget is missed:
// no search bytes on reading pages, and at most 100 KB for the first query. Then it scores the query set
// (scripts/lib/search-queries.ts) as a resident sees it, through the results list: recall at 10 and
// mean reciprocal rank over (query, place) pairs. Goals: recall >= 0.95, MRR >= 0.7.
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { launchChromium } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/static-server.ts';
import { dirBytes } from './lib/files.ts';
import { SEARCH_QUERIES } from './lib/search-queries.ts';
import { itemsAsEntries, scoreQuery, summarise, type PairScore } from './lib/search-score.ts';
import { checkContent } from '../src/lib/check/run.ts';
import { buildSite } from '../src/lib/model.ts';
import { areaUrl, placeUrl, strategyUrl, updateUrl } from '../src/lib/urls.ts';

const DIST = process.env.SITE_DIST ?? join(process.cwd(), 'dist');
const FIRST_QUERY_BUDGET = 100 * 1024;
const RECALL_GOAL = 0.95;
const MRR_GOAL = 0.7;
const SEARCH_FILES = /\/pagefind\/|\/search\/vocabulary\.json|\/_astro\/.*\.js$/;

interface Transfer {
  url: string;
  bytes: number;
}

interface Recorder {
  /** Wait until no request has been in flight for half a second, then hand over what arrived. */
  settle(): Promise<Transfer[]>;
}

function record(page: Page): Recorder {
  let transfers: Promise<Transfer>[] = [];
  let inFlight = 0;
  let lastChange = Date.now();
  page.on('request', () => {
    inFlight++;
    lastChange = Date.now();
  });
  page.on('requestfailed', () => {
    inFlight--;
    lastChange = Date.now();
  });
  page.on('requestfinished', (request: Request) => {
    inFlight--;
    lastChange = Date.now();
    transfers.push(
      request.sizes().then((s) => ({ url: request.url(), bytes: s.responseHeadersSize + s.responseBodySize })),
    );
  });
  return {
    async settle() {
      const asked = Date.now();
      while (inFlight > 0 || Date.now() - Math.max(lastChange, asked) < 500)
        await new Promise((r) => setTimeout(r, 50));
      const taken = transfers;
      transfers = [];
      // The tab icon is asked for again when the address changes; it is not search.
      return (await Promise.all(taken)).filter((t) => !t.url.endsWith('/favicon.svg'));
    },
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const total = (ts: Transfer[]) => ts.reduce((sum, t) => sum + t.bytes, 0);

async function query(page: Page, text: string) {
  await page.fill('#search-query', '');
  await page.type('#search-query', text);
  // A mistyped query shows a correction's results, offering the words as typed ("Search instead for ...").
  await page.waitForFunction(
    (q) =>
      (document.querySelector('[data-hws-status]')?.textContent ?? '').includes(`“${q}”`) ||
      (document.querySelector('[data-hws-suggestion]:not([hidden]) a')?.textContent ?? '') === q,
    text,
    { timeout: 20_000 },
  );
}

/** Every page of a place: its place page, strategies (and their priorities), updates and neighbourhood profiles. */
function placePagesFromContent(): (place: string) => string[] {
  const site = buildSite(checkContent(process.cwd()).content);
  return (place) => [
    placeUrl(place),
    ...site.strategiesForPlace(place).map((s) => strategyUrl(s.id)),
    ...site.updatesFor({ place }).map((u) => updateUrl(u.id)),
    ...site.areas.filter((a) => a.data.place === place).map((a) => areaUrl(a.id)),
  ];
}

/** The addresses of each entry the results list shows for `q`, in order, asking for more until there are ten. */
async function shownFor(page: Page, q: string): Promise<string[][]> {
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(
    () => {
      const status = document.querySelector('[data-hws-status]')?.textContent ?? '';
      return /result/.test(status) && !document.querySelector('[data-hws-results][aria-busy]');
    },
    null,
    { timeout: 20_000 },
  );
  const entries = () =>
    page.$$eval('[data-hws-results] > li', (lis) =>
      lis.map((li) => [...li.querySelectorAll('h3 a')].map((a) => a.getAttribute('href') ?? '')),
    );
  let shown = await entries();
  while (shown.length < 10 && (await page.isVisible('[data-hws-more]'))) {
    await page.click('[data-hws-more]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-hws-results] > li').length > n, shown.length, {
      timeout: 20_000,
    });
    shown = await entries();
  }
  return shown;
}

const server = await serveDist(DIST);
const browser = await launchChromium();
const failures: string[] = [];
try {
  const page = await browser.newPage();
  const recorder = record(page);

  for (const path of ['/', '/strategies/camden-2022-30/', '/a-z/']) {
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
    await page.focus('#site-search');
    const search = (await recorder.settle()).filter((t) => SEARCH_FILES.test(t.url));
    console.log(`${path}: ${kb(total(search))} of search files`);
    if (search.length) failures.push(`${path} fetched ${search.map((t) => t.url).join(', ')}`);
  }

  await page.goto(`${server.origin}/search/`, { waitUntil: 'networkidle' });
  const pageLoad = await recorder.settle();
  const script = pageLoad.filter((t) => SEARCH_FILES.test(t.url));
  const early = pageLoad.filter((t) => /\/pagefind\//.test(t.url));
  console.log(
    `/search/ opened: ${kb(total(pageLoad))} in all, of which the search script ${kb(total(script))}; ${early.length} Pagefind files before use`,
  );
  if (early.length) failures.push(`/search/ fetched Pagefind files before it was used`);

  await page.focus('#search-query');
  await query(page, 'immunisation');
  const first = [...script, ...(await recorder.settle()).filter((t) => SEARCH_FILES.test(t.url))];
  console.log(
    `first query "immunisation": ${kb(total(first))} (search script, Pagefind code, wasm, index chunks, fragments)`,
  );
  for (const t of first) console.log(`  ${kb(t.bytes).padStart(9)}  ${t.url.replace(server.origin, '')}`);
  if (total(first) > FIRST_QUERY_BUDGET)
    failures.push(`first query transferred ${kb(total(first))}, over ${kb(FIRST_QUERY_BUDGET)}`);

  for (const text of ['teeth', 'domestic abuse', 'cost of living', 'lonliness']) {
    await query(page, text);
    const later = await recorder.settle();
    console.log(`next query "${text}": ${kb(total(later))} in ${later.length} files`);
    for (const t of later.filter((l) => !l.url.includes('/fragment/')))
      console.log(`  ${kb(t.bytes).padStart(9)}  ${t.url.replace(server.origin, '')}`);
  }
  await query(page, 'health');
  console.log(`next query "health": ${kb(total(await recorder.settle()))}`);
  await page.click('[data-hws-filters] summary');
  console.log(`opening the filters (counts): ${kb(total(await recorder.settle()))}`);
  await page.check('input[name="place"][value="Camden"]');
  console.log(`ticking the Camden filter: ${kb(total(await recorder.settle()))}`);
  await page.click('[data-hws-more]');
  console.log(`showing more results: ${kb(total(await recorder.settle()))}`);

  // The first query's cost depends on the words (each word's index chunk): a few more, each on a fresh page.
  for (const text of ['mental health', 'cost of living', 'lonely']) {
    const fresh = await browser.newPage();
    const freshRecorder = record(fresh);
    await fresh.goto(`${server.origin}/search/`, { waitUntil: 'networkidle' });
    await fresh.focus('#search-query');
    await query(fresh, text);
    const bytes = total((await freshRecorder.settle()).filter((t) => SEARCH_FILES.test(t.url)));
    console.log(`first query "${text}" on a fresh page: ${kb(bytes)}`);
    if (bytes > FIRST_QUERY_BUDGET)
      failures.push(`first query "${text}" transferred ${kb(bytes)}, over ${kb(FIRST_QUERY_BUDGET)}`);
    await fresh.close();
  }

  const placePages = placePagesFromContent();
  const pairs: PairScore[] = [];
  const itemPairs: PairScore[] = [];
  for (const q of SEARCH_QUERIES) {
    const shown = await shownFor(page, q.q);
    // SEARCH_SHOW=1 lists each query's top 10, to see why a place was missed.
    if (process.env.SEARCH_SHOW)
      console.log(
        `"${q.q}":\n${shown
          .slice(0, 10)
          .map((u, i) => `  ${i + 1}. ${u.join(' ')}`)
          .join('\n')}`,
      );
    const scored = scoreQuery(q, shown, placePages);
    if (process.env.SEARCH_SHOW)
      console.log(`  ranks: ${scored.map((p) => `${p.target} ${p.rank ?? 'missed'}`).join(', ')}`);
    pairs.push(...scored);
    itemPairs.push(...scoreQuery(q, itemsAsEntries(shown), placePages));
  }
  const score = summarise(pairs);
  const items = summarise(itemPairs);
  const missed = pairs.filter((p) => p.rank === undefined);
  const late = pairs.filter((p) => p.rank !== undefined && p.rank > 3);
  console.log(`\nquery set: ${SEARCH_QUERIES.length} queries, ${pairs.length} (query, place) pairs`);
  console.log(
    `recall at 10: ${score.recallAt10.toFixed(3)} (goal ${RECALL_GOAL}), mean reciprocal rank: ${score.mrr.toFixed(3)} (goal ${MRR_GOAL})`,
  );
  console.log(
    `counting each link as a result of its own: recall at 10 ${items.recallAt10.toFixed(3)}, MRR ${items.mrr.toFixed(3)}`,
  );
  if (missed.length) console.log(`not in the top 10: ${missed.map((p) => `"${p.q}" ${p.target}`).join('; ')}`);
  if (late.length) console.log(`found below rank 3: ${late.map((p) => `"${p.q}" ${p.target} (${p.rank})`).join('; ')}`);
  if (score.recallAt10 < RECALL_GOAL)
    failures.push(`recall at 10 is ${score.recallAt10.toFixed(3)}, under ${RECALL_GOAL}`);
  if (score.mrr < MRR_GOAL) failures.push(`mean reciprocal rank is ${score.mrr.toFixed(3)}, under ${MRR_GOAL}`);

  const index = join(DIST, 'pagefind');
  console.log(
    `index on disk (already gzipped by Pagefind): index chunks ${kb(dirBytes(join(index, 'index')))}, filters ${kb(dirBytes(join(index, 'filter')))}, fragments ${kb(dirBytes(join(index, 'fragment')))}`,
  );
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  console.error(`\nBudget missed:\n${failures.join('\n')}`);
  process.exitCode = 1;
}
