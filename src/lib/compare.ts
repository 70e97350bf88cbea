// The compare grid: themes down the side, places across the top, each cell the priorities
// that place has on that theme. With many places the grid is split by region (src/lib/split.ts) and
// the first page shows how many places have a priority on each theme.
import type { Entry } from '../schemas/rules.ts';
import type { Place } from '../schemas/place.ts';
import type { Theme } from '../schemas/theme.ts';
import type { PriorityView, Site } from './model.ts';

export interface CompareRow {
  theme: Entry<Theme>;
  cells: { place: Entry<Place>; priorities: PriorityView[] }[];
}

/** The grid for `places` (every place by default), in the order given. */
export function compareGrid(site: Site, places: Entry<Place>[] = site.places): CompareRow[] {
  return site.themes.map((theme) => {
    const priorities = site.prioritiesForTheme(theme.id);
    return {
      theme,
      cells: places.map((place) => ({
        place,
        priorities: priorities.filter((p) => p.places.some((pl) => pl.id === place.id)),
      })),
    };
  });
}

/** For each theme, how many places have at least one priority on it: the split grid's summary. */
export function placesPerTheme(site: Site): { theme: Entry<Theme>; places: number }[] {
  return site.themes.map((theme) => ({
    theme,
    places: new Set(site.prioritiesForTheme(theme.id).flatMap((p) => p.places.map((pl) => pl.id))).size,
  }));
}
