// Every URL on the site is built here, so that addresses stay stable and readable.
// See "Web addresses" in the README for the list.

export const homeUrl = () => '/';
export const placeUrl = (place: string) => `/places/${place}/`;
export const placesUrl = () => '/places/';
export const regionUrl = (region: string) => `/regions/${region}/`;
export const placeChangesUrl = (place: string) => `/places/${place}/changes/`;
export const strategyUrl = (strategy: string) => `/strategies/${strategy}/`;
export const priorityUrl = (strategy: string, priority: string) => `/strategies/${strategy}/${priority}/`;
export const themeUrl = (theme: string) => `/themes/${theme}/`;
export const themesUrl = () => '/themes/';
export const areaUrl = (area: string) => `/areas/${area}/`;
export const areasUrl = () => '/areas/';
export const updateUrl = (update: string) => `/updates/${update}/`;
export const updatesUrl = () => '/updates/';
export const sourcesUrl = () => '/sources/';
/**
 * A source document's own page: what it is and what the site took from it. Source ids are only unique
 * within a strategy (many strategies call theirs "strategy"), so the address starts with the strategy id.
 */
export const sourceUrl = (scope: string, source: string) => `/sources/${scope}/${source}/`;
export const compareUrl = () => '/compare/';
export const commitmentsUrl = () => '/commitments/';
export const measuresUrl = () => '/measures/';
export const measureGroupUrl = (group: string) => `/measures/${group}/`;
export const glossaryUrl = () => '/glossary/';
export const searchUrl = () => '/search/';
export const azUrl = () => '/a-z/';
export const findUrl = () => '/find/';
export const findLetterUrl = (letter: string) => `/find/${letter}/`;
export const aboutUrl = () => '/about/';
export const accessibilityUrl = () => '/accessibility/';
export const dataUrl = () => '/data/';
export const dataFileUrl = (file: 'strategies.json' | 'measures.csv' | 'commitments.csv') => `/data/${file}`;
export const schemaUrl = (collection: string) => `/data/schema/${collection}.schema.json`;
export const siteFeedUrl = () => '/feeds/updates.xml';
export const placeFeedUrl = (place: string) => `/feeds/places/${place}.xml`;
export const placeChangesFeedUrl = (place: string) => `/feeds/changes/${place}.xml`;
export const themeFeedUrl = (theme: string) => `/feeds/themes/${theme}.xml`;

/** Fragment ids for things inside a page, so search results and links land on the right spot. */
export const anchors = {
  priority: (id: string) => `priority-${id}`,
  action: (id: string) => `action-${id}`,
  measure: (id: string) => `measure-${id}`,
  voice: (id: string) => `voice-${id}`,
  fact: (id: string) => `fact-${id}`,
  principle: (id: string) => `principle-${id}`,
  subTheme: (id: string) => `sub-theme-${id}`,
  indicator: (id: string) => `indicator-${id}`,
  glossary: (term: string) => `term-${term}`,
  place: (id: string) => `place-${id}`,
  governance: 'governance',
} as const;

/** A link to an anchor on a page. */
export const withAnchor = (url: string, anchor: string) => `${url}#${anchor}`;
