// All interface wording in one place (the site is English-only for now).
import type { StrategyStatus } from '../schemas/strategy.ts';
import type { ActionStatus } from '../schemas/action.ts';
import type { LifeStage } from '../schemas/common.ts';
import type { Polarity } from '../schemas/measure.ts';

export const SITE_NAME = 'Health and wellbeing strategies';
export const SITE_TAGLINE =
  'What councils and the NHS have promised to do to improve health where you live. Read each place’s plan, see who is doing what by when, and how they will know it is working.';

export const STRATEGY_STATUS_LABEL: Record<StrategyStatus, string> = {
  'in-development': 'In development',
  draft: 'Draft',
  adopted: 'Adopted',
  'under-review': 'Under review',
  superseded: 'Superseded',
};

export const ACTION_STATUS_LABEL: Record<ActionStatus, string> = {
  'not-stated': 'No update recorded',
  'not-started': 'Not started',
  'in-progress': 'In progress',
  ongoing: 'Ongoing',
  done: 'Done',
  dropped: 'Dropped',
};

export const LIFE_STAGE_LABEL: Record<LifeStage, string> = {
  'pregnancy-and-early-years': 'Pregnancy and early years',
  'children-and-young-people': 'Children and young people',
  'working-age-adults': 'Working-age adults',
  'older-people': 'Older people',
  'all-ages': 'All ages',
};

export const POLARITY_LABEL: Record<Polarity, string> = {
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
  'not-stated': 'Neither higher nor lower is simply better',
};

export const NOT_STATED = 'Not stated in the source';
export const PERIOD_NOT_STATED = 'period not stated';
export const NO_FIGURE = 'The source names this measure but gives no figure.';

/** What kind of change a "what has changed" entry records. */
export const CHANGE_KIND_LABEL: Record<'update' | 'published' | 'reviewed' | 'progress', string> = {
  update: 'New report or update',
  published: 'Strategy published',
  reviewed: 'Content checked',
  progress: 'Progress recorded',
};
