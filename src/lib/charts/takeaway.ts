// The one-sentence takeaway under a chart's title, worked out from the figures alone.
// It uses the words public-health data users know ("higher than England"), says "significantly"
// only when the source says a difference is significant, and says "better" or "worse" only when
// the measure's polarity is known and the difference is significant; otherwise it names the polarity.
import type { Comparator, Polarity, Unit } from '../../schemas/measure.ts';
import { formatPartialDate, formatValue } from '../format.ts';
import type { PartialDate } from '../../schemas/common.ts';

export type Relation = 'higher' | 'lower' | 'similar' | 'same';

const RELATION_WORDS: Record<Relation, string> = {
  higher: 'higher than',
  lower: 'lower than',
  similar: 'similar to',
  same: 'the same as',
};

const POLARITY_CLAUSE: Partial<Record<Polarity, string>> = {
  'higher-is-better': 'higher is better',
  'lower-is-better': 'lower is better',
};

/** How `value` relates to a comparator: the source's own words first, else plain arithmetic. */
export function relationTo(value: number | undefined, comparator: Comparator): Relation | undefined {
  if (comparator.relation) return comparator.relation;
  if (value === undefined || comparator.value === undefined) return undefined;
  if (value > comparator.value) return 'higher';
  if (value < comparator.value) return 'lower';
  return 'same';
}

/** "better" or "worse" for a higher/lower relation when polarity is known, else undefined. */
export function judgement(relation: Relation, polarity: Polarity): 'better' | 'worse' | undefined {
  if (polarity === 'not-stated' || (relation !== 'higher' && relation !== 'lower')) return undefined;
  return (relation === 'higher') === (polarity === 'higher-is-better') ? 'better' : 'worse';
}

function possessive(label: string): string {
  return label.endsWith('s') ? `${label}’` : `${label}’s`;
}

/**
 * "Southend Victoria is higher than England (240.1 against 142.6); lower is better."
 * "The source says Camden is lower than London; it gives no figure for London."
 */
export function comparatorTakeaway(
  subject: string,
  value: number | undefined,
  unit: Unit,
  polarity: Polarity,
  comparator: Comparator,
): string | undefined {
  const relation = relationTo(value, comparator);
  if (!relation) return undefined;
  const significant = comparator.significant === true && relation !== 'similar' && relation !== 'same';
  const words = `${significant ? 'significantly ' : ''}${RELATION_WORDS[relation]} ${comparator.label}`;
  const verdict = judgement(relation, polarity);
  const polarityClause = relation === 'higher' || relation === 'lower' ? POLARITY_CLAUSE[polarity] : undefined;
  const tail = significant && verdict ? `, which is ${verdict}` : polarityClause ? `; ${polarityClause}` : '';
  if (value !== undefined && comparator.value !== undefined) {
    return `${subject} is ${words} (${formatValue(value, unit)} against ${formatValue(comparator.value, unit)})${tail}.`;
  }
  const figure = value !== undefined ? ` at ${formatValue(value, unit)}` : '';
  return `The source says ${subject}${figure} is ${words}; it gives no figure for ${comparator.label}${tail}.`;
}

/** The last year a printed period reaches: "2022/23" -> 2023, "2018-2020" -> 2020, "July 2021" -> 2021. */
export function periodEndYear(period: string | undefined): number | undefined {
  if (period === undefined) return undefined;
  const years = [...period.matchAll(/(\d{4})(?:\s*[/-]\s*(\d{4}|\d{2})(?!\d))?/g)].map((m) => {
    const start = Number(m[1]);
    const end = m[2];
    if (end === undefined) return start;
    if (end.length === 4) return Number(end);
    // "1999/00" ends in 2000: a two-digit end below the start's last two digits is in the next century.
    const sameCentury = Math.floor(start / 100) * 100 + Number(end);
    return sameCentury < start ? sameCentury + 100 : sameCentury;
  });
  return years.length ? Math.max(...years) : undefined;
}

/** When a target is due, and the period the figure judged against it covers. */
export interface TargetTiming {
  /** The date the target should be reached by, as precise as the source says. */
  by?: PartialDate | undefined;
  /** The period of the figure, as printed. */
  period?: string | undefined;
}

/**
 * "Camden (66.4%) is below the target of 95%, so the target is not met."
 * A target with a date is judged by it: a figure from before the target year has "not yet met" it.
 * Reached or not is only said when polarity is known.
 */
export function targetTakeaway(
  subject: string,
  value: number,
  unit: Unit,
  polarity: Polarity,
  target: number,
  targetName = 'the target',
  timing: TargetTiming = {},
): string {
  const v = formatValue(value, unit);
  const byYear = timing.by ? Number(timing.by.slice(0, 4)) : undefined;
  const t = `${formatValue(target, unit)}${timing.by ? ` for ${formatPartialDate(timing.by)}` : ''}`;
  const reached =
    polarity === 'higher-is-better' ? value >= target : polarity === 'lower-is-better' ? value <= target : undefined;
  if (reached) return `${subject} (${v}) has reached ${targetName} of ${t}.`;
  const side = value === target ? 'at' : value > target ? 'above' : 'below';
  const figureYear = periodEndYear(timing.period);
  // Before the target's year (or with no period to say otherwise) there is still time to meet it.
  const notYet = byYear !== undefined && (figureYear === undefined || figureYear < byYear);
  const verdict =
    reached === false
      ? notYet
        ? `, so the target is not yet met${timing.period ? ` (figures for ${timing.period})` : ''}`
        : ', so the target is not met'
      : '';
  return `${subject} (${v}) is ${side} ${targetName} of ${t}${verdict}.`;
}

/** "Camden’s figure rose from 63% (2014/15) to 73% (2018/19); higher is better." */
export function trendTakeaway(
  subject: string,
  first: { value: number; period: string },
  last: { value: number; period: string },
  unit: Unit,
  polarity: Polarity,
): string {
  const from = `${formatValue(first.value, unit)} (${first.period})`;
  const to = `${formatValue(last.value, unit)} (${last.period})`;
  if (first.value === last.value)
    return `${possessive(subject)} figure was ${formatValue(last.value, unit)} in both ${first.period} and ${last.period}.`;
  const verb = last.value > first.value ? 'rose' : 'fell';
  const clause = POLARITY_CLAUSE[polarity];
  return `${possessive(subject)} figure ${verb} from ${from} to ${to}${clause ? `; ${clause}` : ''}.`;
}
