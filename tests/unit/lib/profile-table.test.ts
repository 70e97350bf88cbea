import { describe, expect, it } from 'vitest';
import { barComparator, barLengths, comparison } from '../../../src/lib/profile-table.ts';
import type { Comparator } from '../../../src/schemas/measure.ts';

describe('a profile says how an area compares only where the source states it', () => {
  it('says nothing when the source gives no comparison', () => {
    expect(comparison(undefined, 'higher-is-better')).toBeUndefined();
  });
  it('turns a stated direction into better or worse when the source says which way is better', () => {
    expect(comparison('higher', 'lower-is-better')).toBe('worse');
    expect(comparison('lower', 'lower-is-better')).toBe('better');
    expect(comparison('higher', 'higher-is-better')).toBe('better');
    expect(comparison('similar', 'lower-is-better')).toBe('similar');
  });
  it('keeps higher or lower when neither is simply better', () => {
    expect(comparison('higher', 'not-stated')).toBe('higher');
  });
});

describe('the small bar', () => {
  const c = (fields: Partial<Comparator>): Comparator => ({ label: 'X', kind: 'area', ...fields }) as Comparator;
  it('marks England when it is given, otherwise the first comparator with a figure', () => {
    expect(
      barComparator([c({ label: 'Ward', value: 3 }), c({ label: 'England', kind: 'country', value: 5 })])?.label,
    ).toBe('England');
    expect(barComparator([c({ label: 'Words only' }), c({ label: 'Ward', value: 3 })])?.label).toBe('Ward');
  });
  it('draws a percentage on 0 to 100 and a ratio against the larger figure', () => {
    expect(barLengths(13, 'percent', undefined)).toEqual({ bar: 13, mark: undefined });
    expect(barLengths(135.3, 'standardised-ratio', 100)).toEqual({ bar: 100, mark: 73.9 });
  });
  it('draws no bar for a count with nothing to compare, or for a negative figure', () => {
    expect(barLengths(38300, 'count', undefined)).toBeUndefined();
    expect(barLengths(-2, 'percent', 5)).toBeUndefined();
  });
});
