// An update's or document's date reads the same everywhere, and never gains precision the source lacks.
import { describe, expect, it } from 'vitest';
import { dateInWords } from '../../../src/lib/date-in-words.ts';

describe('a date in words', () => {
  it('is as precise as the source: a day, a month or a year', () => {
    expect(dateInWords({ date: '2023-03-06' })).toBe('6 March 2023');
    expect(dateInWords({ date: '2023-09' })).toBe('September 2023');
    expect(dateInWords({ date: '2023' })).toBe('2023');
  });

  it('quotes a printed date that has no year, and says so', () => {
    expect(dateInWords({ dateAsPrinted: '9 November' })).toBe('“9 November” (no year given)');
  });

  it('says when the source gives no date at all', () => {
    expect(dateInWords({})).toBe('date not stated');
  });
});
