// Search records: one per priority, action, measure, commitment and update, each pointing at its
// own spot on a page, with the place, strategy, themes and the words residents use for those themes.
// pages.ts packs them into the documents Pagefind indexes.
import type { Site } from '../model.ts';
import type { Entry } from '../../schemas/rules.ts';
import type { Theme } from '../../schemas/theme.ts';
import { currencyFilterLabel, currencyFor } from '../currency.ts';
import { anchors, updateUrl, withAnchor } from '../urls.ts';

export const RECORD_KINDS = ['priority', 'action', 'measure', 'commitment', 'update'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** How each kind reads in a result and in the "kind" filter. */
export const RECORD_KIND_LABEL: Record<RecordKind, string> = {
  priority: 'Priority',
  action: 'Action',
  measure: 'Measure',
  commitment: 'Commitment',
  update: 'Update',
};

/** Filter groups, in the order the search page shows them. The keys are Pagefind filter names. */
export const FILTER_GROUPS = ['place', 'theme', 'kind', 'status'] as const;
export type FilterGroup = (typeof FILTER_GROUPS)[number];

export interface SearchRecord {
  /** Where the result goes: a page, or an anchor on it. */
  url: string;
  title: string;
  kind: RecordKind;
  /** Place names. */
  places: string[];
  /** The strategy's title. */
  strategy: string;
  /** For an action or measure, the title of the priority it sits under. */
  priority?: string;
  /** The strategy's status, in words. */
  status: string;
  /** Theme titles. */
  themes: string[];
  /** The record's own words. */
  text: string[];
  /**
   * Residents' words for the record's themes (content/themes synonyms). Only priorities carry them:
   * a resident's word should find the priorities on that theme, not every row of every action plan
   * under them (actions and measures are found by their own words, and narrowed by the theme filter).
   */
  synonyms: string[];
}

/** The value each filter group takes for a record. */
export function recordFilters(record: SearchRecord): Record<FilterGroup, string[]> {
  return { place: record.places, theme: record.themes, kind: [RECORD_KIND_LABEL[record.kind]], status: [record.status] };
}

const unique = (items: string[]) => [...new Set(items)];

function themeWords(themes: Entry<Theme>[]) {
  return { titles: themes.map((t) => t.data.title), synonyms: unique(themes.flatMap((t) => t.data.synonyms)) };
}

/** Every searchable thing on the site, each as its own record. */
export function searchRecords(site: Site): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const s of site.strategies) {
    const base = {
      places: s.places.map((p) => p.data.name),
      strategy: s.data.title,
      status: currencyFilterLabel(currencyFor(site, s)),
    };
    for (const view of s.priorities) {
      const p = view.priority;
      const words = themeWords(view.themes);
      records.push({
        ...base,
        url: view.url,
        title: p.title,
        kind: 'priority',
        themes: words.titles,
        text: [p.label, p.summary, ...p.groups, ...p.subThemes.flatMap((st) => [st.title, st.summary ?? ''])].filter(Boolean),
        synonyms: words.synonyms,
      });
      for (const a of view.actions) {
        records.push({
          ...base,
          url: withAnchor(view.url, anchors.action(a.id)),
          title: a.code ? `${a.code}: ${a.what}` : a.what,
          kind: a.kind === 'action' ? 'action' : 'commitment',
          themes: words.titles,
          priority: p.title,
          text: [...a.details, ...a.outcomes, ...a.leads],
          synonyms: [],
        });
      }
    }
    for (const m of s.data.measures) {
      const view = s.priorities.find((p) => p.priority.id === m.priority);
      const themes = unique([...(view?.priority.themes ?? []), ...m.themes]).map((id) => site.theme(id));
      const words = themeWords(themes);
      records.push({
        ...base,
        url: withAnchor(view?.url ?? s.url, anchors.measure(m.id)),
        title: m.label,
        kind: 'measure',
        themes: words.titles,
        ...(view ? { priority: view.priority.title } : {}),
        text: [m.description ?? ''].filter(Boolean),
        synonyms: [],
      });
    }
  }
  for (const u of site.updates) {
    const s = site.strategy(u.data.strategy);
    const themes = u.data.themes.length ? u.data.themes.map((id) => site.theme(id)) : s.themes;
    const words = themeWords(themes);
    records.push({
      url: updateUrl(u.id),
      title: u.data.title,
      kind: 'update',
      places: u.data.places.map((id) => site.place(id).data.name),
      strategy: s.data.title,
      status: currencyFilterLabel(currencyFor(site, s)),
      themes: words.titles,
      text: [u.data.summary, ...u.data.asks, ...u.data.nextSteps],
      synonyms: [],
    });
  }
  return records;
}

/** Every value of every filter group, for the search page to list before any search has run. */
export function filterOptions(records: SearchRecord[]): Record<FilterGroup, string[]> {
  const sets = { place: new Set<string>(), theme: new Set<string>(), kind: new Set<string>(), status: new Set<string>() };
  for (const r of records) for (const [group, values] of Object.entries(recordFilters(r))) for (const v of values) sets[group as FilterGroup].add(v);
  const sorted = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b));
  return {
    place: sorted(sets.place),
    theme: sorted(sets.theme),
    kind: RECORD_KINDS.map((k) => RECORD_KIND_LABEL[k]).filter((k) => sets.kind.has(k)),
    status: sorted(sets.status),
  };
}
