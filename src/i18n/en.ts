// All interface wording in one place (the site is English-only for now).
import type { StrategyStatus } from '../schemas/strategy.ts';
import type { ActionStatus } from '../schemas/action.ts';
import type { LifeStage } from '../schemas/common.ts';
import type { Polarity } from '../schemas/measure.ts';
import type { VoiceKind } from '../schemas/voice.ts';

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

/** What kind of resident statement an item is; its number in the source follows when it has one. */
export const VOICE_KIND_LABEL: Record<VoiceKind, string> = {
  'i-statement': '“I” statement',
  'citizens-assembly-expectation': 'Citizens’ Assembly expectation',
  'citizens-assembly-priority': 'Citizens’ Assembly priority',
  'resident-insight': 'Resident insight',
};
export const underHeading = (heading: string) => `under “${heading}”`;

export const NOT_STATED = 'Not stated in the source';
export const PERIOD_NOT_STATED = 'period not stated';
/** Kept in a figure's collapsed notes instead of repeating "period not stated" on every card. */
export const NO_PERIOD_NOTE = 'The source gives no period for this figure.';
/** An update's or document's date when the source gives none, and when it prints one without a year. */
export const DATE_NOT_STATED = 'date not stated';
export const NO_UPDATES = 'No updates recorded yet.';
export const noYearGiven = (printed: string) => `“${printed}” (no year given)`;
export const NO_FIGURE = 'The source names this measure but gives no figure.';
export const CHART_TABLE_SUMMARY = 'Show the figures as a table';
/** The collapsed section that keeps notes for checking a figure or a page against its source. */
export const ABOUT_FIGURE = 'About this figure';
export const ABOUT_PAGE = 'About this page';
export const ABOUT_QUOTE = 'About this quote';
/** Labels a number this site worked out from the source's words ("over a third" -> 33.3%). */
export const DERIVED = 'derived figure';
/** "This figure is for St Lukes ward, not for Southend Victoria as a whole." */
export const otherSubjectFlag = (subject: string, area: string) =>
  `This figure is for ${subject}, not for ${area} as a whole.`;
/** "Source: <title>, page 12." with the title linking to the source's own page. */
export const SOURCE_PREFIX = 'Source:';

/** Read out after every link to another website (the link also shows an arrow icon). */
export const EXTERNAL_LINK_TEXT = '(opens external site)';

/** Link under a priority page's short list of other places' priorities on a theme. */
export const elsewhereMoreText = (more: number, theme: string) =>
  `${more} more ${more === 1 ? 'priority' : 'priorities'} on ${theme}`;

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
  noScript:
    'Search needs JavaScript, which is turned off or blocked in this browser. Without it, choose the first letter of your word: each letter lists the words this site knows, with a link to the page that answers each one.',
  browse: 'You can also browse',
  azLink: 'the A to Z of themes and priorities',
  themesLink: 'every theme',
  results: 'Results',
  more: 'Show more results',
} as const;

/** The no-JavaScript word finder (/find/ and /find/<letter>/, src/lib/search/find.ts). */
export const FIND = {
  title: 'Find a word',
  description:
    'Every word this site knows, from A to Z, each linking to the page that answers it. Works without JavaScript.',
  lede: 'Choose the first letter of your word. Each word links to the page that answers it: a theme with every place’s priorities, a glossary entry, a place or a neighbourhood.',
  letters: 'First letter',
  letterTitle: (letter: string) => `Words starting with ${letter}`,
  letterDescription: (letter: string) =>
    `Every word this site knows that starts with ${letter}, each linking to the page that answers it.`,
  azFallback: (letter: string) => `Priorities by name are in the A to Z under ${letter}.`,
  azFallbackLink: 'A to Z',
  otherLetters: 'Other letters',
  theme: 'theme: every place’s priorities',
  glossary: 'glossary',
  place: 'place',
  area: 'neighbourhood profile',
} as const;

const counted = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The answer pages for words the site knows (/search/words/<slug>/, src/lib/search/answers.ts). */
export const ANSWER = {
  title: (word: string) => `Search: ${word}`,
  description: (word: string) => `What this site has on “${word}”: the pages that answer it, without JavaScript.`,
  heading: (word: string) => `What this site has on “${word}”`,
  priorities: (shown: number, total: number, places: number) =>
    shown === total
      ? `${counted(total, 'priority', 'priorities')} in ${counted(places, 'place', 'places')}:`
      : `The first ${shown} of ${counted(total, 'priority', 'priorities')} (in ${counted(places, 'place', 'places')}); the theme page lists every one:`,
  noPriorities: 'No place has a priority on this theme yet.',
  strategies: 'Its strategies:',
  otherWords: 'Not what you were looking for? Try',
  letterLink: (letter: string) => `every word starting with ${letter}`,
  or: 'or',
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

/**
 * The status line: "12 results for “teeth”", "1 result", "No results for “x”". `upTo` when the
 * count is a most ("Up to 24 results"): with a kind ticked, a group of items found may hold only
 * items of other kinds, and only the results fetched so far have been read.
 */
export function searchResultCount(count: number, query: string, upTo = false): string {
  const n = count.toLocaleString('en-GB');
  const what = count === 0 ? 'No results' : upTo ? `Up to ${n} results` : count === 1 ? '1 result' : `${n} results`;
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

/** Label for the plain-English version shown beside official wording quoted exactly as printed. */
export const IN_SHORT_LABEL = 'In short:';

/** Wording for the source documents' pages (/sources/). */
export const SOURCES = {
  title: 'Source documents',
  description: 'The published documents every fact on this site comes from.',
  lede: 'Every fact on this site comes from one of these published documents. Each page says what the document is and what we took from it.',
  kicker: 'Source document',
  pageDescription: 'What this site took from',
  publisher: 'Published by',
  date: 'Date',
  noDate: 'date not stated',
  status: 'Status',
  pages: 'Pages used',
  noPages: 'Page numbers not given',
  address: 'Web address',
  notOnline: 'Not published online',
  addressNotKnown: 'Web address not known: our copy of the document does not say where it is published',
  taken: 'What this site took from it',
  problems: 'Known printing problems and notes',
  noProblems: 'We have found no printing problems in this document.',
} as const;

/** Facts quoted from a source (strategy, priority and update pages). */
export const FACTS = {
  heading: 'What the source says',
  inShort: 'In short:',
} as const;

/** The ways in, shown in the header of every page and again in the footer. */
export const NAV = {
  label: 'Menu',
  footerLabel: 'Find your way',
  places: 'Places',
  themes: 'Themes',
  commitments: 'Commitments',
  measures: 'Measures',
  areas: 'Neighbourhoods',
  search: 'Search',
} as const;

/** "On this page" contents lists. */
export const CONTENTS_LABEL = 'On this page';

/** The commitments tracker (site-wide summary and one page per place). */
export const TRACKER = {
  title: 'Commitments tracker',
  description:
    'Every place’s actions and numbered commitments: how many are past their due date, due soon, have progress recorded or have no date.',
  lede: 'What each place has promised to do, when it is due, and what progress has been published.',
  caveat:
    'Worked out from the published documents only. An item with no update recorded may still have been done: it means no progress report has been published here yet.',
  byPlace: 'By place',
  byRegion: 'By region',
  byDate: 'By due date',
  splitLede:
    'There are too many places to show on one page, so each region’s counts are here. Choose a region to see each of its places.',
  regionsCaption: 'Commitments counted by region',
  pagesHeading: 'Pages of the summary',
  regionDescription: (label: string) =>
    `Commitments of each place in ${label}: how many are past their due date, due soon, have progress recorded or have no date.`,
  inRegion: (region: string, places: number) =>
    `across the ${places === 1 ? 'place' : `${places.toLocaleString('en-GB')} places`} in ${region}`,
  regionPlaces: (n: number) => `${n} ${n === 1 ? 'place' : 'places'}`,
  itemCount: (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'item' : 'items'}`,
  columns: {
    place: 'Place',
    region: 'Region',
    total: 'Items',
    pastDue: 'Past due',
    dueSoon: 'Due in next 6 months',
    progress: 'Progress recorded',
    noDate: 'No date',
  },
  yearColumns: { year: 'Due', items: 'Items' },
  tableCaption: (region: string) => `Commitments in ${region}, counted by place`,
  yearCaption: 'Items by due year',
  placeTitle: (place: string) => `Commitments tracker: ${place}`,
  placeDescription: (place: string) =>
    `What ${place}’s strategies promise to do, when it is due, and what progress has been published.`,
  placeLink: (place: string) => `What ${place} has promised, and by when`,
  allPlaces: 'Every place’s commitments',
  regionPlacesLink: (region: string) => `Every place in ${region}`,
  none: 'No actions or commitments with due dates are published here for this place yet.',
  groups: {
    'past-due': 'Past their due date',
    'due-soon': 'Due in the next six months',
    progress: 'Progress recorded, due later',
    later: 'Due later',
    'no-date': 'No due date stated',
    closed: 'Done or dropped',
  },
  strategy: 'Strategy',
  priority: 'Priority',
} as const;

/** "77 of 130 items are past their due date with no update recorded." */
export function trackerHeadline(
  counts: { total: number; pastDue: number; pastDueNoUpdate: number },
  asOf: string,
  /** Where the counts are from, when not the whole site or one place: "across the 45 places in London". */
  where?: string,
): string {
  const items = `${counts.pastDueNoUpdate.toLocaleString('en-GB')} of ${counts.total.toLocaleString('en-GB')} ${counts.total === 1 ? 'item is past its' : 'items are past their'}`;
  const withProgress = counts.pastDue - counts.pastDueNoUpdate;
  const more =
    withProgress > 0
      ? ` A further ${withProgress.toLocaleString('en-GB')} ${withProgress === 1 ? 'is' : 'are'} past due with progress recorded.`
      : '';
  return `As at ${asOf}, ${where ? `${where}, ` : ''}${items} due date with no update recorded.${more}`;
}

/** Long lists of figures show this many, and fold the rest away. */
export const FIGURES_SHOWN = 3;
export const moreFiguresText = (n: number) => `Show ${n} more ${n === 1 ? 'figure' : 'figures'}`;

/** Links between an ambition and the priorities that deliver it. */
export const PRIORITY_LINKS = {
  delivers: 'Helps deliver',
  deliveredByHeading: 'How it will be delivered',
  deliveredByLede: 'The strategy delivers this through these priorities, each with its own actions and measures:',
  counts: (actions: number, measures: number) =>
    `${actions} ${actions === 1 ? 'action' : 'actions'}, ${measures} ${measures === 1 ? 'measure' : 'measures'}`,
  noOwnActions:
    'The source lists no actions under this ambition itself: they sit under the priorities that deliver it, listed above.',
  noOwnMeasures:
    'The source gives no measures for this ambition itself: see the priorities that deliver it, listed above.',
} as const;

/** The list of theme links above the compare table. */
export const COMPARE_JUMP = 'Jump to a theme';

/** How a neighbourhood's figure compares, shown only where the source states it. */
export const COMPARISON_WORD = {
  better: 'Better',
  similar: 'Similar',
  worse: 'Worse',
  higher: 'Higher',
  lower: 'Lower',
} as const;

/** Neighbourhood profile pages. */
export const PROFILE = {
  columns: {
    indicator: 'Indicator',
    period: 'Period',
    value: 'Area',
    comparator: 'Compared with',
    compared: 'How it compares',
  },
  caption: (group: string, area: string) => `${group}: ${area} compared with other areas`,
  publishedBy: (publisher: string) => `Profile published by ${publisher}`,
  listedUnder: 'Listed under',
  notStated: 'Not stated',
  noComparator: 'None given',
  notes: 'Notes on these figures',
  printedAs: (text: string) => `printed as “${text}”`,
  theProfileSays: 'The profile says',
  kind: { 'primary-care-network': 'Primary care network', locality: 'Locality', ward: 'Ward' },
} as const;

/** The key to every chart on the site (one convention everywhere). */
export const CHART_KEY =
  'Key: the solid blue bar with a bold label is the place the chart is about; outlined bars are other areas or earlier years; a dashed line is a figure to compare with (England, a region or a target), named beside the line.';

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
  indexDescription:
    'Every council on this site, the towns and neighbourhoods they name, and the neighbourhood profiles, from A to Z.',
  indexLede:
    'Find your council by its name, or by a town, neighbourhood or ward in it. Only areas named in the councils’ own documents are listed.',
  letterTitle: (letter: string) => `Places, towns and neighbourhoods: ${letter}`,
  covered: (place: string) => `in ${place}`,
  profile: (place: string | undefined) =>
    place ? `neighbourhood profile, presented to ${place}` : 'neighbourhood profile',
  ward: (area: string) => `ward, in the ${area} neighbourhood profile`,
  regionTitle: (region: string) => `Places in ${region}`,
  regionDescription: (region: string) =>
    `Every council in ${region} on this site, by integrated care system, with its strategy and status.`,
  regionsTitle: 'Regions',
  noStrategy: 'No strategy on this site yet',
} as const;

/** The folded part of an action card: what it includes, how we will know, outcomes, the board's role. */
export const ACTION_MORE = 'What it includes and how we will know it is working';
