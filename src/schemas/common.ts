// Field types shared by every content concept: ids, dates, periods, sources.
import { z } from 'astro/zod';

/** What an id may look like: lower-case letters and numbers in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A lower-case id made of letters, numbers and hyphens, used in URLs and cross-references. */
export const slug = z
  .string()
  .regex(SLUG_PATTERN, {
    error: 'must be lower-case letters, numbers and single hyphens, like "good-work"',
  });

/** Plain text that must say something. */
export const text = z.string().trim().min(1, { error: 'must not be empty' });

/** A date as precise as its source: YYYY, YYYY-MM or YYYY-MM-DD (year, month and day captured). */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when a YYYY, YYYY-MM or YYYY-MM-DD string names a real calendar date. */
export function isRealPartialDate(value: string): boolean {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return year >= 1900 && year <= 2100;
  const month = Number(m);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/**
 * A date as precise as the source gives it: "2023" (a year), "2023-09" (a month)
 * or "2023-03-06" (a day). YAML may hand us a Date or a number; both are
 * turned back into this text form so the site never adds precision the source lacks.
 */
export const partialDate = z
  .union([
    z.date().transform((d) => d.toISOString().slice(0, 10)),
    z.number().int().transform((n) => String(n)),
    z.string(),
  ])
  .pipe(
    z.string().refine(isRealPartialDate, {
      error: 'must be a real date written as YYYY, YYYY-MM or YYYY-MM-DD, like 2023-09 or 2023-03-06',
    }),
  );
export type PartialDate = z.output<typeof partialDate>;

/** A calendar year. */
export const year = z.number().int().min(1900).max(2100);

/** Where a fact was found: a source document listed on the strategy (or update) and a page. */
export const sourceRef = z.strictObject({
  /** The id of a document in the strategy's `sources` list. */
  document: slug,
  /** Page or slide number(s) in that document, as printed, e.g. "23" or "23-25". */
  page: z.union([z.number().int().positive(), text]).optional(),
});
export type SourceRef = z.output<typeof sourceRef>;

/** A published document that the site's facts come from. */
export const sourceDocument = z.strictObject({
  /** Short id used by `source.document` on measures and actions. */
  id: slug,
  /** The document's title as published. */
  title: text,
  /** Who published it (council, NHS body, board). */
  publisher: text,
  /** Publication or meeting date, as precise as the document gives it. Leave out if the document gives none. */
  date: partialDate.optional(),
  /** The date exactly as the document prints it, when that is not a full date (e.g. "9 November", no year). */
  dateAsPrinted: text.optional(),
  /**
   * Web address of the document; "not online" when it is not published on the web;
   * "not stated" when our copy of the document does not say where it is published.
   */
  url: z.union([z.url({ protocol: /^https?$/ }), z.literal('not online'), z.literal('not stated')]),
  /** Pages of the document that the site draws on, e.g. "1-42". */
  pages: text.optional(),
  /** Anything a reader should know about the document (e.g. known printing errors). */
  note: text.optional(),
});
export type SourceDocument = z.output<typeof sourceDocument>;

/** Stages of life that a priority or action is aimed at. */
export const LIFE_STAGES = [
  'pregnancy-and-early-years',
  'children-and-young-people',
  'working-age-adults',
  'older-people',
  'all-ages',
] as const;
export const lifeStage = z.enum(LIFE_STAGES);
export type LifeStage = z.output<typeof lifeStage>;
