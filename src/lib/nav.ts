// The site's service navigation: its sections, their addresses, and which one a page belongs to.
import { NAV } from '../i18n/en.ts';
import { areasUrl, commitmentsUrl, homeUrl, measuresUrl, searchUrl, themesUrl } from './urls.ts';

export type NavSection = 'places' | 'themes' | 'commitments' | 'measures' | 'areas' | 'search';

export interface NavItem {
  section: NavSection;
  label: string;
  href: string;
  /** "page" on the section's own page, "true" elsewhere in the section, undefined outside it. */
  current: 'page' | 'true' | undefined;
}

/** Address prefixes that belong to each section (a place's strategies and priorities belong to Places). */
const SECTION_PREFIXES: Record<NavSection, string[]> = {
  places: ['/places/', '/strategies/', '/updates/'],
  themes: ['/themes/', '/compare/', '/a-z/'],
  commitments: ['/commitments/'],
  measures: ['/measures/'],
  areas: ['/areas/'],
  search: ['/search/'],
};

const SECTION_HOME: Record<NavSection, string> = {
  places: homeUrl(),
  themes: themesUrl(),
  commitments: commitmentsUrl(),
  measures: measuresUrl(),
  areas: areasUrl(),
  search: searchUrl(),
};

/** The section a page belongs to, from its address; undefined for pages outside every section (glossary, about). */
export function sectionOf(pathname: string): NavSection | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === '/') return 'places';
  return (Object.keys(SECTION_PREFIXES) as NavSection[]).find((s) =>
    SECTION_PREFIXES[s].some((prefix) => path.startsWith(prefix)),
  );
}

/** The navigation items for a page at `pathname`, with the current section marked. */
export function navItems(pathname: string): NavItem[] {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const current = sectionOf(path);
  return (Object.keys(SECTION_HOME) as NavSection[]).map((section) => ({
    section,
    label: NAV[section],
    href: SECTION_HOME[section],
    current: section !== current ? undefined : SECTION_HOME[section] === path ? 'page' : 'true',
  }));
}
