// A theme's page: for each place (in the site's order), its priorities and measures on the theme.
import type { MeasureView, PriorityView, Site } from './model.ts';
import type { Entry } from '../schemas/rules.ts';
import type { Place } from '../schemas/place.ts';

export interface ThemePlace {
  place: Entry<Place>;
  priorities: PriorityView[];
  measures: MeasureView[];
}

/** Places with at least one priority or measure on the theme; places with neither are left out. */
export function themeByPlace(site: Site, themeId: string): ThemePlace[] {
  const priorities = site.prioritiesForTheme(themeId);
  const measures = site.measures().filter((m) => m.themeIds.includes(themeId));
  const inPlace = (placeId: string) => (item: { places: { id: string }[] }) =>
    item.places.some((p) => p.id === placeId);
  return site.places
    .map((place) => ({
      place,
      priorities: priorities.filter(inPlace(place.id)),
      measures: measures.filter(inPlace(place.id)),
    }))
    .filter((g) => g.priorities.length > 0 || g.measures.length > 0);
}
