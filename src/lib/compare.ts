// The compare grid: themes down the side, places across the top, each cell the priorities
// that place has on that theme.
import type { Entry } from '../schemas/rules.ts';
import type { Place } from '../schemas/place.ts';
import type { Theme } from '../schemas/theme.ts';
import type { PriorityView, Site } from './model.ts';

export interface CompareRow {
  theme: Entry<Theme>;
  cells: { place: Entry<Place>; priorities: PriorityView[] }[];
}

export function compareGrid(site: Site): CompareRow[] {
  return site.themes.map((theme) => {
    const priorities = site.prioritiesForTheme(theme.id);
    return {
      theme,
      cells: site.places.map((place) => ({
        place,
        priorities: priorities.filter((p) => p.places.some((pl) => pl.id === place.id)),
      })),
    };
  });
}
