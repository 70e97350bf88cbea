// A fact the source states in a sentence rather than a figure or a commitment, quoted exactly as
// printed so a reader holding the document can find it (e.g. where a model comes from).
import { z } from 'astro/zod';
import { slug, sourceRef, text } from './common.ts';

export const sourceFact = z.strictObject({
  /** Stable id, unique in the strategy or update; used as the anchor `#fact-<id>`. */
  id: slug,
  /** The sentence exactly as printed in the source, typing slips and all (verbatim). */
  quote: text,
  /** The same in plain English, when the quote needs it. Shown beside the quote, labelled "In short". */
  inShort: text.optional(),
  /** The priority of the strategy it belongs to, if any. */
  priority: slug.optional(),
  /** Anything a reader needs to know about the quote, e.g. where the source prints it. */
  note: text.optional(),
  /** Where it is printed: a document in the strategy's sources (or the update's source) and a page. */
  source: sourceRef,
});
export type SourceFact = z.output<typeof sourceFact>;
