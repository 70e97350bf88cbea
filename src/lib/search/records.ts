// Search records: one for everything a reader can see (priorities, actions, measures, commitments,
// a strategy's overview, body sections, approaches, principles, residents' statements and
// governance; updates and their sections; theme, place and neighbourhood pages, each neighbourhood
// figure; glossary entries), each pointing at its own spot on a page, with its place, strategy,
// themes and, for priorities and themes, the words residents use for those themes.
// pages.ts packs them into the documents Pagefind indexes.
import type { Site, StrategyView } from '../model.ts';
import type { Entry } from '../../schemas/rules.ts';
import type { Theme } from '../../schemas/theme.ts';
import type { Update } from '../../schemas/update.ts';
import type { Area } from '../../schemas/area.ts';
import type { ResidentVoice } from '../../schemas/voice.ts';
import { SEARCH_WORDS } from '../../i18n/en.ts';
import { currencyFilterLabel, currencyFor } from '../currency.ts';
import { anchors, areaUrl, glossaryUrl, placeUrl, themeUrl, updateUrl, withAnchor } from '../urls.ts';
import { bodySections } from './body-sections.ts';

export const RECORD_KINDS = [
  'priority',
  'action',
  'measure',
  'commitment',
  'strategy',
  'principle',
  'voice',
  'update',
  'theme',
  'place',
  'area',
  'indicator',
  'glossary',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** How each kind reads in a result and in the "kind" filter. */
export const RECORD_KIND_LABEL: Record<RecordKind, string> = {
  priority: 'Priority',
  action: 'Action',
  measure: 'Measure',
  commitment: 'Commitment',
  strategy: 'Strategy',
  principle: 'Principle',
  voice: 'Residents’ voice',
  update: 'Update',
  theme: 'Theme',
  place: 'Place',
  area: 'Neighbourhood profile',
  indicator: 'Neighbourhood figure',
  glossary: 'Glossary',
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
  /** The strategy's title ('' for what belongs to no strategy: themes, places, glossary). */
  strategy: string;
  /** For an action, measure or resident's statement, the title of the priority it sits under. */
  priority?: string;
  /** Where it sits, when not a strategy: "Glossary", "Southend East neighbourhood profile · Maternity". */
  context?: string;
  /** The strategy's status, in words (none for what belongs to no strategy). */
  status?: string;
  /** Theme titles. */
  themes: string[];
  /** The record's own words. */
  text: string[];
  /**
   * Residents' words for the record's themes (content/themes synonyms). Only priorities and theme
   * pages carry them: a resident's word should find the priorities on that theme, not every row of
   * every action plan under them (actions and measures are found by their own words, and narrowed
   * by the theme filter).
   */
  synonyms: string[];
}

/** The value each filter group takes for a record. */
export function recordFilters(record: SearchRecord): Record<FilterGroup, string[]> {
  return {
    place: record.places,
    theme: record.themes,
    kind: [RECORD_KIND_LABEL[record.kind]],
    status: record.status ? [record.status] : [],
  };
}

/** The "where" line of a result: place, then strategy and priority (or its other context). */
export function recordWhere(record: SearchRecord): string {
  return [record.places.join(', '), record.strategy, record.context ?? record.priority].filter(Boolean).join(' · ');
}

const unique = (items: string[]) => [...new Set(items)];
const present = (items: (string | undefined)[]) => items.filter((t): t is string => Boolean(t));

function themeWords(themes: Entry<Theme>[]) {
  return { titles: themes.map((t) => t.data.title), synonyms: unique(themes.flatMap((t) => t.data.synonyms)) };
}

/** How a resident's statement is labelled on the strategy page. */
function voiceTitle(v: ResidentVoice): string {
  if (v.kind === 'i-statement') return `“I” statement${v.number ? ` ${v.number}` : ''}`;
  if (v.kind === 'citizens-assembly-expectation') return 'Citizens’ Assembly expectation';
  if (v.kind === 'citizens-assembly-priority') return `Citizens’ Assembly priority${v.number ? ` ${v.number}` : ''}`;
  return 'Resident insight';
}

/**
 * Bodies of strategies and updates as the build renders them, by `collection/id`
 * (`checkedContent(root).entries`). Without them, the records leave out the body text.
 */
export type RenderedBodies = ReadonlyMap<string, string | undefined>;

function strategyRecords(site: Site, s: StrategyView, bodies: RenderedBodies): SearchRecord[] {
  const records: SearchRecord[] = [];
  const d = s.data;
  const base = {
    places: s.places.map((p) => p.data.name),
    strategy: d.title,
    status: currencyFilterLabel(currencyFor(site, s)),
  };
  const page = (anchor: string) => withAnchor(s.url, anchor);
  const body = bodySections(bodies.get(`strategies/${s.id}`) ?? '');
  const strategyItem = (url: string, title: string, text: string[]): SearchRecord => ({
    ...base,
    url,
    title,
    kind: 'strategy',
    themes: [],
    text,
    synonyms: [],
  });
  records.push(
    strategyItem(
      page('at-a-glance'),
      d.title,
      present([d.summary, d.vision, d.owner, d.statusNote, d.alsoCovers, ...body.intro]),
    ),
  );
  for (const section of body.sections) records.push(strategyItem(page(section.anchor), section.title, section.text));
  for (const a of d.approaches) {
    for (const item of a.items)
      records.push(
        strategyItem(page(`${a.id}-${item.id}`), item.title, present([a.title, item.summary, ...item.points])),
      );
  }
  if (d.governance) records.push(strategyItem(page(anchors.governance), 'How it is governed', [d.governance]));
  for (const p of d.principles) {
    records.push({
      ...base,
      url: page(anchors.principle(p.id)),
      title: p.title,
      kind: 'principle',
      themes: [],
      text: p.points,
      synonyms: [],
    });
  }
  // A statement about a priority is shown on that priority's page too, and found there, beside its
  // actions and measures (with which it then shares a Pagefind page: pages.ts); the others on the
  // strategy page.
  const voiceRecord = (v: ResidentVoice, view?: StrategyView['priorities'][number]): SearchRecord => ({
    ...base,
    url: withAnchor(view?.url ?? s.url, anchors.voice(v.id)),
    title: voiceTitle(v),
    kind: 'voice',
    themes: view ? themeWords(view.themes).titles : [],
    ...(view ? { priority: view.priority.title } : {}),
    text: present([v.text, v.heading, v.note]),
    synonyms: [],
  });
  for (const v of d.residentVoice)
    if (!s.priorities.some((p) => p.priority.id === v.priority)) records.push(voiceRecord(v));
  for (const view of s.priorities) {
    const p = view.priority;
    const words = themeWords(view.themes);
    records.push({
      ...base,
      url: view.url,
      title: p.title,
      kind: 'priority',
      themes: words.titles,
      text: present([
        p.label,
        p.summary,
        ...p.groups,
        ...p.subThemes.flatMap((st) => [st.title, st.summary]),
        ...p.lifeCourse.map((lc) => `${lc.stage}: ${lc.summary}`),
      ]),
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
    for (const v of view.voice) records.push(voiceRecord(v, view));
  }
  for (const m of d.measures) {
    const view = s.priorities.find((p) => p.priority.id === m.priority);
    const themes = unique([...(view?.priority.themes ?? []), ...m.themes]).map((id) => site.theme(id));
    records.push({
      ...base,
      url: withAnchor(view?.url ?? s.url, anchors.measure(m.id)),
      title: m.label,
      kind: 'measure',
      themes: themeWords(themes).titles,
      ...(view ? { priority: view.priority.title } : {}),
      text: present([m.description]),
      synonyms: [],
    });
  }
  return records;
}

function updateRecords(site: Site, u: Entry<Update>, bodies: RenderedBodies): SearchRecord[] {
  const s = site.strategy(u.data.strategy);
  const themes = u.data.themes.length ? u.data.themes.map((id) => site.theme(id)) : s.themes;
  const base = {
    kind: 'update' as const,
    places: u.data.places.map((id) => site.place(id).data.name),
    strategy: s.data.title,
    status: currencyFilterLabel(currencyFor(site, s)),
    themes: themeWords(themes).titles,
    synonyms: [] as string[],
  };
  const body = bodySections(bodies.get(`updates/${u.id}`) ?? '');
  // An update tagged with its own themes (not just its strategy's) is about them, so their
  // residents' words find it too ("flu jab" finds the health protection update).
  const synonyms = u.data.themes.length ? themeWords(themes).synonyms : [];
  return [
    {
      ...base,
      synonyms,
      url: updateUrl(u.id),
      title: u.data.title,
      text: present([
        u.data.summary,
        u.data.note,
        ...body.intro,
        ...u.data.asks,
        ...u.data.nextSteps,
        ...u.data.figures.map((f) => f.label),
      ]),
    },
    ...body.sections.map((section) => ({
      ...base,
      url: withAnchor(updateUrl(u.id), section.anchor),
      title: section.title,
      context: u.data.title,
      text: section.text,
    })),
  ];
}

function areaRecords(site: Site, a: Entry<Area>): SearchRecord[] {
  const placeName = site.place(a.data.place).data.name;
  const profile = `${a.data.name} ${SEARCH_WORDS.neighbourhoodProfile}`;
  const base = { places: [placeName], strategy: '', synonyms: [] };
  return [
    {
      ...base,
      url: areaUrl(a.id),
      title: a.data.name,
      kind: 'area',
      context: SEARCH_WORDS.neighbourhoodProfile,
      themes: [],
      text: present([a.data.summary, ...a.data.includes, a.data.note]),
    },
    ...a.data.indicators.map((ind) => ({
      ...base,
      url: withAnchor(areaUrl(a.id), anchors.indicator(ind.id)),
      title: ind.label,
      kind: 'indicator' as const,
      context: profile,
      // The theme filter is a page's, and one area's figures span a dozen theme sets: filtering them
      // by theme would split each profile into a Pagefind page per set (about 100 more pages, 0.7 KB
      // more metadata on every first query). Each figure's section name ("Maternity") is searchable.
      themes: [],
      text: present([ind.group, ind.headline, ind.unitLabel, ind.period, ind.note]),
    })),
  ];
}

/** Every searchable thing on the site, each as its own record. */
export function searchRecords(site: Site, bodies: RenderedBodies = new Map()): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const s of site.strategies) records.push(...strategyRecords(site, s, bodies));
  for (const u of site.updates) records.push(...updateRecords(site, u, bodies));
  for (const t of site.themes) {
    records.push({
      url: themeUrl(t.id),
      title: t.data.title,
      kind: 'theme',
      places: [],
      strategy: '',
      context: SEARCH_WORDS.theme,
      themes: [t.data.title],
      text: [t.data.summary],
      synonyms: t.data.synonyms,
    });
  }
  for (const p of site.places) {
    records.push({
      url: placeUrl(p.id),
      title: p.data.name,
      kind: 'place',
      places: [p.data.name],
      strategy: '',
      themes: [],
      text: present([p.data.summary, p.data.council, p.data.region, p.data.integratedCareSystem]),
      synonyms: [],
    });
  }
  for (const a of site.areas) records.push(...areaRecords(site, a));
  for (const g of site.glossary) {
    records.push({
      url: withAnchor(glossaryUrl(), anchors.glossary(g.id)),
      title: g.data.abbreviation ? `${g.data.term} (${g.data.abbreviation})` : g.data.term,
      kind: 'glossary',
      places: g.data.places.map((id) => site.place(id).data.name),
      strategy: '',
      context: SEARCH_WORDS.glossary,
      themes: [],
      // Everyday names first, so the excerpt of a search for one ("family doctor") shows it, and the
      // results list can tell the entry is the term asked for (namesQuery in results.ts).
      text: present([
        g.data.aliases.length ? `${SEARCH_WORDS.alsoCalled} ${g.data.aliases.join(', ')}.` : undefined,
        g.data.definition,
      ]),
      synonyms: [],
    });
  }
  return records;
}

/** Every value of every filter group, for the search page to list before any search has run. */
export function filterOptions(records: SearchRecord[]): Record<FilterGroup, string[]> {
  const sets = {
    place: new Set<string>(),
    theme: new Set<string>(),
    kind: new Set<string>(),
    status: new Set<string>(),
  };
  for (const r of records)
    for (const [group, values] of Object.entries(recordFilters(r)))
      for (const v of values) sets[group as FilterGroup].add(v);
  const sorted = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b));
  return {
    place: sorted(sets.place),
    theme: sorted(sets.theme),
    kind: RECORD_KINDS.map((k) => RECORD_KIND_LABEL[k]).filter((k) => sets.kind.has(k)),
    status: sorted(sets.status),
  };
}
