import { describe, expect, it } from 'vitest';
import { growingPageTypes, growthExponent, pageType, pageTypeSizes, scaleChecks, type ScaleRun } from '../../../scripts/lib/scale.ts';

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
    expect(pageTypeSizes([{ path: '/places/a/', gzipBytes: 1 }, { path: '/places/b/', gzipBytes: 3 }, { path: '/places/c/', gzipBytes: 9 }])).toEqual({ '/places/[place]/': 3 });
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
    expect(scaleChecks(slow).filter((c) => !c.pass).map((c) => c.name)).toEqual([
      'build time per page stays flat (50 -> 500 places, at most 1.5x)',
      'first-query bytes grow far slower than places (exponent below 0.5, 5 -> 500)',
    ]);
  });

  it('fails a 150-place build over 5 minutes or 2 GB', () => {
    const names = scaleChecks([run(5), run(150, { buildSeconds: 301, peakMB: 2100 })]).filter((c) => !c.pass).map((c) => c.name);
    expect(names).toContain('150 places: build within 5 minutes');
    expect(names).toContain('150 places: peak memory within 2 GB');
  });
});
