// The site's view model: content joined once (priority -> measures -> actions, theme -> priorities
// across places) so that pages only lay out data they are given.
import type { Entry, SiteContent } from '../schemas/rules.ts';
import type { Strategy } from '../schemas/strategy.ts';
import type { Priority } from '../schemas/priority.ts';
import type { Measure } from '../schemas/measure.ts';
import type { Action } from '../schemas/action.ts';
import type { ResidentVoice } from '../schemas/voice.ts';
import type { Theme } from '../schemas/theme.ts';
import type { Place } from '../schemas/place.ts';
import type { Update } from '../schemas/update.ts';
import type { Area } from '../schemas/area.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import { priorityUrl, strategyUrl } from './urls.ts';

export interface PriorityView {
  strategyId: string;
  strategy: Strategy;
  places: Entry<Place>[];
  priority: Priority;
  url: string;
  themes: Entry<Theme>[];
  measures: Measure[];
  actions: Action[];
  voice: ResidentVoice[];
  parent: Priority | undefined;
  children: Priority[];
  lastReviewed: string;
  nextReviewDue: string;
}

export interface StrategyView {
  id: string;
  data: Strategy;
  url: string;
  places: Entry<Place>[];
  priorities: PriorityView[];
  /** Measures that describe the whole place rather than one priority. */
  contextMeasures: Measure[];
  updates: Entry<Update>[];
  themes: Entry<Theme>[];
}

/** A measure with where it belongs, for cross-place lists. */
export interface MeasureView {
  measure: Measure;
  strategyId: string;
  strategy: Strategy;
  places: Entry<Place>[];
  priority: PriorityView | undefined;
  themeIds: string[];
}

export interface Site {
  places: Entry<Place>[];
  themes: Entry<Theme>[];
  strategies: StrategyView[];
  updates: Entry<Update>[];
  areas: Entry<Area>[];
  glossary: Entry<GlossaryTerm>[];
  /**
   * The day statements such as "past due" and "ended" are made on: the day of the build (`buildDay()`), or the
   * newest review date when content was reviewed later than that (a build dated in the past).
   */
  asOf: string;
  /** The newest date any strategy or place was reviewed. */
  lastReviewed: string;
  place(id: string): Entry<Place>;
  theme(id: string): Entry<Theme>;
  strategy(id: string): StrategyView;
  strategiesForPlace(placeId: string): StrategyView[];
  prioritiesForTheme(themeId: string): PriorityView[];
  measures(): MeasureView[];
  updatesFor(filter: { place?: string; theme?: string; strategy?: string }): Entry<Update>[];
}

function lookup<T extends { id: string }>(items: T[], kind: string): (id: string) => T {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const found = byId.get(id);
    if (!found) throw new Error(`unknown ${kind} "${id}"`);
    return found;
  };
}

/** Newest first; undated updates last, in file order. */
export function sortUpdates(updates: Entry<Update>[]): Entry<Update>[] {
  return [...updates].sort((a, b) => (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.id.localeCompare(b.id));
}

/** `today` is the day the build speaks for (`buildDay()`); without it, the newest review date. */
export function buildSite(content: SiteContent, today?: string): Site {
  const places = [...content.places].sort((a, b) => a.data.name.localeCompare(b.data.name));
  const themes = [...content.themes].sort(
    (a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title),
  );
  const place = lookup(places, 'place');
  const theme = lookup(themes, 'theme');
  const updates = sortUpdates(content.updates);

  const strategies: StrategyView[] = content.strategies
    .map(({ id, data }) => {
      const strategyPlaces = data.places.map(place);
      const priorities: PriorityView[] = data.priorities.map((p) => ({
        strategyId: id,
        strategy: data,
        places: strategyPlaces,
        priority: p,
        url: priorityUrl(id, p.id),
        themes: p.themes.map(theme),
        measures: data.measures.filter((m) => m.priority === p.id),
        actions: data.actions.filter((a) => a.priority === p.id),
        voice: data.residentVoice.filter((v) => v.priority === p.id),
        parent: data.priorities.find((q) => q.id === p.parent),
        children: data.priorities.filter((q) => q.parent === p.id),
        lastReviewed: p.lastReviewed ?? data.lastReviewed,
        nextReviewDue: p.nextReviewDue ?? data.nextReviewDue,
      }));
      const themeIds = new Set(data.priorities.flatMap((p) => p.themes));
      return {
        id,
        data,
        url: strategyUrl(id),
        places: strategyPlaces,
        priorities,
        contextMeasures: data.measures.filter((m) => m.priority === undefined),
        updates: updates.filter((u) => u.data.strategy === id),
        themes: themes.filter((t) => themeIds.has(t.id)),
      };
    })
    .sort((a, b) => a.places[0]!.data.name.localeCompare(b.places[0]!.data.name) || a.id.localeCompare(b.id));
  const strategy = lookup(strategies, 'strategy');

  const allMeasures: MeasureView[] = strategies.flatMap((s) =>
    s.data.measures.map((m) => {
      const priority = s.priorities.find((p) => p.priority.id === m.priority);
      return {
        measure: m,
        strategyId: s.id,
        strategy: s.data,
        places: s.places,
        priority,
        themeIds: [...new Set([...(priority?.priority.themes ?? []), ...m.themes])],
      };
    }),
  );

  const lastReviewed =
    [...content.strategies.map((s) => s.data.lastReviewed), ...content.places.map((p) => p.data.lastReviewed)]
      .sort()
      .at(-1) ?? '1970-01-01';
  const asOf = today !== undefined && today > lastReviewed ? today : lastReviewed;

  return {
    places,
    themes,
    strategies,
    updates,
    areas: [...content.areas].sort((a, b) => a.data.name.localeCompare(b.data.name)),
    glossary: [...content.glossary].sort((a, b) => a.data.term.localeCompare(b.data.term)),
    asOf,
    lastReviewed,
    place,
    theme,
    strategy,
    strategiesForPlace: (placeId) => strategies.filter((s) => s.data.places.includes(placeId)),
    prioritiesForTheme: (themeId) =>
      strategies.flatMap((s) => s.priorities.filter((p) => p.priority.themes.includes(themeId))),
    measures: () => allMeasures,
    updatesFor: ({ place: placeId, theme: themeId, strategy: strategyId }) =>
      updates.filter(
        (u) =>
          (placeId === undefined || u.data.places.includes(placeId)) &&
          (themeId === undefined ||
            u.data.themes.includes(themeId) ||
            (strategy(u.data.strategy).themes.some((t) => t.id === themeId) && u.data.themes.length === 0)) &&
          (strategyId === undefined || u.data.strategy === strategyId),
      ),
  };
}

/** A priority's actions under its sub-themes, in the source's order; actions with no sub-theme come last. */
export function actionsBySubTheme(
  view: PriorityView,
): { subTheme: Priority['subThemes'][number] | undefined; actions: Action[] }[] {
  const groups = view.priority.subThemes.map((subTheme) => ({
    subTheme,
    actions: view.actions.filter((a) => a.subTheme === subTheme.id),
  }));
  const rest = view.actions.filter((a) => !view.priority.subThemes.some((st) => st.id === a.subTheme));
  return rest.length ? [...groups, { subTheme: undefined, actions: rest }] : groups;
}
