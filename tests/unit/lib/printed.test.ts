import { describe, expect, it } from 'vitest';
import { figureDisplay, figureShort, figureText, printedInWords } from '../../../src/lib/printed.ts';

describe('a figure shown as printed', () => {
  it('shows the number when the source printed nothing different', () => {
    expect(figureDisplay(66.4, 'percent', undefined)).toEqual({ shown: '66.4%', derived: undefined });
  });

  it('shows words printed by the source, with the number behind them labelled as derived', () => {
    expect(figureDisplay(33.3, 'percent', 'over a third')).toEqual({ shown: 'over a third', derived: '33.3%' });
    expect(figureText(5, 'count', 'up to five')).toBe('“up to five” (derived figure: 5)');
    expect(figureText(2, 'times', 'around twice as likely')).toMatch(/^“around twice as likely” \(derived figure: /);
  });

  it('shows digits exactly as printed without calling them derived', () => {
    expect(figureDisplay(8954, 'count', '8954')).toEqual({ shown: '8954', derived: undefined });
    expect(figureText(19, 'percent', '19% percent')).toBe('19% percent');
  });

  it('treats wording with any digit as a printed number, not words', () => {
    expect(printedInWords('2 in 3')).toBe(false);
    expect(printedInWords('Two thirds')).toBe(true);
    expect(printedInWords(undefined)).toBe(false);
  });
});

describe('a figure in a short list', () => {
  it('shows the printed words alone, in quotes, and a printed number as printed', () => {
    expect(figureShort(33.3, 'percent', 'over a third')).toBe('“over a third”');
    expect(figureShort(8954, 'count', '8954')).toBe('8954');
    expect(figureShort(66.4, 'percent', undefined)).toBe('66.4%');
  });
});
