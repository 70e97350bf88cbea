// What a strategy's source document says that the site leaves out on purpose, and why: the reviewed list that
// `npm run coverage` counts instead of listing again (content/coverage/<strategy id>.yaml). Comms officers own it.
// It is data for the report and the checks; no page shows it.
import { z } from 'astro/zod';
import { slug, text } from './common.ts';

/** Plain text: no markup, because this list is a record for reviewers, never a place for HTML or code. */
const plainText = text.refine((value) => !/[<>]/.test(value), {
  error: 'must be plain text: remove the < and > characters (no HTML or markup)',
});

export const leftOutItem = z.strictObject({
  /**
   * A span of the source document exactly as printed: the statement or the sentence with the figure (copy it from
   * the coverage report). It must include the "we will" words or the figure it answers for.
   */
  quote: text,
  /** Why the site does not carry it, in plain English, e.g. "Meeting logistics, not part of the strategy." */
  reason: plainText,
  /** The id of the action, measure, priority or other part of the strategy that already says this, if one does. */
  coveredBy: slug.optional(),
});
export type LeftOutItem = z.output<typeof leftOutItem>;

export const coverageReview = z.strictObject({
  /**
   * The id of the strategy's source document (in its `sources`) that the quotes come from. Needed only when more
   * than one of its sources has a text copy.
   */
  document: slug.optional(),
  /** Each thing the coverage report finds that the site leaves out, with the reason. */
  leftOut: z.array(leftOutItem).default([]),
});
export type CoverageReview = z.output<typeof coverageReview>;
