// Pure helpers for the scale bench: page types, growth between runs, and the pass/fail rules.

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
  firstQueryBytes: number;
  /** Median gzip bytes of the HTML of each page type, e.g. "/strategies/[strategy]/". */
  pageTypes: Record<string, number>;
}

const PARAMS: Record<string, string[]> = {
  places: ['[place]', '[sub]'],
  strategies: ['[strategy]', '[priority]'],
  themes: ['[theme]'],
  updates: ['[update]'],
  areas: ['[area]'],
  feeds: ['[kind]', '[file]'],
  data: ['[file]', '[file]'],
};

/** The route a page path belongs to: "/strategies/x/y/" -> "/strategies/[strategy]/[priority]/". */
export function pageType(path: string): string {
  const parts = path.split('/').filter(Boolean);
  const params = PARAMS[parts[0] ?? ''];
  if (!params) return path;
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
  return Object.fromEntries([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([type, sizes]) => [type, medianOf(sizes)]));
}

/** Page types whose size grows by more than `tolerance` (a fraction) from the smallest to the largest run. */
export function growingPageTypes(runs: ScaleRun[], tolerance = 0.2): { type: string; from: number; to: number }[] {
  const first = runs[0]!;
  const last = runs.at(-1)!;
  return Object.keys(last.pageTypes)
    .filter((type) => first.pageTypes[type] !== undefined && last.pageTypes[type]! > first.pageTypes[type]! * (1 + tolerance))
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

/** The scale rules: flat build cost per page, sub-linear search, linear output, 150 places in 5 min and 2 GB. */
export function scaleChecks(runs: ScaleRun[], limits = { seconds150: 300, mb150: 2048, firstQuery150: 130 * 1024 }): ScaleCheck[] {
  const checks: ScaleCheck[] = [];
  const sorted = [...runs].sort((a, b) => a.places - b.places);
  // The smallest run is mostly start-up time, so per-page cost is compared from the second run on.
  const base = sorted.length > 2 ? sorted[1]! : sorted[0]!;
  const last = sorted.at(-1)!;
  const msPerPage = (r: ScaleRun) => (r.buildSeconds * 1000) / r.pages;
  if (last !== base) {
    const ratio = msPerPage(last) / msPerPage(base);
    checks.push({ name: `build time per page stays flat (${base.places} -> ${last.places} places, at most 1.5x)`, actual: `${msPerPage(base).toFixed(1)} -> ${msPerPage(last).toFixed(1)} ms/page (${ratio.toFixed(2)}x)`, pass: ratio <= 1.5 });
    const exponent = growthExponent(base.places, base.outputBytes, last.places, last.outputBytes);
    checks.push({ name: 'total output grows linearly with places (exponent 0.8 to 1.2)', actual: `exponent ${exponent.toFixed(2)}`, pass: exponent >= 0.8 && exponent <= 1.2 });
    const first = sorted[0]!;
    const q = growthExponent(first.places, first.firstQueryBytes, last.places, last.firstQueryBytes);
    checks.push({ name: `first-query bytes grow far slower than places (exponent below 0.5, ${first.places} -> ${last.places})`, actual: `exponent ${q.toFixed(2)}`, pass: q < 0.5 });
  }
  const at150 = sorted.find((r) => r.places === 150);
  if (at150) {
    const seconds = at150.buildSeconds + at150.indexSeconds;
    checks.push({ name: '150 places: build within 5 minutes', actual: `${seconds.toFixed(1)} s`, pass: seconds <= limits.seconds150 });
    checks.push({ name: '150 places: peak memory within 2 GB', actual: `${at150.peakMB.toFixed(0)} MB`, pass: at150.peakMB <= limits.mb150 });
    checks.push({ name: `150 places: first search query within ${limits.firstQuery150 / 1024} KB`, actual: `${(at150.firstQueryBytes / 1024).toFixed(1)} KB`, pass: at150.firstQueryBytes <= limits.firstQuery150 });
  }
  return checks;
}
