// A glossary term, explained in plain English and linked from pages where it is used.
import { z } from 'astro/zod';
import { slug, text } from './common.ts';

export const glossaryTerm = z.strictObject({
  /** The term in full, e.g. "Integrated care system". */
  term: text,
  /** Its abbreviation, if it has one, e.g. "ICS". */
  abbreviation: text.optional(),
  /** Other spellings or forms. */
  aliases: z.array(text).default([]),
  /** What it means, in one to three plain-English sentences. */
  definition: text,
  /** Places where the term is used in a special local sense. */
  places: z.array(slug).default([]),
});
export type GlossaryTerm = z.output<typeof glossaryTerm>;
