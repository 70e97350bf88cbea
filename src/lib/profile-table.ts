// Layout helpers for the neighbourhood profile tables: the comparison word beside a figure, and the small bar.
// The words come only from what the source states (a comparator's `relation`); nothing is worked out from the numbers.
import type { Comparator, Polarity } from '../schemas/measure.ts';
import { COMPARISON_WORD } from '../i18n/en.ts';

export type Comparison = keyof typeof COMPARISON_WORD;

/**
 * "Better", "Similar" or "Worse" where the source states how the area compares and which way is better;
 * "Higher" or "Lower" when it states the direction but not which is better; undefined when it states nothing.
 */
export function comparison(relation: Comparator['relation'], polarity: Polarity): Comparison | undefined {
  if (relation === undefined) return undefined;
  if (relation === 'similar') return 'similar';
  if (polarity === 'not-stated') return relation;
  const better = (relation === 'higher') === (polarity === 'higher-is-better');
  return better ? 'better' : 'worse';
}

/** The comparator the bar marks: the country figure (England) if there is one, otherwise the first with a figure. */
export function barComparator(comparators: Comparator[]): Comparator | undefined {
  const withValue = comparators.filter((c) => c.value !== undefined);
  return withValue.find((c) => c.kind === 'country') ?? withValue[0];
}

/**
 * The small bar as lengths out of 100: the area's figure and the comparator's mark, on a scale that fits both
 * (a percentage on 0-100; anything else on 0 to the larger of the two). Undefined for a negative figure, and for a
 * count or rate with nothing to compare it with (a bar of one figure against itself says nothing).
 */
export function barLengths(
  value: number,
  unit: string,
  comparatorValue: number | undefined,
): { bar: number; mark: number | undefined } | undefined {
  if (value < 0 || (comparatorValue !== undefined && comparatorValue < 0)) return undefined;
  if (unit !== 'percent' && comparatorValue === undefined) return undefined;
  const max = unit === 'percent' ? 100 : Math.max(value, comparatorValue ?? 0);
  if (max <= 0) return { bar: 0, mark: comparatorValue === undefined ? undefined : 0 };
  const scale = (n: number) => Math.round(Math.min(100, (n / max) * 100) * 10) / 10;
  return { bar: scale(value), mark: comparatorValue === undefined ? undefined : scale(comparatorValue) };
}
