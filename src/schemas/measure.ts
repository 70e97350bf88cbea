// A measure: an indicator the strategy uses to show where things stand, with
// values by period, comparators (London, England, a threshold) and a target.
import { z } from 'astro/zod';
import { partialDate, period, slug, sourceRef, text } from './common.ts';
import { verbatim } from './verbatim.ts';

/** How a measure's numbers are expressed. */
export const UNITS = [
  'percent',
  'count',
  'per-1000',
  'per-100000',
  'standardised-ratio',
  'times',
  'years',
  'pounds',
  'rank',
  'score',
] as const;
export const unit = z.enum(UNITS);
export type Unit = z.output<typeof unit>;

/** Which direction is better, if the source or common public-health practice says so. */
export const POLARITIES = ['higher-is-better', 'lower-is-better', 'not-stated'] as const;
export const polarity = z.enum(POLARITIES);
export type Polarity = z.output<typeof polarity>;

/** How this place's value relates to a comparator, in the source's own words. */
export const RELATIONS = ['higher', 'lower', 'similar'] as const;

/** One figure for one period. */
export const measureValue = z.strictObject({
  /** The period the figure covers, as printed: "2018/19", "2017", "2020-21" (a bare year needs no quotes). Leave out if the source gives none. */
  period: period.optional(),
  /** The number itself, without % or commas. */
  value: z.number({ error: 'must be a number without % or commas, like 66.4' }),
  /** The unit, only if you want to state it here too; it must match the measure's unit. */
  unit: unit.optional(),
  /** The figure exactly as the source prints it, e.g. "8954" or "19% percent", when that differs from the plain number. */
  asPrinted: verbatim(text).optional(),
  /** Anything a reader needs to know about this figure. */
  note: text.optional(),
});
export type MeasureValue = z.output<typeof measureValue>;

/** What kind of thing a comparator is. */
export const COMPARATOR_KINDS = ['region', 'country', 'area', 'threshold', 'other'] as const;

/** Another figure to compare with: London, England, another area, or a threshold. */
export const comparator = z.strictObject({
  /** Who or what is being compared, as the source names it: "London", "England", "Kursaal". */
  label: text,
  /** What kind of comparator this is. */
  kind: z.enum(COMPARATOR_KINDS),
  /** The comparator's figure. Leave out when the source compares in words only ("similar to the London average"). */
  value: z.number({ error: 'must be a number without % or commas' }).optional(),
  /** The period of the comparator's figure, when the source gives it. */
  period: period.optional(),
  /** The figure exactly as printed, when that differs from the plain number. */
  asPrinted: verbatim(text).optional(),
  /** How the place compares, as the source says it in words. Only fill this in when the source says so. */
  relation: z.enum(RELATIONS).optional(),
  /** True only when the source says the difference is statistically significant. */
  significant: z.boolean().optional(),
  /** Anything a reader needs to know, e.g. "the source compares with England 142.6, not 100". */
  note: text.optional(),
});
export type Comparator = z.output<typeof comparator>;

/** A level the partnership aims for, or must reach. */
export const target = z.strictObject({
  /** The target figure. */
  value: z.number({ error: 'must be a number without % or commas' }),
  /** What the target is, in plain words: "needed for herd immunity", "Borough Manifesto target". */
  label: text,
  /** When it should be reached, as precise as the source says. Leave out if the source gives no date. */
  by: partialDate.optional(),
  /** The figure or wording exactly as printed, when that differs. */
  asPrinted: verbatim(text).optional(),
  /** Anything a reader needs to know about the target. */
  note: text.optional(),
});
export type Target = z.output<typeof target>;

/** An indicator with its figures. */
export const measure = z.strictObject({
  /** Stable id, unique in the strategy; used in links, so do not change it once published. */
  id: slug,
  /** The priority this measure belongs to. Leave out for a context figure that describes the whole place. */
  priority: slug.optional(),
  /** What is measured, in plain English: "Children with a good level of development at age 5". */
  label: text,
  /**
   * The measure's name exactly as the source prints it, when the source names the measure (e.g. in a list
   * of outcome measures or a survey question). Leave out when the figure comes from a sentence.
   */
  name: verbatim(text).optional(),
  /**
   * Who or what the figures describe, when that is not the place(s) the strategy or update covers,
   * e.g. "Mid and South Essex" for a figure about the whole integrated care system. Shown as the row label.
   */
  subject: text.optional(),
  /** One or two sentences explaining the measure for a resident. */
  description: text.optional(),
  /** How the numbers are expressed. */
  unit,
  /** The unit in words as the source gives it, e.g. "live births per 1,000 population". */
  unitLabel: text.optional(),
  /** Whether a higher or a lower figure is better. Use "not-stated" when it is not clear-cut. */
  polarity,
  /** The figures, oldest first. Leave empty when the source names the measure but gives no figure. */
  values: z.array(measureValue).default([]),
  /** Figures to compare with. */
  comparators: z.array(comparator).default([]),
  /** A target, if the source sets one. */
  target: target.optional(),
  /** What the source says about data that is not there yet, e.g. "data coming soon". */
  dataNote: text.optional(),
  /** Where the figures come from. */
  source: sourceRef,
  /**
   * Written by `npm run import`: the page, line and words of the document this was drafted from. Check the
   * entry against the document, correct it, then delete this line: the check refuses a file that still has one.
   */
  unreviewed: text.optional(),
  /** Also tag this measure with these themes (its priority's themes apply already). */
  themes: z.array(slug).default([]),
});
export type Measure = z.output<typeof measure>;

/** Units whose values must lie between 0 and 100. */
export const PERCENT_UNITS: ReadonlySet<Unit> = new Set(['percent']);

/** Date a measure's figures were last confirmed against the source (kept on the strategy). */
export const confirmedDate = partialDate;
