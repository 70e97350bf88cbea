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
  noScript: 'Search needs JavaScript, which is turned off or blocked in this browser. The Search button will take you to the A to Z of themes and priorities instead.',
  browse: 'You can also browse',
  azLink: 'the A to Z of themes and priorities',
  themesLink: 'every theme',
  results: 'Results',
  more: 'Show more results',
} as const;

/** The few words the search script itself writes (kept apart so its bundle stays small). */
export const SEARCH_SCRIPT = {
  loading: 'Loading search…',
  failed: 'Search could not load. You may be offline, or part of the site may still be updating.',
  failedLink: 'Browse the A to Z of themes and priorities instead',
  didYouMean: 'Did you mean',
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
  ledeSplit: 'Every theme, with the everyday words people use for them. Each region’s priorities have their own page.',
  ledeRegion: (region: string) => `Every priority of the places in ${region}.`,
  prioritiesByRegion: 'Priorities by region',
  themesAndWords: 'Themes and everyday words',
  themesLink: 'Themes and everyday words from A to Z',
  noPriorities: 'No place on this page has a priority yet.',
} as const;

/** What kind of change a "what has changed" entry records. */
export const CHANGE_KIND_LABEL: Record<'update' | 'published' | 'reviewed' | 'progress', string> = {
  update: 'New report or update',
  published: 'Strategy published',
  reviewed: 'Content checked',
  progress: 'Progress recorded',
};

/** Lists of every place split by region (themes, measures, compare, A to Z). */
export const SPLIT = {
  byRegion: 'By region',
  summaryLede: 'There are too many places to show on one page, so this list is split by region. Choose a region.',
  backTo: (title: string) => `All regions: ${title}`,
  otherPages: 'Other pages of this list',
  noneOnPage: 'No place on this page has anything on this theme.',
  placeCount: (n: number) => (n === 1 ? '1 place' : `${n.toLocaleString('en-GB')} places`),
  priorityCount: (n: number) => (n === 1 ? '1 priority' : `${n.toLocaleString('en-GB')} priorities`),
  measureCount: (n: number) => (n === 1 ? '1 measure' : `${n.toLocaleString('en-GB')} measures`),
  nothing: 'nothing on this theme',
} as const;

/** Finding a place: the home page, region pages and the index of places and areas. */
export const FIND_PLACE = {
  heading: 'Find your place',
  hint: 'Choose the first letter of your council, town or neighbourhood.',
  indexLink: 'All places, towns and neighbourhoods from A to Z',
  regionsHeading: 'Places by region',
  regionLink: (region: string, places: number) => `${region} (${places === 1 ? '1 place' : `${places} places`})`,
  noSystem: 'Integrated care system not stated',
  systemHeading: (name: string) => `${name} integrated care system`,
  indexTitle: 'Places, towns and neighbourhoods from A to Z',
  indexDescription: 'Every council on this site, the towns and neighbourhoods they name, and the neighbourhood profiles, from A to Z.',
  indexLede: 'Find your council by its name, or by a town, neighbourhood or ward in it. Only areas named in the councils’ own documents are listed.',
  letterTitle: (letter: string) => `Places, towns and neighbourhoods: ${letter}`,
  covered: (place: string) => `in ${place}`,
  profile: (place: string | undefined) => (place ? `neighbourhood profile, presented to ${place}` : 'neighbourhood profile'),
  ward: (area: string) => `ward, in the ${area} neighbourhood profile`,
  regionTitle: (region: string) => `Places in ${region}`,
  regionDescription: (region: string) => `Every council in ${region} on this site, by integrated care system, with its strategy and status.`,
  regionsTitle: 'Regions',
  noStrategy: 'No strategy on this site yet',
} as const;
