// Measuring pages in Chromium for the benches: bytes, JavaScript and requests on first view
// (a fresh browser context per page, so nothing is cached), and search queries through Pagefind.
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import type { PageMeasure, SearchMeasure } from './budgets.ts';

export const PHONE = { width: 360, height: 740 };

interface Traffic {
  bytes: number;
  headerBytes: number;
  jsBytes: number;
  requests: number;
  failed: string[];
  /** Each response: path and gzip body bytes, in order. */
  log: { path: string; bytes: number }[];
}

/** Count every response a page (and its workers) receives from now on. */
export function recordTraffic(context: BrowserContext): {
  traffic: Traffic;
  settled: () => Promise<void>;
  stop: () => void;
} {
  const traffic: Traffic = { bytes: 0, headerBytes: 0, jsBytes: 0, requests: 0, failed: [], log: [] };
  const pending: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    pending.push(
      (async () => {
        const request = response.request();
        const sizes = await request.sizes().catch(() => undefined);
        const length = Number(response.headers()['content-length'] ?? NaN);
        const body =
          sizes?.responseBodySize && sizes.responseBodySize > 0
            ? sizes.responseBodySize
            : Number.isFinite(length)
              ? length
              : 0;
        traffic.requests += 1;
        traffic.log.push({ path: new URL(response.url()).pathname, bytes: body });
        traffic.bytes += body;
        traffic.headerBytes += sizes?.responseHeadersSize ?? 0;
        const type = response.headers()['content-type'] ?? '';
        if (request.resourceType() === 'script' || /javascript|wasm/.test(type)) traffic.jsBytes += body;
        if (response.status() >= 400) traffic.failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
      })(),
    );
  };
  const onFailed = (r: { url: () => string }) => traffic.failed.push(`failed ${new URL(r.url()).pathname}`);
  context.on('response', onResponse);
  context.on('requestfailed', onFailed);
  return {
    traffic,
    settled: async () => void (await Promise.all(pending)),
    stop: () => {
      context.off('response', onResponse);
      context.off('requestfailed', onFailed);
    },
  };
}

/**
 * A phone-sized tab with the browser cache switched off, so every load is a first view.
 * (Reusing one tab is much faster than a new browser context per page, and measures the same bytes.)
 */
export async function pageMeter(browser: Browser, origin: string) {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return {
    async measure(path: string): Promise<PageMeasure> {
      const { traffic, settled, stop } = recordTraffic(context);
      const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      if (path !== '/404.html' && response && response.status() >= 400)
        traffic.failed.push(`${response.status()} ${path}`);
      const chromeLinks = await page.$$eval('header a[href], footer a[href]', (as) => as.length);
      await settled();
      stop();
      // The error page is meant to be a 404; what matters is what it sends.
      const failed = path === '/404.html' ? traffic.failed.filter((f) => f !== '404 /404.html') : traffic.failed;
      return {
        path,
        bytes: traffic.bytes,
        headerBytes: traffic.headerBytes,
        jsBytes: traffic.jsBytes,
        requests: traffic.requests,
        chromeLinks,
        failed,
      };
    },
    close: () => context.close(),
  };
}

/** Run a query through the Pagefind API in the page and load its first `shown` results, as a results list would. */
async function pagefindQuery(page: Page, query: string, shown: number): Promise<number> {
  // A string, so no bundler rewrites the dynamic import().
  return page.evaluate<number>(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(query)});
    await Promise.all(search.results.slice(0, ${shown}).map((r) => r.data()));
    return search.results.length;
  })()`);
}

/**
 * The search page and the first three queries. With a /search/ page, the page is opened with the
 * first query in ?q= (as the header search form sends it); queries then run through the Pagefind API,
 * which shares the page's loaded index. Each query's bytes are what it added.
 */
export async function measureSearch(
  browser: Browser,
  origin: string,
  queries: string[],
  hasSearchPage: boolean,
  shown = 5,
): Promise<SearchMeasure> {
  const context = await browser.newContext({ viewport: PHONE });
  const { traffic, settled } = recordTraffic(context);
  const page = await context.newPage();
  const start = hasSearchPage ? `/search/?q=${encodeURIComponent(queries[0]!)}` : '/';
  await page.goto(`${origin}${start}`, { waitUntil: 'networkidle' });
  await settled();
  // The page's own document, stylesheet and icon are its first view, budgeted with the reading pages;
  // the first query counts what search adds: its code, Pagefind's engine, index chunks and result fragments.
  const isPageShell = (path: string) =>
    path === '/search/' || path === '/' || path.endsWith('.css') || path.endsWith('.svg');
  const pageBytes = traffic.log.filter((f) => !isPageShell(f.path)).reduce((sum, f) => sum + f.bytes, 0);
  const shellBytes = traffic.bytes - pageBytes;
  let firstQueryFiles: SearchMeasure['firstQueryFiles'] = [];
  const pageRequests = traffic.requests;
  const rows: SearchMeasure['queries'] = [];
  for (const [i, query] of queries.entries()) {
    const before = { bytes: traffic.bytes, requests: traffic.requests };
    const results = await pagefindQuery(page, query, shown);
    await page.waitForLoadState('networkidle');
    await settled();
    const added = { bytes: traffic.bytes - before.bytes, requests: traffic.requests - before.requests };
    if (i === 0) firstQueryFiles = [...traffic.log];
    rows.push({
      query,
      bytes: i === 0 ? pageBytes + added.bytes : added.bytes,
      requests: i === 0 ? pageRequests + added.requests : added.requests,
      results,
    });
  }
  await context.close();
  return {
    method: hasSearchPage
      ? `search code, engine, index and fragments for the /search/ page (?q=) and its first ${shown} results; the page's own HTML, CSS and icon (${(shellBytes / 1024).toFixed(1)} KB) count as a reading page`
      : `the Pagefind API on the home page (no /search/ page yet), first ${shown} results loaded`,
    queries: rows,
    firstQueryBytes: rows[0]?.bytes ?? 0,
    firstQueryFiles,
  };
}
