// The measures page's shape: every measure on the site, once each, under its first theme
// (a priority's first theme, else the measure's own), then by strategy; place-wide context last.
import type { Entry } from '../schemas/rules.ts';
import type { Theme } from '../schemas/theme.ts';
import type { MeasureView, Site } from './model.ts';
import { anchors } from './urls.ts';

export interface MeasureGroup {
  /** Undefined for context figures that describe a whole place rather than a priority. */
  theme: Entry<Theme> | undefined;
  strategies: { strategyId: string; places: string; measures: MeasureView[] }[];
}

/** The id of a measure's section on a page that lists measures from several strategies. */
export function measureAnchorAcrossStrategies(view: MeasureView): string {
  return anchors.measure(`${view.strategyId}-${view.measure.id}`);
}

export function measuresByTheme(site: Site): MeasureGroup[] {
  const all = site.measures();
  const byStrategy = (views: MeasureView[]) =>
    site.strategies
      .map((s) => ({ strategyId: s.id, places: s.places.map((p) => p.data.name).join(', '), measures: views.filter((v) => v.strategyId === s.id) }))
      .filter((g) => g.measures.length > 0);
  const groups: MeasureGroup[] = site.themes.map((theme) => ({ theme, strategies: byStrategy(all.filter((v) => v.themeIds[0] === theme.id)) }));
  groups.push({ theme: undefined, strategies: byStrategy(all.filter((v) => v.themeIds.length === 0)) });
  return groups.filter((g) => g.strategies.length > 0);
}

/** The id in the address of a group's own page: the theme id, or "whole-place" for context figures. */
export const WHOLE_PLACE_GROUP = 'whole-place';
export function measureGroupId(group: MeasureGroup): string {
  return group.theme?.id ?? WHOLE_PLACE_GROUP;
}

/** How many measures a group holds, and from how many strategies, for the measures index. */
export function measureGroupCounts(group: MeasureGroup): { measures: number; strategies: number } {
  return { measures: group.strategies.reduce((n, s) => n + s.measures.length, 0), strategies: group.strategies.length };
}
