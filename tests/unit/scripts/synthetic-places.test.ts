import { describe, expect, it } from 'vitest';
import { syntheticContent, syntheticPlaceName } from '../../../scripts/lib/synthetic-places.ts';
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
    const strategy = Object.entries(syntheticContent({ count: 1, themes })).find(([f]) => f.startsWith('strategies/'))![1];
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
});
