// A theme across places: each place's priorities on the theme and the measures that go with them, for
// the theme page (or one region's page of it), and the summary a split theme page shows instead.
import type { Entry } from '../schemas/rules.ts';
import type { Place } from '../schemas/place.ts';
import type { MeasureView, PriorityView, Site } from './model.ts';
import { measureUrl } from './measures.ts';
import { placePageLabel, type PlacePlan } from './split.ts';
import { themeUrl } from './urls.ts';

export interface ThemeMeasureLink {
  label: string;
  /** Where the measure's chart and figures are: its measures page, on the page its place landed on. */
  url: string;
}

export interface ThemePlace {
  place: Entry<Place>;
  priorities: PriorityView[];
  measures: ThemeMeasureLink[];
}

type ThemeIndex = Map<string, { priorities: PriorityView[]; measures: MeasureView[] }>;
const indexes = new WeakMap<Site, Map<string, ThemeIndex>>();

/** A theme's priorities and measures by place id, worked out once per site and theme. */
function themeIndex(site: Site, themeId: string): ThemeIndex {
  let bySite = indexes.get(site);
  if (!bySite) indexes.set(site, (bySite = new Map()));
  let index = bySite.get(themeId);
  if (!index) {
    const built: ThemeIndex = new Map();
    const entry = (placeId: string) =>
      built.get(placeId) ?? built.set(placeId, { priorities: [], measures: [] }).get(placeId)!;
    for (const p of site.prioritiesForTheme(themeId)) for (const place of p.places) entry(place.id).priorities.push(p);
    for (const m of site.measures())
      if (m.themeIds.includes(themeId)) for (const place of m.places) entry(place.id).measures.push(m);
    bySite.set(themeId, (index = built));
  }
  return index;
}

/** Places with a priority or a measure on the theme, A to Z, among `places` (all places by default). */
export function themePlaces(
  site: Site,
  themeId: string,
  plan: PlacePlan,
  places: Entry<Place>[] = site.places,
): ThemePlace[] {
  const index = themeIndex(site, themeId);
  return places.flatMap((place) => {
    const found = index.get(place.id);
    if (!found) return [];
    return [
      {
        place,
        priorities: found.priorities,
        measures: found.measures.map((m) => ({ label: m.measure.label, url: measureUrl(plan, m) })),
      },
    ];
  });
}

export interface SplitSummaryRow {
  /** "London", or "South East, page 2 of 2 (Kent to West Sussex)". */
  label: string;
  url: string;
  /** Places on that page with something on the theme. */
  places: number;
  priorities: number;
}

/** One row per page of a split theme: what is on it, so a resident can choose a region. */
export function themeSummary(site: Site, themeId: string, plan: PlacePlan): SplitSummaryRow[] {
  return plan.pages.map((page) => {
    const groups = themePlaces(site, themeId, plan, page.places);
    return {
      label: placePageLabel(page),
      url: `${themeUrl(themeId)}${page.path}`,
      places: groups.length,
      priorities: new Set(groups.flatMap((g) => g.priorities.map((p) => p.url))).size,
    };
  });
}
