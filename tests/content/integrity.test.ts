import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/check/run.ts';
import { realContent } from '../helpers/content.ts';

describe('the real content', () => {
  it('passes the content check with no errors', () => {
    expect(realContent().errors.map(formatProblem)).toEqual([]);
  });

  it('has a strategy for every place', () => {
    const { content } = realContent();
    const covered = new Set(content.strategies.flatMap((s) => s.data.places));
    expect(content.places.map((p) => p.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});
