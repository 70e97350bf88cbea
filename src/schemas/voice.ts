// Resident voice: what residents said they expect, in their own words.
import { z } from 'astro/zod';
import { inShort, slug, sourceRef, text } from './common.ts';
import { verbatim } from './verbatim.ts';

export const VOICE_KINDS = [
  'citizens-assembly-expectation',
  'citizens-assembly-priority',
  'i-statement',
  'resident-insight',
] as const;

export const residentVoice = z.strictObject({
  /** Stable id, unique in the strategy. */
  id: slug,
  /** What kind of statement this is. */
  kind: z.enum(VOICE_KINDS),
  /** Its number in the source, if it has one (e.g. I statement 7). */
  number: z.number().int().positive().optional(),
  /** The statement, exactly as printed when `quote` is true (I statements, residents' words). */
  text: verbatim(text),
  /** The statement in plain English, shown as "In short" beside a quote. */
  inShort: inShort.optional(),
  /** True when `text` is a direct quote from the source; false when it is our plain-English summary. */
  quote: z.boolean().default(true),
  /** The heading the source prints it under, when that matters. */
  heading: text.optional(),
  /** Anything a reader needs to know, e.g. that the source prints it twice. */
  note: text.optional(),
  /** The priority it relates to, if any. */
  priority: slug.optional(),
  /** Where it comes from. */
  source: sourceRef,
});
export type ResidentVoice = z.output<typeof residentVoice>;
export type VoiceKind = (typeof VOICE_KINDS)[number];
