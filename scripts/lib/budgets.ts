// Page-weight budgets: the limits, and pure functions that turn measurements into pass/fail lines
// and a Markdown report. The measuring is done by scripts/bench.ts in Chromium.

export const KB = 1024;

export const BUDGETS = {
  /** Median gzip bytes a reading page transfers on first view. */
  readingMedian: 15 * KB,
  /** Most gzip bytes any reading page transfers on first view. */
  readingMax: 30 * KB,
  /** JavaScript on a reading page. */
  readingJs: 0,
  /** Links in the site header and footer: a fixed set, never a list that grows with places. */
  chromeLinksMax: 20,
  /** Search page plus everything the first query needs, on the real content. */
  searchFirstQuery: 100 * KB,
  /** The same at 150 and at 500 synthetic places (scale bench). */
  searchFirstQueryAt150: 100 * KB,
  searchFirstQueryAt500: 110 * KB,
  /** Median reading page on first view at any size of site, up to 500 places (scale bench). */
  readingMedianAtScale: 10 * KB,
  /** Peak resident memory of the whole build process tree at 150 and 500 places, in MB. */
  buildPeakMB: 2048,
  /** One chart, gzipped. */
  chart: 3 * KB,
} as const;

export interface PageMeasure {
  path: string;
  /** Gzip body bytes of every response on first view. */
  bytes: number;
  /** Response header bytes (not budgeted: HTTP/2 compresses repeated headers). */
  headerBytes: number;
  jsBytes: number;
  requests: number;
  /** Links inside <header> and <footer> (the site chrome). */
  chromeLinks: number;
  failed: string[];
}

export interface SearchMeasure {
  /** How the queries were run: through the search page's own form (?q=) or the Pagefind API. */
  method: string;
  queries: { query: string; bytes: number; requests: number; results: number }[];
  /** Search page load plus the first query. */
  firstQueryBytes: number;
  /** What the page and first query fetched, file by file. */
  firstQueryFiles: { path: string; bytes: number }[];
}

export interface ChartMeasure {
  where: string;
  gzipBytes: number;
}

export interface BudgetLine {
  name: string;
  limit: string;
  actual: string;
  pass: boolean;
}

export function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** Reading pages are every page but the search page and the CMS. */
export const isReadingPage = (path: string) => !path.startsWith('/admin/') && !path.startsWith('/search/');

/** Budget lines for reading pages, search and charts. Search and charts are skipped (and say so) when absent. */
export function evaluateBudgets(
  pages: PageMeasure[],
  search: SearchMeasure | undefined,
  charts: ChartMeasure[] | undefined,
): BudgetLine[] {
  const reading = pages.filter((p) => isReadingPage(p.path));
  const sizes = reading.map((p) => p.bytes);
  const biggest = reading.reduce((a, b) => (b.bytes > a.bytes ? b : a), reading[0]!);
  const withJs = reading.filter((p) => p.jsBytes > BUDGETS.readingJs);
  const chromeCounts = new Set(reading.map((p) => p.chromeLinks));
  const maxChrome = Math.max(...reading.map((p) => p.chromeLinks));
  const failed = pages.flatMap((p) => p.failed.map((f) => `${p.path}: ${f}`));
  const lines: BudgetLine[] = [
    {
      name: 'reading pages: median transferred on first view',
      limit: kb(BUDGETS.readingMedian),
      actual: kb(median(sizes)),
      pass: median(sizes) <= BUDGETS.readingMedian,
    },
    {
      name: 'reading pages: largest transferred on first view',
      limit: kb(BUDGETS.readingMax),
      actual: `${kb(biggest?.bytes ?? 0)} (${biggest?.path})`,
      pass: (biggest?.bytes ?? 0) <= BUDGETS.readingMax,
    },
    {
      name: 'reading pages: JavaScript',
      limit: '0 bytes',
      actual: withJs.length
        ? `${withJs.length} page(s), e.g. ${withJs[0]!.path} ${withJs[0]!.jsBytes} bytes`
        : '0 bytes on every page',
      pass: withJs.length === 0,
    },
    {
      name: 'reading pages: header and footer links (no site-wide list of places)',
      limit: `the same on every page, at most ${BUDGETS.chromeLinksMax}`,
      actual: `${[...chromeCounts].sort((a, b) => a - b).join(' or ')} link(s)`,
      pass: chromeCounts.size === 1 && maxChrome <= BUDGETS.chromeLinksMax,
    },
    {
      name: 'every request succeeds',
      limit: 'no failed request',
      actual: failed.length ? failed.slice(0, 3).join('; ') : 'none failed',
      pass: failed.length === 0,
    },
  ];
  lines.push(
    search
      ? {
          name: `search: page and first query (${search.method})`,
          limit: kb(BUDGETS.searchFirstQuery),
          actual: kb(search.firstQueryBytes),
          pass: search.firstQueryBytes <= BUDGETS.searchFirstQuery,
        }
      : {
          name: 'search: page and first query',
          limit: kb(BUDGETS.searchFirstQuery),
          actual: 'no search yet (no /pagefind/ in the build): not measured',
          pass: true,
        },
  );
  if (charts?.length) {
    const worst = charts.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
    lines.push({
      name: `charts: largest of ${charts.length}, gzipped`,
      limit: kb(BUDGETS.chart),
      actual: `${kb(worst.gzipBytes)} (${worst.where})`,
      pass: worst.gzipBytes <= BUDGETS.chart,
    });
  } else {
    lines.push({
      name: 'charts: each gzipped',
      limit: kb(BUDGETS.chart),
      actual: 'no charts yet: not measured',
      pass: true,
    });
  }
  return lines;
}

/** The Markdown report: budget table, then every page. */
export function budgetReportMarkdown(
  lines: BudgetLine[],
  pages: PageMeasure[],
  search: SearchMeasure | undefined,
  charts: ChartMeasure[] | undefined,
  when: string,
): string {
  const out = [
    '# Page-weight budgets',
    '',
    `Measured by \`npm run bench\` on ${when}: Chromium at 360 x 740, empty cache, every response gzipped as a CDN would serve it. Bytes are gzip body bytes; response headers are listed apart.`,
    '',
    '| budget | limit | measured | |',
    '| --- | --- | --- | --- |',
    ...lines.map((l) => `| ${l.name} | ${l.limit} | ${l.actual} | ${l.pass ? 'pass' : '**FAIL**'} |`),
    '',
  ];
  if (search) {
    out.push(
      '## Search',
      '',
      `Queries run through ${search.method}; each row is what that query added.`,
      '',
      '| query | KB | requests | results |',
      '| --- | --- | --- | --- |',
    );
    for (const q of search.queries)
      out.push(`| ${q.query} | ${(q.bytes / KB).toFixed(1)} | ${q.requests} | ${q.results} |`);
    out.push('', 'What the page and the first query fetched:', '', '| file | KB |', '| --- | --- |');
    for (const f of search.firstQueryFiles) out.push(`| ${f.path} | ${(f.bytes / KB).toFixed(1)} |`);
    out.push('');
  }
  if (charts?.length) {
    out.push(
      '## Charts',
      '',
      '| chart | gzip KB |',
      '| --- | --- |',
      ...charts.map((c) => `| ${c.where} | ${(c.gzipBytes / KB).toFixed(2)} |`),
      '',
    );
  }
  out.push('## Every page', '', '| page | KB | JS bytes | requests | header KB |', '| --- | --- | --- | --- | --- |');
  for (const p of [...pages].sort((a, b) => b.bytes - a.bytes)) {
    out.push(
      `| ${p.path} | ${(p.bytes / KB).toFixed(1)} | ${p.jsBytes} | ${p.requests} | ${(p.headerBytes / KB).toFixed(1)} |`,
    );
  }
  return `${out.join('\n')}\n`;
}
