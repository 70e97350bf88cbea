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
export const CHART_TABLE_SUMMARY = 'Show the figures as a table';


/** Read out after every link to another website (the link also shows an arrow icon). */
export const EXTERNAL_LINK_TEXT = '(opens external site)';

/** Link under a priority page's short list of other places' priorities on a theme. */
export const elsewhereMoreText = (more: number, theme: string) => `${more} more ${more === 1 ? 'priority' : 'priorities'} on ${theme}`;

/** Wording for the search page and its script. */
export const SEARCH = {
  title: 'Search',
  heading: 'Search every place’s plans',
  description: 'Find what every council and NHS partnership has committed to on a topic, in your own words.',
  label: 'What do you want to find?',
  hint: 'Use your own words, for example lonely, jobs, teeth or cost of living. Results show as you type.',
  button: 'Search',
  filters: 'Filter results',
  filterGroups: { place: 'Place', theme: 'Theme', kind: 'Type', status: 'Strategy status' },
  clearFilters: 'Clear filters',
  noScript: 'Search needs JavaScript, which is turned off or blocked in this browser. Without it, choose the first letter of your word: each letter lists the words this site knows, with a link to the page that answers each one.',
  browse: 'You can also browse',
  azLink: 'the A to Z of themes and priorities',
  themesLink: 'every theme',
  results: 'Results',
  more: 'Show more results',
} as const;

/** The no-JavaScript word finder (/find/ and /find/<letter>/, src/lib/search/find.ts). */
export const FIND = {
  title: 'Find a word',
  description: 'Every word this site knows, from A to Z, each linking to the page that answers it. Works without JavaScript.',
  lede: 'Choose the first letter of your word. Each word links to the page that answers it: a theme with every place’s priorities, a glossary entry, a place or a neighbourhood.',
  letters: 'First letter',
  letterTitle: (letter: string) => `Words starting with ${letter}`,
  letterDescription: (letter: string) => `Every word this site knows that starts with ${letter}, each linking to the page that answers it.`,
  azFallback: (letter: string) => `Priorities by name are in the A to Z under ${letter}.`,
  azFallbackLink: 'A to Z',
  otherLetters: 'Other letters',
  theme: 'theme: every place’s priorities',
  glossary: 'glossary',
  place: 'place',
  area: 'neighbourhood profile',
} as const;

/** Words the search index gives results that belong to no strategy (src/lib/search/records.ts). */
export const SEARCH_WORDS = {
  neighbourhoodProfile: 'neighbourhood profile',
  theme: 'Theme: every place’s priorities',
  glossary: 'Glossary',
  alsoCalled: 'Also called:',
} as const;

/** The few words the search script itself writes (kept apart so its bundle stays small). */
export const SEARCH_SCRIPT = {
  loading: 'Loading search…',
  failed: 'Search could not load. You may be offline, or part of the site may still be updating.',
  failedLink: 'Browse the A to Z of themes and priorities instead',
  showingFor: 'Showing results for',
  searchInstead: 'Search instead for',
} as const;

/** "12 results for “teeth”", "1 result", "No results for “x”". */
export function searchResultCount(count: number, query: string): string {
  const what = count === 0 ? 'No results' : count === 1 ? '1 result' : `${count.toLocaleString('en-GB')} results`;
  return query ? `${what} for “${query}”` : `${what} with these filters`;
}

export const AZ = {
  title: 'A to Z of themes and priorities',
  description: 'Every theme and priority on this site, and the everyday words that lead to them, from A to Z.',
  lede: 'Every theme and every place’s priorities, with the everyday words people use for them.',
  letters: 'Jump to a letter',
  see: 'see',
  theme: 'Theme',
  searchLink: 'Search instead',
} as const;

/** What kind of change a "what has changed" entry records. */
export const CHANGE_KIND_LABEL: Record<'update' | 'published' | 'reviewed' | 'progress', string> = {
  update: 'New report or update',
  published: 'Strategy published',
  reviewed: 'Content checked',
  progress: 'Progress recorded',
};
