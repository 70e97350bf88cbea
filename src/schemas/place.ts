// A place: a council area whose health and wellbeing board publishes a strategy.
import { z } from 'astro/zod';
import { partialDate, slug, text } from './common.ts';

export const PLACE_KINDS = [
  'london-borough',
  'metropolitan-borough',
  'unitary-authority',
  'city-council',
  'county-council',
  'integrated-care-system',
] as const;

export const place = z.strictObject({
  /** The place's name, e.g. "Barking and Dagenham". */
  name: text,
  /** The council's official name, e.g. "London Borough of Barking and Dagenham". */
  council: text,
  /** What kind of council it is. */
  kind: z.enum(PLACE_KINDS),
  /** The region, e.g. "London" or "East of England". */
  region: text,
  /** The integrated care system it belongs to, e.g. "North Central London". */
  integratedCareSystem: text.optional(),
  /**
   * Towns, neighbourhoods and wards in the place that residents may look for, spelt as the source
   * documents print them (e.g. "Shoeburyness", "SS9"). They are listed in the find-your-place index so a
   * resident who knows their town but not their council can find it. Name only areas the sources place
   * inside this council's boundary; an area that belongs to a neighbouring council goes on that council.
   */
  covers: z.array(text).optional(),
  /** The council's website. */
  website: z.url({ protocol: /^https$/ }),
  /** How residents can contact the health and wellbeing board. */
  contact: z
    .strictObject({
      /** The board's email address. */
      email: z.email().optional(),
      /** A web page with contact details or a contact form. */
      url: z.url({ protocol: /^https$/ }).optional(),
      /** Anything else residents need to know to get in touch. */
      note: text.optional(),
    })
    .optional(),
  /** A sentence about the place for residents. */
  summary: text,
  /** Earlier web addresses (slugs) of this place, so that old links keep working. */
  oldSlugs: z.array(slug).default([]),
  /** When this entry was last checked. */
  lastReviewed: partialDate,
});
export type Place = z.output<typeof place>;
