// Actions and commitments: what the partnership says it will do, by when, who leads,
// and how it will know it made a difference.
import { z } from 'astro/zod';
import { inShort, partialDate, slug, sourceRef, text } from './common.ts';
import { verbatim } from './verbatim.ts';

/** Where an action stands. "not-stated" means no progress has been published. */
export const ACTION_STATUSES = [
  'not-stated',
  'not-started',
  'in-progress',
  'ongoing',
  'done',
  'dropped',
] as const;
export const actionStatus = z.enum(ACTION_STATUSES);
export type ActionStatus = z.output<typeof actionStatus>;

/**
 * Kinds of thing the partnership says it will do. An "action" is a row in an
 * action plan; a "commitment" is a numbered promise such as W12 or I7; a "pledge"
 * is a promise the source calls a pledge.
 */
export const ACTION_KINDS = ['action', 'commitment', 'pledge'] as const;

export const action = z.strictObject({
  /** Stable id, unique in the strategy; used in links. */
  id: slug,
  /** The source's own code, e.g. "W12" or "I7", when it has one. */
  code: text.optional(),
  /** What sort of promise this is. */
  kind: z.enum(ACTION_KINDS).default('action'),
  /** Whose voice the source uses: "we" (the organisations) or "i" (a resident's "I will" statement). */
  voice: z.enum(['we', 'i']).default('we'),
  /** The priority this belongs to. */
  priority: slug,
  /** The sub-theme of the priority, or the action plan's theme, when the source groups rows. */
  subTheme: slug.optional(),
  /** What will be done, exactly as the source prints it (the action or commitment's own words). */
  what: verbatim(text),
  /** What will be done in plain English, shown as "In short" beside the printed wording. */
  inShort: inShort.optional(),
  /** Details or steps listed under the action. */
  details: z.array(text).default([]),
  /** How we will know it is making a difference. */
  howWeKnow: z.array(text).default([]),
  /** Expected outcomes, when the source lists them separately. */
  outcomes: z.array(text).default([]),
  /** What the board itself will do about this. */
  boardRole: text.optional(),
  /** Who leads or delivers it, as the source names them. */
  leads: z.array(text).default([]),
  /** When it is due, as precise as the source says (e.g. 2023-09). Leave out if the source gives no date. */
  due: partialDate.optional(),
  /** The due date exactly as printed, e.g. "09/23 and ongoing". */
  dueAsPrinted: text.optional(),
  /** True when the source says the work carries on after the due date. */
  ongoing: z.boolean().default(false),
  /** Where it stands. Only change this when a published source says so. */
  status: actionStatus.default('not-stated'),
  /** When the status was last confirmed. Required for any status other than "not-stated". */
  statusConfirmed: partialDate.optional(),
  /** What the progress report said, in a sentence. */
  statusNote: text.optional(),
  /** The id of the update (board report) that recorded the status. */
  statusSource: text.optional(),
  /** The code or text exactly as printed, when the source prints it oddly (e.g. "18" for I8). */
  asPrinted: verbatim(text).optional(),
  /** Anything a reader needs to know about how the source prints this (e.g. text cut short). */
  note: text.optional(),
  /** Where this comes from. */
  source: sourceRef,
  /**
   * Written by `npm run import`: the page, line and words of the document this was drafted from. Check the
   * entry against the document, correct it, then delete this line: the check refuses a file that still has one.
   */
  unreviewed: text.optional(),
});
export type Action = z.output<typeof action>;
