// An area profile: indicators for a neighbourhood (e.g. a primary care network) against England.
import { z } from 'astro/zod';
import { partialDate, period, slug, sourceDocument, text } from './common.ts';
import { verbatim } from './verbatim.ts';
import { comparator, polarity, unit } from './measure.ts';

export const areaIndicator = z.strictObject({
  /** Stable id, unique in the profile. */
  id: slug,
  /** The profile section it sits in, e.g. "Maternity", "Chronic respiratory disease". */
  group: text,
  /** What is measured, in plain English. */
  label: text,
  /** How the figure is expressed. */
  unit,
  /** The unit in the source's words, e.g. "SAR" or "per 100,000 population". */
  unitLabel: text.optional(),
  /** Whether higher or lower is better. */
  polarity,
  /**
   * Who or what the figure is for, as the source names it, when that is not the whole area: a ward
   * ("Canvey Island South Ward") or a larger area ("Castle Point & Rochford"). Shown as the row label,
   * the chart's bar and the takeaway's subject, so a ward's figure is never credited to the area.
   */
  subject: text.optional(),
  /** The figure, for the area or for the `subject` when there is one. */
  value: z.number({ error: 'must be a number without % or commas' }),
  /** The figure exactly as printed, when that differs. */
  asPrinted: verbatim(text).optional(),
  /** The period, when the source gives it. */
  period: period.optional(),
  /** The source's own headline for this figure, e.g. "Very high emergency admission rates for COPD". */
  headline: verbatim(text).optional(),
  /** Figures to compare with (England, nearby areas). */
  comparators: z.array(comparator).default([]),
  /** Anything a reader needs to know. */
  note: text.optional(),
  /** Themes from the shared list. */
  themes: z.array(slug).default([]),
});
export type AreaIndicator = z.output<typeof areaIndicator>;

export const area = z.strictObject({
  /** The area's name exactly as the source prints it, e.g. "Southend Victoria". */
  name: verbatim(text),
  /** What kind of area this is. */
  kind: z.enum(['primary-care-network', 'locality', 'ward']),
  /** The place it is in (an id from content/places). */
  place: slug,
  /** The strategy or plan the profile belongs to, if it is on the site. */
  strategy: slug.optional(),
  /** Smaller areas the profile mentions, e.g. wards or practices. */
  includes: z.array(text).default([]),
  /** Two or three plain-English sentences on what stands out. */
  summary: text,
  /** The indicators. */
  indicators: z.array(areaIndicator).min(1),
  /** Where the profile comes from. */
  source: sourceDocument,
  /** Page of the source. */
  page: z.union([z.number().int().positive(), text]).optional(),
  /** Anything a reader needs to know about the profile. */
  note: text.optional(),
  /** When this entry was last checked. */
  lastReviewed: partialDate,
});
export type Area = z.output<typeof area>;
