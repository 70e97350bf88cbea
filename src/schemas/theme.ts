// The shared theme list used to compare places, with the words residents use for each.
import { z } from 'astro/zod';
import { text } from './common.ts';

export const theme = z.strictObject({
  /** The theme's name, e.g. "Social connection and loneliness". */
  title: text,
  /** One sentence on what the theme covers. */
  summary: text,
  /** Words residents might search for, e.g. lonely, isolation. Add more any time. */
  synonyms: z.array(text).default([]),
  /** Position in lists (lower first). */
  order: z.number().int().default(100),
});
export type Theme = z.output<typeof theme>;
