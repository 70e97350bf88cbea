import { describe, expect, it } from 'vitest';
import { endOfPartialDate, formatNumber, formatPartialDate, formatValue } from '../../../src/lib/format.ts';

describe('dates are written as precisely as the source gives them', () => {
  it.each([
    ['2023', '2023'],
    ['2023-09', 'September 2023'],
    ['2023-03-06', '6 March 2023'],
  ])('%s is written "%s"', (input, expected) => expect(formatPartialDate(input)).toBe(expected));

  it('a month ends on its last day, so "due September 2023" is not overdue until October', () => {
    expect(endOfPartialDate('2023-09')).toBe('2023-09-30');
    expect(endOfPartialDate('2024-02')).toBe('2024-02-29');
    expect(endOfPartialDate('2023')).toBe('2023-12-31');
    expect(endOfPartialDate('2023-03-06')).toBe('2023-03-06');
  });
});

describe('numbers are written the UK way with their unit', () => {
  it('uses thousands separators', () => expect(formatNumber(26774)).toBe('26,774'));
  it.each([
    [66.4, 'percent', '66.4%'],
    [694, 'per-100000', '694 per 100,000'],
    [68.8, 'per-1000', '68.8 per 1,000'],
    [240.1, 'standardised-ratio', '240.1'],
    [2.5, 'times', '2.5 times'],
  ] as const)('%s %s is "%s"', (value, unit, expected) => expect(formatValue(value, unit)).toBe(expected));
});
