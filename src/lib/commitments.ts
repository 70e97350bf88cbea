// Due dates and progress for actions and commitments, worked out from the content only:
// something past its due date with no recorded update says exactly that, and nothing is guessed.
import type { Action } from '../schemas/action.ts';
import { ACTION_STATUS_LABEL } from '../i18n/en.ts';
import { endOfPartialDate, formatPartialDate } from './format.ts';
import type { PriorityView, Site, StrategyView } from './model.ts';
import { placesByRegion } from './regions.ts';

export type DueTone = 'overdue' | 'upcoming' | 'progress' | 'done' | 'no-date';

export interface DueState {
  tone: DueTone;
  /** A sentence a resident can read: "Due September 2023 · no update since March 2023". */
  text: string;
  /** True when the due date has passed and nothing says the work is done or dropped, whatever progress was recorded. */
  overdue: boolean;
  /** True when no published source has recorded any progress ("not-stated"). */
  noUpdate: boolean;
}

/** The short tag shown beside the sentence: facts only ("Past due date", never "Late" or "Failed"). */
export function dueTag(state: DueState): string {
  return {
    overdue: 'Past due date',
    upcoming: 'Due',
    progress: 'Progress recorded',
    done: 'Closed',
    'no-date': 'No date',
  }[state.tone];
}

/**
 * The latest day a printed period such as "2022/23" could end (31 December 2023), whichever kind of year it
 * means (financial, academic or school). Used only to say a period has certainly passed; never shown as a date.
 */
export function latestEndOfPrintedPeriod(printed: string | undefined): string | undefined {
  const match = printed === undefined ? null : /^(\d{2})(\d{2})\/(\d{2})$/.exec(printed.trim());
  if (!match) return undefined;
  const [, century, startYY, endYY] = match as unknown as [string, string, string, string];
  const endYear = Number(century) * 100 + Number(endYY) + (Number(endYY) < Number(startYY) ? 100 : 0);
  return `${endYear}-12-31`;
}

/** The last day an action could be due, or undefined when the source gives no date. */
export function latestDueDay(action: Action): string | undefined {
  return action.due ? endOfPartialDate(action.due) : latestEndOfPrintedPeriod(action.dueAsPrinted);
}

/**
 * Where an action stands on `asOf` (YYYY-MM-DD), from its due date and recorded status. `since` is the date of
 * the document that set the action, so an item with no recorded progress can say "no update since <date>".
 * An item past its due date is past due whatever progress was last recorded; only "done" and "dropped" close it.
 */
export function dueState(action: Action, asOf: string, since?: string): DueState {
  const due = action.due
    ? `Due ${formatPartialDate(action.due)}${action.ongoing ? ' and ongoing' : ''}`
    : action.dueAsPrinted
      ? latestEndOfPrintedPeriod(action.dueAsPrinted)
        ? `Planned for ${action.dueAsPrinted.trim()}`
        : `Due ${action.dueAsPrinted} (as printed)`
      : 'No due date stated';
  const confirmed = action.statusConfirmed ? formatPartialDate(action.statusConfirmed) : undefined;
  if (action.status === 'done' || action.status === 'dropped') {
    const what = ACTION_STATUS_LABEL[action.status];
    return {
      tone: 'done',
      text: `${due} · ${confirmed ? `${what} (recorded ${confirmed})` : what}`,
      overdue: false,
      noUpdate: false,
    };
  }
  const latestEnd = latestDueDay(action);
  const passed = latestEnd !== undefined && latestEnd < asOf;
  if (action.status === 'not-stated') {
    const none = since ? `no update since ${formatPartialDate(since)}` : 'no update recorded';
    const tone: DueTone = passed ? 'overdue' : latestEnd !== undefined ? 'upcoming' : 'no-date';
    return { tone, text: `${due} · ${none}`, overdue: passed, noUpdate: true };
  }
  const status = ACTION_STATUS_LABEL[action.status];
  const progress = confirmed
    ? `last update ${confirmed}: ${status.toLowerCase()}`
    : `last update: ${status.toLowerCase()}`;
  return { tone: passed ? 'overdue' : 'progress', text: `${due} · ${progress}`, overdue: passed, noUpdate: false };
}

export interface CommitmentRow {
  action: Action;
  strategy: StrategyView;
  priority: PriorityView;
  state: DueState;
}

/** The date of the document an action comes from, when the strategy's sources list gives one. */
function sourceDate(strategy: StrategyView, action: Action): string | undefined {
  return strategy.data.sources.find((s) => s.id === action.source.document)?.date ?? strategy.data.published;
}

const rowsOfSite = new WeakMap<Site, CommitmentRow[]>();

/**
 * Every action and commitment on the site with its state, in due-date order (undated last). Worked out once per
 * site: every place page and tracker page asks for it (at 500 places, 1,000 pages over about 15,000 items).
 */
export function commitmentRows(site: Site): readonly CommitmentRow[] {
  let rows = rowsOfSite.get(site);
  if (!rows) {
    rows = allCommitmentRows(site);
    rowsOfSite.set(site, rows);
  }
  return rows;
}

function allCommitmentRows(site: Site): CommitmentRow[] {
  return site.strategies
    .flatMap((strategy) =>
      strategy.priorities.flatMap((priority) =>
        priority.actions.map((action) => ({
          action,
          strategy,
          priority,
          state: dueState(action, site.asOf, sourceDate(strategy, action)),
        })),
      ),
    )
    .sort((a, b) => dueSortKey(a.action).localeCompare(dueSortKey(b.action)));
}

/**
 * The tracker's groups, each item in exactly one, in the order a resident asks about them: what has passed its
 * date, what is due within six months, what has progress recorded, what is due later, what has no date, what is closed.
 */
export const TRACKER_GROUPS = ['past-due', 'due-soon', 'progress', 'later', 'no-date', 'closed'] as const;
export type TrackerGroup = (typeof TRACKER_GROUPS)[number];

/** The day six calendar months after `asOf` (YYYY-MM-DD), clamped to the month's end (31 August -> 28 February). */
export function sixMonthsAfter(asOf: string): string {
  const [y, m, d] = asOf.split('-').map(Number) as [number, number, number];
  const month = m + 6;
  const year = y + Math.floor((month - 1) / 12);
  const monthOfYear = ((month - 1) % 12) + 1;
  const lastDay = new Date(Date.UTC(year, monthOfYear, 0)).getUTCDate();
  return `${year}-${String(monthOfYear).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** The first day a partial date could mean: "2024-03" -> 2024-03-01, "2024" -> 2024-01-01. */
function startOfPartialDate(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Which tracker group an item belongs to on `asOf`. */
export function trackerGroup(action: Action, asOf: string): TrackerGroup {
  if (action.status === 'done' || action.status === 'dropped') return 'closed';
  const latestEnd = latestDueDay(action);
  if (latestEnd !== undefined && latestEnd < asOf) return 'past-due';
  // A month or year is "due soon" when any of its days falls within six months; a printed period such as
  // "2024/25" only when its latest possible end does, since its start is unknown.
  const earliest = action.due ? startOfPartialDate(action.due) : latestEnd;
  if (earliest !== undefined && earliest <= sixMonthsAfter(asOf)) return 'due-soon';
  if (action.status !== 'not-stated') return 'progress';
  return latestEnd === undefined ? 'no-date' : 'later';
}

/** Counts for one place or for the whole site. `pastDueNoUpdate` is part of `pastDue`. */
export interface TrackerCounts {
  total: number;
  pastDue: number;
  pastDueNoUpdate: number;
  dueSoon: number;
  /** Items with any recorded progress (including past-due and closed ones). */
  progress: number;
  noDate: number;
}

export function trackerCounts(rows: readonly CommitmentRow[], asOf: string): TrackerCounts {
  const counts: TrackerCounts = { total: 0, pastDue: 0, pastDueNoUpdate: 0, dueSoon: 0, progress: 0, noDate: 0 };
  for (const row of rows) {
    const group = trackerGroup(row.action, asOf);
    counts.total += 1;
    if (group === 'past-due') {
      counts.pastDue += 1;
      if (row.action.status === 'not-stated') counts.pastDueNoUpdate += 1;
    }
    if (group === 'due-soon') counts.dueSoon += 1;
    if (row.action.status !== 'not-stated') counts.progress += 1;
    if (latestDueDay(row.action) === undefined) counts.noDate += 1;
  }
  return counts;
}

/** The rows that concern one place: every action of every strategy that covers it. */
export function placeRows(rows: readonly CommitmentRow[], placeId: string): CommitmentRow[] {
  return rows.filter((r) => r.strategy.places.some((p) => p.id === placeId));
}

const rowsByPlaceOfSite = new WeakMap<Site, Map<string, CommitmentRow[]>>();

/** `placeRows(commitmentRows(site), placeId)`, with the site's rows sorted out by place once per site. */
export function siteRowsForPlace(site: Site, placeId: string): CommitmentRow[] {
  let byPlace = rowsByPlaceOfSite.get(site);
  if (!byPlace) {
    byPlace = new Map();
    for (const row of commitmentRows(site))
      for (const place of new Set(row.strategy.places.map((p) => p.id)))
        byPlace.set(place, [...(byPlace.get(place) ?? []), row]);
    rowsByPlaceOfSite.set(site, byPlace);
  }
  return byPlace.get(placeId) ?? [];
}

export interface PlaceTracker {
  placeId: string;
  name: string;
  counts: TrackerCounts;
}

export interface RegionTracker {
  /** The region's id in web addresses (regions.ts), e.g. "east-of-england". */
  id: string;
  name: string;
  /** The region's places, A to Z. */
  places: PlaceTracker[];
  /** Counts over the region's items, each counted once even when a strategy covers several of its places. */
  counts: TrackerCounts;
}

export interface TrackerSummary {
  counts: TrackerCounts;
  /** Regions in the order of every list split by region (regions.ts). */
  regions: RegionTracker[];
  /** Every place's own counts, by place id. */
  places: Map<string, PlaceTracker>;
}

const summaries = new WeakMap<Site, TrackerSummary>();

/** The site-wide summary: every place's counts, grouped by region as every split list groups them. Once per site. */
export function trackerSummary(site: Site): TrackerSummary {
  let summary = summaries.get(site);
  if (summary) return summary;
  const rows = commitmentRows(site);
  const places = new Map<string, PlaceTracker>();
  const regions = placesByRegion(site.places).map((region): RegionTracker => {
    const ids = new Set(region.places.map((p) => p.id));
    const regionPlaces = region.places.map((p) => {
      const tracker = {
        placeId: p.id,
        name: p.data.name,
        counts: trackerCounts(siteRowsForPlace(site, p.id), site.asOf),
      };
      places.set(p.id, tracker);
      return tracker;
    });
    return {
      id: region.id,
      name: region.name,
      places: regionPlaces,
      counts: trackerCounts(
        rows.filter((r) => r.strategy.places.some((p) => ids.has(p.id))),
        site.asOf,
      ),
    };
  });
  summary = { counts: trackerCounts(rows, site.asOf), regions, places };
  summaries.set(site, summary);
  return summary;
}

/** One place's rows grouped by tracker group, empty groups left out, each group in due-date order. */
export function rowsByGroup(rows: CommitmentRow[], asOf: string): { group: TrackerGroup; rows: CommitmentRow[] }[] {
  return TRACKER_GROUPS.map((group) => ({
    group,
    rows: rows.filter((r) => trackerGroup(r.action, asOf) === group),
  })).filter((g) => g.rows.length > 0);
}

/** Dated items in date order, then printed periods by their latest end, then undated items. */
function dueSortKey(action: Action): string {
  return action.due ?? latestEndOfPrintedPeriod(action.dueAsPrinted) ?? '9999';
}

/** Group rows by a key, keeping first-seen order of groups. */
export function groupBy<T>(rows: readonly T[], key: (row: T) => string): { key: string; rows: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return [...groups].map(([k, r]) => ({ key: k, rows: r }));
}

/** The heading for a due-date group: the year, a printed period such as "2022/23", or "No due date stated". */
export function dueYear(action: Action): string {
  if (action.due) return action.due.slice(0, 4);
  return latestEndOfPrintedPeriod(action.dueAsPrinted) ? action.dueAsPrinted!.trim() : 'No due date stated';
}

/**
 * Up to this many places the one-page summary shows every region's table open; beyond it (until the summary is
 * split by region, split.ts) each region starts collapsed: a closed <details> is one line on a phone.
 */
export const TRACKER_OPEN_MAX_PLACES = 24;

/** The tracker page of one place. */
export const placeTrackerUrl = (place: string) => `/commitments/${place}/`;

/** The list the site-wide summary is split into, by region, once it has too many places (split.ts): "/commitments/regions/". */
export const trackerRegionsUrl = () => '/commitments/regions/';
