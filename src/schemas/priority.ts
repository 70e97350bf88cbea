// A priority: one of the things a strategy says it will focus on, tagged with
// shared themes so that the same topic lines up across places.
import { z } from 'astro/zod';
import { inShort, lifeStage, partialDate, slug, sourceRef, text } from './common.ts';
import { verbatim } from './verbatim.ts';

/** A smaller area of work inside a priority, when the source splits it up. */
export const subTheme = z.strictObject({
  /** Stable id, unique in the strategy. */
  id: slug,
  /** The sub-theme's name exactly as the source prints it. */
  title: verbatim(text),
  /** What it covers, in plain English. */
  summary: text.optional(),
});
export type SubTheme = z.output<typeof subTheme>;

/** What the priority means at one stage of life (e.g. Camden's priority by life-course table). */
export const lifeCourseNote = z.strictObject({
  /** The stage exactly as the source prints it, e.g. "Start well". */
  stage: verbatim(text),
  /** What the priority contributes at that stage, in plain English. */
  summary: text,
});

export const priority = z.strictObject({
  /** Stable id, unique in the strategy; it is the last part of the priority's web address. */
  id: slug,
  /** The priority's name exactly as the source prints it (typing slips kept; say so in `inShort` or a note). */
  title: verbatim(text),
  /** The name in plain English, when the printed name is hard to follow. Shown as "In short" beside it. */
  inShort: inShort.optional(),
  /** What the source calls it: "Short-term priority", "Outcome 3", "Priority area", "Long-term ambition". */
  label: text,
  /** Two or three plain-English sentences: what this is about and why it matters. */
  summary: text,
  /** Themes from the shared list (content/themes), so that places can be compared. */
  themes: z.array(slug).min(1, { error: 'needs at least one theme from content/themes' }),
  /** Stages of life it is aimed at. */
  lifeStages: z.array(lifeStage).default([]),
  /** Groups of people it is aimed at, as the source names them. */
  groups: z.array(text).default([]),
  /** Smaller areas of work inside it. */
  subThemes: z.array(subTheme).default([]),
  /** What it means at each stage of life, when the source says. */
  lifeCourse: z.array(lifeCourseNote).default([]),
  /**
   * Ids of the priorities in this strategy that the source says deliver this one, e.g. the short-term priorities
   * that contribute to a long-term ambition (Camden's priority by life-course table).
   */
  deliveredBy: z.array(slug).default([]),
  /** The id of a wider priority this sits under (e.g. an outcome under a priority theme). */
  parent: slug.optional(),
  /** Overrides the strategy's last review date for this priority only. */
  lastReviewed: partialDate.optional(),
  /** Overrides the strategy's next review date for this priority only. */
  nextReviewDue: partialDate.optional(),
  /** Where this comes from. */
  source: sourceRef,
  /**
   * Written by `npm run import`: the page, line and words of the document this was drafted from. Check the
   * entry against the document, correct it, then delete this line: the check refuses a file that still has one.
   */
  unreviewed: text.optional(),
  /** Earlier ids of this priority, so that links to its old web address keep working. */
  oldSlugs: z.array(slug).default([]),
});
export type Priority = z.output<typeof priority>;
