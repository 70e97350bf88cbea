// en-GB formatting for dates and numbers, so every page says them the same way.
import type { PartialDate } from '../schemas/common.ts';
import type { Unit } from '../schemas/measure.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2023" -> "2023"; "2023-09" -> "September 2023"; "2023-03-06" -> "6 March 2023". */
export function formatPartialDate(date: PartialDate): string {
  const [year, month, day] = date.split('-');
  if (!month) return year!;
  const monthName = MONTHS[Number(month) - 1]!;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** The last day a partial date could mean: "2023-09" -> 2023-09-30. Used to decide if something is overdue. */
export function endOfPartialDate(date: PartialDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (d !== undefined) return date;
  if (m !== undefined) return `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  return `${y}-12-31`;
}

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** 26774 -> "26,774"; 66.4 -> "66.4". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** Short unit words placed after a number. */
const UNIT_SUFFIX: Record<Unit, (n: string) => string> = {
  percent: (n) => `${n}%`,
  count: (n) => n,
  'per-1000': (n) => `${n} per 1,000`,
  'per-100000': (n) => `${n} per 100,000`,
  'standardised-ratio': (n) => n,
  times: (n) => `${n} times`,
  years: (n) => `${n} years`,
  pounds: (n) => `£${n}`,
  rank: (n) => n,
  score: (n) => n,
};

/** A value with its unit: "66.4%", "694 per 100,000", "£1,200". */
export function formatValue(value: number, unit: Unit): string {
  return UNIT_SUFFIX[unit](formatNumber(value));
}

/** Unit names in words, for table headers and captions. */
export const UNIT_WORDS: Record<Unit, string> = {
  percent: 'per cent',
  count: 'number',
  'per-1000': 'rate per 1,000',
  'per-100000': 'rate per 100,000',
  'standardised-ratio': 'standardised ratio (England = 100)',
  times: 'times as likely',
  years: 'years',
  pounds: 'pounds',
  rank: 'rank',
  score: 'score',
};
