// Pure helpers for the scale bench: page types, growth between runs, and the pass/fail rules.
import { BUDGETS } from './budgets.ts';

export interface ScaleRun {
  places: number;
  pages: number;
  buildSeconds: number;
  /** Extra seconds the bench spent running Pagefind itself, when the build made no index. */
  indexSeconds: number;
  peakMB: number;
  outputBytes: number;
  indexBytes: number;
  /** Who made the search index: the build, or the bench (no search in the build yet). */
  indexBy: 'build' | 'bench';
  /** The worst first query (firstQueries), in bytes. */
  firstQueryBytes: number;
  /** Each first query, each on a fresh page with an empty cache. */
  firstQueries?: { query: string; bytes: number }[];
  /** Median first-view bytes (gzipped HTML and CSS) of each page type, e.g. "/strategies/[strategy]/". */
  pageTypes: Record<string, number>;
  /** Largest first-view bytes of each page type. */
  pageTypesMax?: Record<string, number>;
  /** Median first-view bytes over every reading page. */
  medianPageBytes?: number;
  /** The reading page with the most first-view bytes. */
  largestPage?: { path: string; bytes: number };
  /** Each kind of process's own peak resident memory during the build (e.g. node, pagefind), largest first. */
  peakByProcess?: { name: string; mb: number }[];
}

const PARAMS: Record<string, string[]> = {
  places: ['[place]', '[sub]'],
  regions: ['[region]'],
  strategies: ['[strategy]', '[priority]'],
  themes: ['[theme]', '[region]', '[page]'],
  measures: ['[group]', '[region]', '[page]'],
  compare: ['[region]', '[page]'],
  'a-z': ['[region]', '[page]'],
  updates: ['[update]'],
  areas: ['[area]'],
  commitments: ['[place]'],
  sources: ['[strategy]', '[source]'],
  find: ['[letter]'],
  feeds: ['[kind]', '[file]'],
  data: ['[file]', '[file]'],
};

/** The route a page path belongs to: "/strategies/x/y/" -> "/strategies/[strategy]/[priority]/". */
export function pageType(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const params = PARAMS[parts[0] ?? ''];
  if (!params) return path;
  // The index of places has a page per letter beside the place pages.
  if (parts[0] === 'places' && parts.length === 2 && parts[1]!.startsWith('starting-with-'))
    return '/places/starting-with-[letter]/';
  // The commitments summary's region pages sit beside the place trackers.
  if (parts[0] === 'commitments' && parts[1] === 'regions' && parts.length > 2)
    return `/commitments/regions/[region]/${parts.length > 3 ? '[page]/' : ''}`;
  const typed = parts.map((p, i) => (i === 0 ? p : (params[i - 1] ?? `[${i}]`)));
  return `/${typed.join('/')}${path.endsWith('/') ? '/' : ''}`;
}

export function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median size per page type. */
export function pageTypeSizes(pages: { path: string; gzipBytes: number }[]): Record<string, number> {
  const groups = new Map<string, number[]>();
  for (const p of pages) groups.set(pageType(p.path), [...(groups.get(pageType(p.path)) ?? []), p.gzipBytes]);
  return Object.fromEntries(
    [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([type, sizes]) => [type, medianOf(sizes)]),
  );
}

/** Page types whose size grows by more than `tolerance` (a fraction) from the smallest to the largest run. */
export function growingPageTypes(runs: ScaleRun[], tolerance = 0.2): { type: string; from: number; to: number }[] {
  const first = runs[0]!;
  const last = runs.at(-1)!;
  return Object.keys(last.pageTypes)
    .filter(
      (type) => first.pageTypes[type] !== undefined && last.pageTypes[type]! > first.pageTypes[type]! * (1 + tolerance),
    )
    .map((type) => ({ type, from: first.pageTypes[type]!, to: last.pageTypes[type]! }));
}

/** Slope of log(y) against log(x) between two points: 1 is linear, 0 is flat. */
export function growthExponent(x1: number, y1: number, x2: number, y2: number): number {
  return Math.log(y2 / y1) / Math.log(x2 / x1);
}

export interface ScaleCheck {
  name: string;
  actual: string;
  pass: boolean;
}

export const SCALE_LIMITS = {
  seconds150: 300,
  /** Peak memory of the whole build process tree, at 150 and at 500 places. */
  mbPeak: BUDGETS.buildPeakMB,
  /** Every reading page on first view (gzipped HTML and CSS), at every size of site. */
  pageMax: BUDGETS.readingMax,
  /** The median reading page on first view. */
  pageMedian: BUDGETS.readingMedianAtScale,
  firstQuery150: BUDGETS.searchFirstQueryAt150,
  firstQuery500: BUDGETS.searchFirstQueryAt500,
};

/** First-view bytes of each page (gzipped HTML plus the gzipped stylesheets it links), from its files. */
export function firstViewBytes(html: string, htmlGzipBytes: number, cssGzipBytes: (href: string) => number): number {
  const hrefs = new Set<string>();
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\brel=["']?stylesheet\b/i.test(tag)) continue;
    const href = /\bhref=["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (href) hrefs.add(href);
  }
  return htmlGzipBytes + [...hrefs].reduce((sum, href) => sum + cssGzipBytes(href), 0);
}

/** Largest bytes per page type. */
export function pageTypeMaxima(pages: { path: string; gzipBytes: number }[]): Record<string, number> {
  const out = new Map<string, number>();
  for (const p of pages) out.set(pageType(p.path), Math.max(out.get(pageType(p.path)) ?? 0, p.gzipBytes));
  return Object.fromEntries([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The scale rules: flat build cost per page, sub-linear search, linear output, 150 places in 5 minutes,
 * peak memory at 150 and 500 places, and every reading page within the page budgets at every size.
 */
export function scaleChecks(runs: ScaleRun[], limits = SCALE_LIMITS): ScaleCheck[] {
  const checks: ScaleCheck[] = [];
  const sorted = [...runs].sort((a, b) => a.places - b.places);
  // The smallest run is mostly start-up time, so per-page cost is compared from the second run on.
  const base = sorted.length > 2 ? sorted[1]! : sorted[0]!;
  const last = sorted.at(-1)!;
  const msPerPage = (r: ScaleRun) => (r.buildSeconds * 1000) / r.pages;
  if (last !== base) {
    const ratio = msPerPage(last) / msPerPage(base);
    checks.push({
      name: `build time per page stays flat (${base.places} -> ${last.places} places, at most 1.5x)`,
      actual: `${msPerPage(base).toFixed(1)} -> ${msPerPage(last).toFixed(1)} ms/page (${ratio.toFixed(2)}x)`,
      pass: ratio <= 1.5,
    });
    const exponent = growthExponent(base.places, base.outputBytes, last.places, last.outputBytes);
    checks.push({
      name: 'total output grows linearly with places (exponent 0.8 to 1.2)',
      actual: `exponent ${exponent.toFixed(2)}`,
      pass: exponent >= 0.8 && exponent <= 1.2,
    });
    const first = sorted[0]!;
    const q = growthExponent(first.places, first.firstQueryBytes, last.places, last.firstQueryBytes);
    checks.push({
      name: `first-query bytes grow far slower than places (exponent below 0.5, ${first.places} -> ${last.places})`,
      actual: `exponent ${q.toFixed(2)}`,
      pass: q < 0.5,
    });
  }
  const at150 = sorted.find((r) => r.places === 150);
  if (at150) {
    const seconds = at150.buildSeconds + at150.indexSeconds;
    checks.push({
      name: '150 places: build within 5 minutes',
      actual: `${seconds.toFixed(1)} s`,
      pass: seconds <= limits.seconds150,
    });
  }
  for (const run of sorted.filter((r) => r.places === 150 || r.places === 500)) {
    checks.push({
      name: `${run.places} places: build peak memory (whole process tree) within ${limits.mbPeak / 1024} GB`,
      actual: `${run.peakMB.toFixed(0)} MB${run.peakByProcess?.length ? ` (largest process: ${run.peakByProcess[0]!.name} ${run.peakByProcess[0]!.mb.toFixed(0)} MB)` : ''}`,
      pass: run.peakMB <= limits.mbPeak,
    });
    const limit = run.places === 150 ? limits.firstQuery150 : limits.firstQuery500;
    const worst = run.firstQueries?.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    checks.push({
      name: `${run.places} places: first search query within ${limit / 1024} KB`,
      actual: `${(run.firstQueryBytes / 1024).toFixed(1)} KB${worst ? ` (worst: "${worst.query}")` : ''}`,
      pass: run.firstQueryBytes <= limit,
    });
  }
  for (const run of sorted) {
    if (run.largestPage) {
      checks.push({
        name: `${run.places} places: every reading page at most ${limits.pageMax / 1024} KB on first view (HTML and CSS, gzipped)`,
        actual: `largest ${(run.largestPage.bytes / 1024).toFixed(1)} KB (${run.largestPage.path})`,
        pass: run.largestPage.bytes <= limits.pageMax,
      });
    }
    if (run.medianPageBytes !== undefined) {
      checks.push({
        name: `${run.places} places: median reading page at most ${limits.pageMedian / 1024} KB on first view`,
        actual: `${(run.medianPageBytes / 1024).toFixed(1)} KB`,
        pass: run.medianPageBytes <= limits.pageMedian,
      });
    }
  }
  return checks;
}
