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

/** Places with a priority or a measure on the theme, A to Z, among `places` (all places by default). */
export function themePlaces(site: Site, themeId: string, plan: PlacePlan, places: Entry<Place>[] = site.places): ThemePlace[] {
  const priorities = site.prioritiesForTheme(themeId);
  const measures = site.measures().filter((m) => m.themeIds.includes(themeId));
  const on = <T extends { places: Entry<Place>[] }>(items: T[], placeId: string) => items.filter((item) => item.places.some((p) => p.id === placeId));
  return places
    .map((place) => ({
      place,
      priorities: on(priorities, place.id),
      measures: on<MeasureView>(measures, place.id).map((m) => ({ label: m.measure.label, url: measureUrl(plan, m) })),
    }))
    .filter((g) => g.priorities.length > 0 || g.measures.length > 0);
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
