// Field types shared by every content concept: ids, dates, periods, sources.
import { z } from 'astro/zod';

/** What an id looks like: lower-case letters and numbers in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A lower-case id made of letters, numbers and hyphens, used in URLs and cross-references. */
export const slug = z
  .string()
  .regex(SLUG_PATTERN, {
    error: 'must be lower-case letters, numbers and single hyphens, like "good-work"',
  });

/** Plain text that must say something. */
export const text = z.string().trim().min(1, { error: 'must not be empty' });

/** A plain-English version of official wording, shown labelled "In short" beside the wording as printed. */
export const inShort = text;

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

const YEAR_HINT = 'must be a year written as four digits, like 2024';

/**
 * A calendar year. People write `start: 2024` (a YAML number) or `start: "2024"` (text); both
 * give the number 2024. Anything else is refused with what to type.
 */
export const year = z
  .union([z.number(), z.string().trim().regex(/^\d{4}$/).transform(Number)], { error: 'Write the year as four digits, like 2024' })
  .pipe(z.number().int({ error: YEAR_HINT }).min(1900, { error: YEAR_HINT }).max(2100, { error: YEAR_HINT }));

/**
 * A period exactly as the source prints it: "2018/19", "2017", "2020-21", "Q3 2022". A bare year
 * (`period: 2022`, which YAML reads as a number) gives the same text as `period: "2022"`, and a full
 * date read by a YAML 1.1 loader gives its YYYY-MM-DD text. Any other number (2020.21, 1e3) is
 * refused with what to type, because YAML may already have changed how it looked.
 */
export const period = z
  .union(
    [
      z.date().transform((d) => d.toISOString().slice(0, 10)),
      z.number().int().min(1000).max(9999).transform((n) => String(n)),
      z.string(),
    ],
    { error: 'Write the period exactly as the source prints it, in double quotes, like period: "2020/21" or period: "2022"' },
  )
  .pipe(text);
export type Period = z.output<typeof period>;

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
  /**
   * The file name of a plain-text copy of the document, e.g. "004_ec368397706a6f69.txt", so that
   * `npm run check -- --sources DIR` can find every quote and figure in it as printed.
   */
  text: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/, { error: 'must be a file name ending .txt, like 004_ec368397706a6f69.txt' }).optional(),
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
