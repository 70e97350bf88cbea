// A strategy: the structured frontmatter of one MDX file in content/strategies.
// The body of the file is the plain-English introduction residents read first.
import { z } from 'astro/zod';
import { inShort, partialDate, slug, sourceDocument, text, year } from './common.ts';
import { verbatim } from './verbatim.ts';
import { sourceFact } from './fact.ts';
import { priority } from './priority.ts';
import { measure } from './measure.ts';
import { action } from './action.ts';
import { residentVoice } from './voice.ts';

export const STRATEGY_STATUSES = [
  'in-development',
  'draft',
  'adopted',
  'under-review',
  'superseded',
] as const;
export const strategyStatus = z.enum(STRATEGY_STATUSES);
export type StrategyStatus = z.output<typeof strategyStatus>;

/** A guiding principle and the points listed under it. */
export const principle = z.strictObject({
  /** Stable id, unique in the strategy. */
  id: slug,
  /** The principle's name exactly as the source prints it. */
  title: verbatim(text),
  /** Its points, in plain English. */
  points: z.array(text).default([]),
});

/** One item of a list the strategy carries that fits nowhere else (enablers, ways of working). */
export const namedItem = z.strictObject({
  /** Stable id, unique in its list. */
  id: slug,
  /** The item's name as the source gives it. */
  title: text,
  /** What it means, in plain English. */
  summary: text.optional(),
  /** Points listed under it. */
  points: z.array(text).default([]),
});

export const strategy = z
  .strictObject({
    /** The strategy's title exactly as published. */
    title: text,
    /** A shorter name for lists, e.g. "Camden 2022-30". */
    shortTitle: text.optional(),
    /** The places it covers (ids from content/places). A system-wide strategy lists several. */
    places: z.array(slug).min(1, { error: 'needs at least one place from content/places' }),
    /** Places it covers that have no page on this site, in words, e.g. "Essex and Thurrock". */
    alsoCovers: text.optional(),
    /** The board or partnership that owns it. */
    owner: text,
    /** Start and end year. Leave out when the source gives none. */
    period: z
      .strictObject(
        {
          /** The first year the strategy covers. */
          start: year,
          /** The last year the strategy covers. */
          end: year,
        },
        {
          // A strategy's period is two years; say how to write them rather than "must be a group of fields".
          error: (issue) =>
            issue.code === 'invalid_type' ? 'must give the first and last years, written like period: { start: 2022, end: 2030 }' : undefined,
        },
      )
      .refine((p) => p.end >= p.start, { error: 'end year must not be before the start year', path: ['end'] })
      .optional(),
    /** Where the strategy is in its life. */
    status: strategyStatus,
    /** The status in a sentence, with the source's dates, e.g. "Signed off by the board on 23 March". */
    statusNote: text.optional(),
    /** When it was published or agreed, as precise as the source says. */
    published: partialDate.optional(),
    /** When this site's copy was last checked against the source documents. */
    lastReviewed: partialDate,
    /** When this site's copy should next be checked. */
    nextReviewDue: partialDate,
    /** The vision exactly as the source prints it. */
    vision: verbatim(text).optional(),
    /** The vision in plain English, shown as "In short" beside it. */
    visionInShort: inShort.optional(),
    /** A one-paragraph plain-English summary for lists and search results. */
    summary: text,
    /** Guiding principles. */
    principles: z.array(principle).default([]),
    /** Enablers, ways of working, areas of work: lists the source gives beside its priorities. */
    approaches: z
      .array(
        z.strictObject({
          /** Stable id, unique in the strategy. */
          id: slug,
          /** The list's heading, e.g. "Ways of working". */
          title: text,
          /** The items in the list, in the source's order. */
          items: z.array(namedItem).min(1),
        }),
      )
      .default([]),
    /** How the strategy is governed, in plain English. */
    governance: text.optional(),
    /** The priorities, in the source's order. */
    priorities: z.array(priority).min(1, { error: 'needs at least one priority' }),
    /** Indicators with figures. */
    measures: z.array(measure).default([]),
    /** Actions and numbered commitments. */
    actions: z.array(action).default([]),
    /** What residents said. */
    residentVoice: z.array(residentVoice).default([]),
    /** Facts the source states in a sentence (where a model comes from, a comparison), quoted as printed. */
    facts: z.array(sourceFact).default([]),
    /** The documents the facts come from. */
    sources: z.array(sourceDocument).min(1, { error: 'needs at least one source document' }),
    /** Earlier web addresses (slugs) of this strategy, so that old links keep working. */
    oldSlugs: z.array(slug).default([]),
  });
export type Strategy = z.output<typeof strategy>;
export type StrategyInput = z.input<typeof strategy>;
