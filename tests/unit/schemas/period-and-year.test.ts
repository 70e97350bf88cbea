// A year on its own is what people type: `period: 2022` and `start: "2024"` are accepted and read the same
// as their other spelling; anything that still cannot be read is refused with exactly what to type.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { period, year } from '../../../src/schemas/common.ts';
import { area } from '../../../src/schemas/area.ts';
import { comparator, measureValue } from '../../../src/schemas/measure.ts';
import { strategy } from '../../../src/schemas/strategy.ts';
import { explainIssue } from '../../../src/lib/check/messages.ts';

/** The check's message for the first issue, as `field: message`. */
function refusal(schema: { safeParse(v: unknown, o: object): { success: boolean; error?: { issues: unknown[] } } }, input: unknown): string {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return 'accepted';
  const issue = result.error!.issues[0] as Parameters<typeof explainIssue>[0];
  return `${issue.path.join('.')}: ${explainIssue(issue)}`;
}

/** YAML as a comms officer types it, read with the same YAML 1.2 rules as the check. */
const yaml = (text: string) => parse(text, { version: '1.2' });

describe('a period', () => {
  it('written as a bare year gives the same text as the quoted year', () => {
    const bare = measureValue.parse(yaml('{ period: 2022, value: 1 }'));
    const quoted = measureValue.parse(yaml('{ period: "2022", value: 1 }'));
    expect(bare.period).toBe('2022');
    expect(bare).toEqual(quoted);
  });

  it('is accepted as a bare year on comparators and area indicators too', () => {
    expect(comparator.parse(yaml('{ label: England, kind: country, value: 2, period: 2019 }')).period).toBe('2019');
    const indicator = area.shape.indicators.element.parse(
      yaml('{ id: copd, group: Lungs, label: COPD admissions, unit: count, polarity: lower-is-better, value: 3, period: 2021 }'),
    );
    expect(indicator.period).toBe('2021');
  });

  it('keeps periods that YAML already reads as text exactly as typed', () => {
    for (const typed of ['2020/21', '2020-21', '2022-03', 'Q3 2022']) expect(period.parse(yaml(`p: ${typed}`).p)).toBe(typed);
  });

  it('turns a date from a YAML 1.1 loader back into its text', () => {
    expect(period.parse(new Date(Date.UTC(2022, 2, 5)))).toBe('2022-03-05');
  });

  it('refuses a number that is not a year, saying to quote the period as printed', () => {
    expect(refusal(measureValue, yaml('{ period: 2020.21, value: 1 }'))).toBe(
      'period: 2020.21 is not a valid value here. Write the period exactly as the source prints it, in double quotes, like period: "2020/21" or period: "2022".',
    );
  });

  it('refuses an empty period', () => {
    expect(refusal(measureValue, { period: '  ', value: 1 })).toBe('period: must not be empty.');
  });
});

describe('a year', () => {
  it('is accepted as a number or as four digits in quotes, giving the same number', () => {
    expect(year.parse(2024)).toBe(2024);
    expect(year.parse('2024')).toBe(2024);
    const periodField = strategy.shape.period;
    expect(periodField.parse(yaml('{ start: "2022", end: 2030 }'))).toEqual({ start: 2022, end: 2030 });
  });

  it('refuses a year that is not four digits, saying how to write it', () => {
    expect(refusal(year, '2022/23')).toBe(': "2022/23" is not a valid value here. Write the year as four digits, like 2024.');
    expect(refusal(year, 2022.5)).toBe(': must be a year written as four digits, like 2024, not 2022.5.');
  });

  it("refuses a strategy period that is not a start and an end, showing what to type", () => {
    expect(refusal(strategy.shape.period, yaml('p: 2022-2030').p)).toBe(
      ': must give the first and last years, written like period: { start: 2022, end: 2030 }, not "2022-2030".',
    );
    expect(refusal(strategy.shape.period, 2022)).toMatch(/written like period: \{ start: 2022, end: 2030 \}, not 2022\.$/);
  });
});

describe('text given as a number', () => {
  it('says to put it in double quotes', () => {
    expect(refusal(measureValue, { value: 8954, asPrinted: 8954 })).toBe('asPrinted: must be text, not 8954. Put it in double quotes: "8954".');
  });
});
