import { describe, expect, it } from 'vitest';
import {
  SYNTHETIC_REGIONS,
  syntheticContent,
  syntheticPlaceName,
  syntheticRegion,
  syntheticTowns,
} from '../../../scripts/lib/synthetic-places.ts';
import { writeSyntheticContent } from '../../../scripts/lib/synthetic-site.ts';
import { checkContent } from '../../../src/lib/check/run.ts';
import { PROJECT_ROOT } from '../../helpers/content.ts';
import { tempFolder } from '../../helpers/temp.ts';

const themes = ['best-start-in-life', 'mental-health', 'good-work', 'social-connection'];

describe('synthetic places for the scale benchmark', () => {
  it('have plainly fake, numbered names', () => {
    expect(syntheticPlaceName(42)).toBe('Testshire 042');
  });

  it('are the same every time for the same count and seed', () => {
    expect(syntheticContent({ count: 3, themes })).toEqual(syntheticContent({ count: 3, themes }));
  });

  it('give one place, one strategy and one update per place', () => {
    const files = Object.keys(syntheticContent({ count: 5, themes }));
    expect(files.filter((f) => f.startsWith('places/'))).toHaveLength(5);
    expect(files.filter((f) => f.startsWith('strategies/'))).toHaveLength(5);
    expect(files.filter((f) => f.startsWith('updates/'))).toHaveLength(5);
  });

  it('give strategies about the size of a real one (20 to 80 KB of text)', () => {
    const strategy = Object.entries(syntheticContent({ count: 1, themes })).find(([f]) =>
      f.startsWith('strategies/'),
    )![1];
    expect(strategy.length).toBeGreaterThan(20_000);
    expect(strategy.length).toBeLessThan(80_000);
  });

  it('pass the content check with the real themes and glossary', () => {
    const root = tempFolder('synthetic-test');
    writeSyntheticContent(PROJECT_ROOT, root, 3);
    const result = checkContent(root);
    expect(result.errors.map((e) => `${e.file}:${e.line} ${e.field}: ${e.message}`)).toEqual([]);
    expect(result.content.places).toHaveLength(3);
  });

  it('are spread unevenly over England’s nine regions, Wales and Scotland, the South East having the most', () => {
    const counts = new Map<string, number>();
    for (let n = 1; n <= 500; n++)
      counts.set(syntheticRegion(n).region, (counts.get(syntheticRegion(n).region) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(SYNTHETIC_REGIONS.map((r) => r.name).sort());
    const sorted = [...counts].sort((a, b) => b[1] - a[1]);
    expect(sorted[0]![0]).toBe('South East');
    expect(sorted.at(-1)![1]).toBeLessThan(sorted[0]![1] / 3);
  });

  it('have an integrated care system in England only, and keep their region whatever the count', () => {
    const place = (count: number, n: number) =>
      Object.entries(syntheticContent({ count, themes })).find(
        ([f]) => f === `places/testshire-${String(n).padStart(3, '0')}.yaml`,
      )![1];
    expect(place(3, 2)).toBe(place(10, 2));
    for (let n = 1; n <= 60; n++) {
      const { region, integratedCareSystem } = syntheticRegion(n);
      expect(integratedCareSystem === undefined).toBe(region === 'Wales' || region === 'Scotland');
    }
    expect(place(3, 2)).toContain(`region: ${syntheticRegion(2).region}`);
    expect(place(3, 2)).not.toContain('Test Region');
  });

  it('cover made-up towns under several letters, so the index of places is not all under T', () => {
    const letters = new Set(Array.from({ length: 26 }, (_, n) => syntheticTowns(n + 1).map((t) => t[0])).flat());
    expect(letters.size).toBeGreaterThan(20);
    expect(syntheticTowns(42)).toEqual(expect.arrayContaining([expect.stringMatching(/ Test 042$/)]));
  });
});
