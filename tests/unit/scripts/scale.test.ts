import { describe, expect, it } from 'vitest';
import {
  firstViewBytes,
  growingPageTypes,
  growthExponent,
  pageType,
  pageTypeMaxima,
  pageTypeSizes,
  scaleChecks,
  type ScaleRun,
} from '../../../scripts/lib/scale.ts';

const run = (places: number, extra: Partial<ScaleRun> = {}): ScaleRun => ({
  places,
  pages: places * 10,
  buildSeconds: 5 + places * 0.2,
  indexSeconds: 0,
  peakMB: 700,
  outputBytes: places * 200_000,
  indexBytes: places * 20_000,
  indexBy: 'build',
  firstQueryBytes: 80_000 + places * 50,
  pageTypes: { '/': 2000 + places * 100, '/strategies/[strategy]/': 9000 },
  ...extra,
});

describe('the scale bench', () => {
  it('groups pages by route', () => {
    expect(pageType('/strategies/testshire-001-2025-30/priority-1/')).toBe('/strategies/[strategy]/[priority]/');
    expect(pageType('/places/testshire-001/')).toBe('/places/[place]/');
    expect(pageType('/about/')).toBe('/about/');
    expect(pageType('/themes/cancer/south-east/2/')).toBe('/themes/[theme]/[region]/[page]/');
    expect(pageType('/measures/cancer/london/')).toBe('/measures/[group]/[region]/');
    expect(pageType('/compare/wales/')).toBe('/compare/[region]/');
    expect(pageType('/a-z/london/')).toBe('/a-z/[region]/');
    expect(pageType('/places/starting-with-t/')).toBe('/places/starting-with-[letter]/');
    expect(pageType('/regions/london/')).toBe('/regions/[region]/');
    expect(pageType('/commitments/')).toBe('/commitments/');
    expect(pageType('/commitments/testshire-001/')).toBe('/commitments/[place]/');
    expect(pageType('/commitments/regions/london/')).toBe('/commitments/regions/[region]/');
    expect(pageType('/commitments/regions/south-east/2/')).toBe('/commitments/regions/[region]/[page]/');
    expect(pageType('/sources/testshire-001-2025-30/report/')).toBe('/sources/[strategy]/[source]/');
    expect(pageType('/find/0-9/')).toBe('/find/[letter]/');
    expect(
      pageTypeMaxima([
        { path: '/places/a/', gzipBytes: 1 },
        { path: '/places/b/', gzipBytes: 9 },
      ]),
    ).toEqual({ '/places/[place]/': 9 });
    expect(
      pageTypeSizes([
        { path: '/places/a/', gzipBytes: 1 },
        { path: '/places/b/', gzipBytes: 3 },
        { path: '/places/c/', gzipBytes: 9 },
      ]),
    ).toEqual({ '/places/[place]/': 3 });
  });

  it('names the page types that grow with the number of places', () => {
    expect(growingPageTypes([run(5), run(500)])).toEqual([{ type: '/', from: 2500, to: 52000 }]);
  });

  it('measures growth as an exponent: 1 linear, 0 flat', () => {
    expect(growthExponent(10, 100, 100, 1000)).toBeCloseTo(1);
    expect(growthExponent(10, 100, 100, 100)).toBeCloseTo(0);
  });

  it('passes a site that scales linearly and fails one whose per-page build cost or search grows', () => {
    const good = [run(5), run(50), run(150), run(500)];
    expect(scaleChecks(good).filter((c) => !c.pass)).toEqual([]);
    const slow = [run(5), run(50), run(150), run(500, { buildSeconds: 5000, firstQueryBytes: 8_000_000 })];
    expect(
      scaleChecks(slow)
        .filter((c) => !c.pass)
        .map((c) => c.name),
    ).toEqual([
      'build time per page stays flat (50 -> 500 places, at most 1.5x)',
      'first-query bytes grow far slower than places (exponent below 0.5, 5 -> 500)',
      '500 places: first search query within 110 KB',
    ]);
  });

  it('fails a 150-place build over 5 minutes or 2 GB, and a 500-place build over 2 GB', () => {
    const names = scaleChecks([run(5), run(150, { buildSeconds: 301, peakMB: 2100 }), run(500, { peakMB: 2049 })])
      .filter((c) => !c.pass)
      .map((c) => c.name);
    expect(names).toContain('150 places: build within 5 minutes');
    expect(names).toContain('150 places: build peak memory (whole process tree) within 2 GB');
    expect(names).toContain('500 places: build peak memory (whole process tree) within 2 GB');
  });

  it('fails when any reading page passes 30 KB on first view or the median passes 10 KB', () => {
    const fat = run(500, {
      largestPage: { path: '/themes/cancer/', bytes: 30 * 1024 + 1 },
      medianPageBytes: 10 * 1024 + 1,
    });
    const failing = scaleChecks([run(5), fat])
      .filter((c) => !c.pass)
      .map((c) => c.name);
    expect(failing).toEqual([
      '500 places: every reading page at most 30 KB on first view (HTML and CSS, gzipped)',
      '500 places: median reading page at most 10 KB on first view',
    ]);
    const fine = run(500, { largestPage: { path: '/', bytes: 30 * 1024 }, medianPageBytes: 10 * 1024 });
    expect(scaleChecks([run(5), fine]).filter((c) => !c.pass)).toEqual([]);
  });

  it('fails a first search query over 100 KB at 150 places or 110 KB at 500, naming the worst query', () => {
    const queries = (bytes: number) => [
      { query: 'mental health', bytes: bytes - 2048 },
      { query: 'lonely', bytes },
    ];
    const failing = scaleChecks([
      run(150, { firstQueryBytes: 100 * 1024 + 1, firstQueries: queries(100 * 1024 + 1) }),
      run(500, { firstQueryBytes: 110 * 1024 + 1, firstQueries: queries(110 * 1024 + 1) }),
    ]).filter((c) => !c.pass && c.name.includes('first search query'));
    expect(failing.map((c) => [c.name, c.actual])).toEqual([
      ['150 places: first search query within 100 KB', '100.0 KB (worst: "lonely")'],
      ['500 places: first search query within 110 KB', '110.0 KB (worst: "lonely")'],
    ]);
    const fine = scaleChecks([run(150, { firstQueryBytes: 100 * 1024 }), run(500, { firstQueryBytes: 110 * 1024 })]);
    expect(fine.filter((c) => !c.pass && c.name.includes('first search query'))).toEqual([]);
  });

  it('counts the stylesheets a page links, once each, in its first-view bytes', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><link rel=stylesheet href=/_astro/b.css><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/a.css">';
    const sizes: Record<string, number> = { '/_astro/a.css': 100, '/_astro/b.css': 20, '/favicon.svg': 5000 };
    expect(firstViewBytes(html, 1000, (href) => sizes[href]!)).toBe(1120);
  });
});
