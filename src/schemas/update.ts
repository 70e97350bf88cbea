// An update: a board report, progress note or news item tied to a strategy and a date.
import { z } from 'astro/zod';
import { partialDate, slug, sourceDocument, text } from './common.ts';
import { measure } from './measure.ts';
import { sourceFact } from './fact.ts';

export const UPDATE_KINDS = ['board-report', 'progress', 'minutes', 'campaign', 'news'] as const;

export const update = z.strictObject({
  /** A plain-English headline. */
  title: text,
  /** The date of the meeting or report, as precise as the source says. */
  date: partialDate.optional(),
  /** The date exactly as printed, when it is not a full date (e.g. "9 November", no year). */
  dateAsPrinted: text.optional(),
  /** What kind of update this is. */
  kind: z.enum(UPDATE_KINDS),
  /** The strategy it is about (an id from content/strategies). */
  strategy: slug,
  /** The places it concerns. */
  places: z.array(slug).min(1),
  /** Themes it touches. */
  themes: z.array(slug).default([]),
  /** Priorities of the strategy it is about. */
  priorities: z.array(slug).default([]),
  /** One or two plain-English sentences for lists and feeds. */
  summary: text,
  /** What the board was asked to do or decide. */
  asks: z.array(text).default([]),
  /** What happens next. */
  nextSteps: z.array(text).default([]),
  /** Figures the update reports. */
  figures: z.array(measure).default([]),
  /** Facts the report states in a sentence, quoted as printed (their source is this update's document). */
  facts: z.array(sourceFact).default([]),
  /** Anything a reader needs to know, e.g. a report dated before the meeting it was written for. */
  note: text.optional(),
  /** The document it comes from. */
  source: sourceDocument,
});
export type Update = z.output<typeof update>;
