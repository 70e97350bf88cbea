import { describe, expect, it } from 'vitest';
import { searchResultCount } from '../../../src/i18n/en.ts';

describe('the search status line', () => {
  it('counts results for words or for filters', () => {
    expect(searchResultCount(0, 'health')).toBe('No results for “health”');
    expect(searchResultCount(1, 'health')).toBe('1 result for “health”');
    expect(searchResultCount(1234, '')).toBe('1,234 results with these filters');
  });

  it('says "up to" when the count is a most, and never "up to 0"', () => {
    expect(searchResultCount(24, 'health', true)).toBe('Up to 24 results for “health”');
    expect(searchResultCount(0, 'health', true)).toBe('No results for “health”');
  });
});
