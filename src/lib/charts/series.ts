// What a chart shows, worked out from a measure or a profile indicator: which bars, which reference
// lines, in what order, the title, the takeaway and the accessible description. Pure data, no drawing.
// Only figures the content holds are drawn: a comparator given in words only is left out of the
// picture (the takeaway and the table still say what the source says).
import type { Comparator, Measure, MeasureValue, Polarity, Unit } from '../../schemas/measure.ts';
import type { AreaIndicator } from '../../schemas/area.ts';
import { formatNumber, formatValue } from '../format.ts';
import { indicatorSubject } from '../areas.ts';
import { printedInWords } from '../printed.ts';
import { comparatorTakeaway, targetTakeaway, trendTakeaway } from './takeaway.ts';

/** How many characters of period labels fit side by side under the columns on a phone ("2014/15" x 4). */
const COLUMN_LABEL_CHARACTERS = 28;

export type ChartKind = 'comparison' | 'trend' | 'target';

export interface ChartBar {
  label: string;
  value: number;
  /** The number as printed on the chart: "66.4%", "240.1". */
  display: string;
  /** The place or area the chart is about: drawn solid, with a bold label. */
  highlight: boolean;
}

export interface ReferenceLine {
  label: string;
  value: number;
  display: string;
}

export interface ChartSpec {
  kind: ChartKind;
  /** Bars run left to right (comparisons, targets) or stand up as columns (change over time). */
  orientation: 'horizontal' | 'vertical';
  /** The chart's accessible name: the measure and what it is compared with. */
  title: string;
  /** The title without the measure's name, for a caption under a heading that already gives it. */
  shortTitle: string;
  takeaway: string;
  /** A text alternative listing every figure the chart draws. */
  description: string;
  bars: ChartBar[];
  references: ReferenceLine[];
  /** The value at the far end of the value axis; the axis always starts at zero. */
  axisMax: number;
  unit: Unit;
  /** Periods of the figures drawn, as printed, oldest first, without repeats. */
  periods: string[];
}

/** The number on a bar: percentages and pounds keep their sign; other units are named in the caption. */
export function barLabel(value: number, unit: Unit): string {
  return unit === 'percent' || unit === 'pounds' ? formatValue(value, unit) : formatNumber(value);
}

/**
 * The end of the value axis: the largest figure with room for its label after the bar, rounded up
 * to two significant figures. The axis has no tick labels, so only bar lengths need be in proportion.
 */
export function axisMaxFor(values: number[]): number {
  const largest = Math.max(0, ...values);
  if (largest === 0) return 1;
  const padded = largest * 1.3;
  const step = 10 ** Math.floor(Math.log10(padded)) / 10;
  return Number((Math.ceil(padded / step) * step).toPrecision(12));
}

const bar = (label: string, value: number, unit: Unit, highlight = false): ChartBar => ({
  label,
  value,
  display: barLabel(value, unit),
  highlight,
});
const line = (label: string, value: number, unit: Unit): ReferenceLine => ({
  label,
  value,
  display: barLabel(value, unit),
});

function describe(bars: ChartBar[], references: ReferenceLine[], unit: Unit, takeaway: string): string {
  const figures = [
    ...bars.map((b) => `${b.label}: ${formatValue(b.value, unit)}`),
    ...references.map((r) => `${r.label}: ${formatValue(r.value, unit)}`),
  ];
  return `${takeaway} Figures shown: ${figures.join('; ')}.`;
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function uniquePeriods(periods: (string | undefined)[]): string[] {
  return [...new Set(periods.filter((p): p is string => p !== undefined))];
}

/** Comparators in the order a takeaway should pick from: the country, then the region, then the rest. */
const KIND_ORDER: Comparator['kind'][] = ['country', 'region', 'area', 'other', 'threshold'];
function headlineComparator(comparators: Comparator[]): Comparator | undefined {
  return [...comparators].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))[0];
}

/** A time series: every figure has its own period, and no period repeats. */
function isTrend(values: MeasureValue[]): values is (MeasureValue & { period: string })[] {
  return (
    values.length >= 2 &&
    values.every((v) => v.period !== undefined) &&
    new Set(values.map((v) => v.period)).size === values.length
  );
}

interface Figures {
  label: string;
  subject: string;
  unit: Unit;
  polarity: Polarity;
  values: MeasureValue[];
  comparators: Comparator[];
  target?: { value: number; label: string; by?: string | undefined } | undefined;
}

function spec(
  kind: ChartKind,
  f: Figures,
  bars: ChartBar[],
  references: ReferenceLine[],
  takeaway: string,
  periods: string[],
): ChartSpec {
  const others = [
    ...bars.filter((b) => !b.highlight).map((b) => b.label),
    ...references.map((r) => (r.label === 'Target' ? 'the target' : r.label)),
  ];
  const shortTitle = {
    comparison: `${f.subject} compared with ${listInWords(others)}`,
    trend: `${f.subject}, ${periods[0]} to ${periods.at(-1)}`,
    target: `${f.subject} against the target`,
  }[kind];
  return {
    kind,
    // Columns for change over time, unless a period is too long to sit under a column on a phone.
    orientation:
      kind === 'trend' && bars.length * Math.max(...bars.map((b) => b.label.length)) <= COLUMN_LABEL_CHARACTERS
        ? 'vertical'
        : 'horizontal',
    title: `${f.label}: ${shortTitle}`,
    shortTitle,
    takeaway,
    description: describe(bars, references, f.unit, takeaway),
    bars,
    references,
    axisMax: axisMaxFor([...bars.map((b) => b.value), ...references.map((r) => r.value)]),
    unit: f.unit,
    periods,
  };
}

/**
 * Comparators drawn as reference lines rather than bars. For a measure, thresholds and targets;
 * for a neighbourhood profile, also England and the region, so that each small multiple reads
 * "this area against England" at the figure the profile gives (e.g. England 142.6 for COPD).
 */
function chartFor(f: Figures, referenceKinds: ReadonlySet<Comparator['kind']>): ChartSpec | undefined {
  // A figure the source gives in words ("over a third") is not drawn: a bar would show our derived number
  // as if it were printed. The table shows the words, with the derived number labelled as ours.
  if (f.values.some((v) => printedInWords(v.asPrinted))) return undefined;
  const latest = f.values.at(-1);
  const drawable = f.comparators.filter((c): c is Comparator & { value: number } => c.value !== undefined);
  const asBars = drawable.filter((c) => !referenceKinds.has(c.kind));
  const asLines = drawable.filter((c) => referenceKinds.has(c.kind));
  const targetLine = f.target ? [line('Target', f.target.value, f.unit)] : [];
  const headline = headlineComparator(f.comparators.filter((c) => c.kind !== 'threshold'));
  const comparatorSentence = headline && comparatorTakeaway(f.subject, latest?.value, f.unit, f.polarity, headline);

  if (isTrend(f.values) && drawable.length === 0) {
    const bars = f.values.map((v, i) => bar(v.period, v.value, f.unit, i === f.values.length - 1));
    const takeaway = trendTakeaway(f.subject, f.values[0]!, f.values.at(-1)!, f.unit, f.polarity);
    return spec(
      'trend',
      f,
      bars,
      targetLine,
      takeaway,
      f.values.map((v) => v.period),
    );
  }
  if (!latest) return undefined;
  const subjectBar = bar(f.subject, latest.value, f.unit, true);
  const periods = uniquePeriods([latest.period, ...drawable.map((c) => c.period)]);
  if (drawable.length > 0) {
    const bars = [subjectBar, ...asBars.map((c) => bar(c.label, c.value, f.unit))];
    const references = [...asLines.map((c) => line(c.label, c.value, f.unit)), ...targetLine];
    // A target is the question the strategy itself asks, so it leads; then the comparator.
    const takeaway =
      (f.target
        ? targetTakeaway(f.subject, latest.value, f.unit, f.polarity, f.target.value, undefined, {
            by: f.target.by,
            period: latest.period,
          })
        : undefined) ??
      comparatorSentence ??
      thresholdSentence(f, latest.value, asLines);
    return spec('comparison', f, bars, references, takeaway, periods);
  }
  if (f.target) {
    const takeaway = targetTakeaway(f.subject, latest.value, f.unit, f.polarity, f.target.value, undefined, {
      by: f.target.by,
      period: latest.period,
    });
    return spec('target', f, [subjectBar], targetLine, takeaway, periods);
  }
  return undefined;
}

function thresholdSentence(f: Figures, value: number, lines: (Comparator & { value: number })[]): string {
  const first = lines[0]!;
  return targetTakeaway(f.subject, value, f.unit, f.polarity, first.value, first.label);
}

/** The chart for a strategy's measure, or undefined when there is nothing to compare (one figure alone). */
export function measureChart(measure: Measure, subject: string): ChartSpec | undefined {
  return chartFor(
    {
      label: measure.label,
      subject,
      unit: measure.unit,
      polarity: measure.polarity,
      values: measure.values,
      comparators: measure.comparators,
      target: measure.target,
    },
    new Set(['threshold']),
  );
}

/**
 * The small-multiple chart for a neighbourhood profile indicator: the area against England (or the region).
 * A figure for a ward or a larger area is drawn and described under that subject's name, not the area's.
 */
export function indicatorChart(indicator: AreaIndicator, areaName: string): ChartSpec | undefined {
  return chartFor(
    {
      label: indicator.label,
      subject: indicatorSubject(indicator, areaName),
      unit: indicator.unit,
      polarity: indicator.polarity,
      values: [{ value: indicator.value, period: indicator.period }],
      comparators: indicator.comparators,
    },
    new Set(['country', 'region', 'threshold']),
  );
}
