// The measures page's shape: every measure on the site, once each, under its first theme
// (a priority's first theme, else the measure's own), then by strategy; place-wide context last.
import type { Entry } from '../schemas/rules.ts';
import type { Theme } from '../schemas/theme.ts';
import type { MeasureView, Site } from './model.ts';
import { anchors, measureGroupUrl } from './urls.ts';
import { placePageLabel, placePageUrl, type PlacePlan } from './split.ts';

export interface MeasureGroup {
  /** Undefined for context figures that describe a whole place rather than a priority. */
  theme: Entry<Theme> | undefined;
  strategies: MeasureGroupStrategy[];
}

export interface MeasureGroupStrategy {
  strategyId: string;
  /** The strategy's places' names, joined with commas. */
  places: string;
  /** The place a strategy's measures are listed under when lists are split by region: its first place. */
  homePlaceId: string;
  measures: MeasureView[];
}

/** The id of a measure's section on a page that lists measures from several strategies. */
export function measureAnchorAcrossStrategies(view: MeasureView): string {
  return anchors.measure(`${view.strategyId}-${view.measure.id}`);
}

const groupsOf = new WeakMap<Site, MeasureGroup[]>();

/** The groups, worked out once per site (every measures page and theme page asks for them). */
export function measuresByTheme(site: Site): MeasureGroup[] {
  let groups = groupsOf.get(site);
  if (!groups) {
    groups = groupMeasures(site);
    groupsOf.set(site, groups);
  }
  return groups;
}

function groupMeasures(site: Site): MeasureGroup[] {
  const all = site.measures();
  const byStrategy = (views: MeasureView[]) => {
    const of = new Map<string, MeasureView[]>();
    for (const v of views) of.set(v.strategyId, [...(of.get(v.strategyId) ?? []), v]);
    return site.strategies
      .filter((s) => of.has(s.id))
      .map((s) => ({
        strategyId: s.id,
        places: s.places.map((p) => p.data.name).join(', '),
        homePlaceId: s.places[0]!.id,
        measures: of.get(s.id)!,
      }));
  };
  const groups: MeasureGroup[] = site.themes.map((theme) => ({
    theme,
    strategies: byStrategy(all.filter((v) => v.themeIds[0] === theme.id)),
  }));
  groups.push({ theme: undefined, strategies: byStrategy(all.filter((v) => v.themeIds.length === 0)) });
  return groups.filter((g) => g.strategies.length > 0);
}

/** The id in the address of a group's own page: the theme id, or "whole-place" for context figures. */
export const WHOLE_PLACE_GROUP = 'whole-place';
export function measureGroupId(group: MeasureGroup): string {
  return group.theme?.id ?? WHOLE_PLACE_GROUP;
}

/** The group a measure is listed in: its first theme's, or the whole-place group. */
export function measureGroupIdOf(view: MeasureView): string {
  return view.themeIds[0] ?? WHOLE_PLACE_GROUP;
}

/** The one address of a measure on the measures pages, on whichever page its strategy's first place landed. */
export function measureUrl(plan: PlacePlan, view: MeasureView): string {
  return placePageUrl(
    plan,
    measureGroupUrl(measureGroupIdOf(view)),
    view.places[0]!.id,
    measureAnchorAcrossStrategies(view),
  );
}

/** The part of a group on one page of a split list: the strategies whose first place is on that page. */
export function measureGroupOnPage(group: MeasureGroup, placeIds: ReadonlySet<string>): MeasureGroup {
  return { theme: group.theme, strategies: group.strategies.filter((s) => placeIds.has(s.homePlaceId)) };
}

/** How many measures a group holds, and from how many strategies, for the measures index. */
export function measureGroupCounts(group: MeasureGroup): { measures: number; strategies: number } {
  return { measures: group.strategies.reduce((n, s) => n + s.measures.length, 0), strategies: group.strategies.length };
}

/** One row per page of a split measures page: how many places and measures it holds. */
export function measureGroupSummary(
  group: MeasureGroup,
  plan: PlacePlan,
): { label: string; url: string; places: number; measures: number }[] {
  return plan.pages.map((page) => {
    const onPage = measureGroupOnPage(group, new Set(page.places.map((p) => p.id)));
    return {
      label: placePageLabel(page),
      url: `${measureGroupUrl(measureGroupId(group))}${page.path}`,
      places: new Set(onPage.strategies.map((s) => s.homePlaceId)).size,
      measures: measureGroupCounts(onPage).measures,
    };
  });
}
