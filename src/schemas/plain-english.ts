// Settings for the plain-English advice in `npm run check` (content/plain-english.yaml).
import { z } from 'astro/zod';
import { text } from './common.ts';

export const plainEnglishSettings = z.strictObject({
  /** Summaries whose reading age is above this get a warning. GOV.UK aims for 9. */
  targetReadingAge: z.number().int().min(5).max(25),
  /** Sentences with more words than this get a warning. GOV.UK suggests 25. */
  maxSentenceWords: z.number().int().min(5),
  /** Words and phrases to avoid, each with what to write instead. */
  wordsToAvoid: z
    .array(
      z.strictObject({
        /** The word or phrase, e.g. "going forward". */
        word: text,
        /** What to write instead. */
        suggestion: text,
        /** Set to "adjective" to flag the word only when it describes the next word ("key priorities"). */
        only: z.literal('adjective').optional(),
      }),
    )
    .default([]),
  /** Capitalised abbreviations that need no glossary entry, e.g. UK. */
  allowedAcronyms: z.array(text).default([]),
});
export type PlainEnglishSettings = z.output<typeof plainEnglishSettings>;
export type WordToAvoid = PlainEnglishSettings['wordsToAvoid'][number];
