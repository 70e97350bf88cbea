// Due dates and progress for actions and commitments, worked out from the content only:
// something past its due date with no recorded update says exactly that, and nothing is guessed.
import type { Action } from '../schemas/action.ts';
import { ACTION_STATUS_LABEL } from '../i18n/en.ts';
import { endOfPartialDate, formatPartialDate } from './format.ts';
import type { PriorityView, Site, StrategyView } from './model.ts';

export type DueTone = 'overdue' | 'upcoming' | 'progress' | 'done' | 'no-date';

export interface DueState {
  tone: DueTone;
  /** A sentence a resident can read: "Due September 2023, no update recorded". */
  text: string;
  /** True when the due date has passed and nothing says the work is done. */
  overdue: boolean;
}

/** The short tag shown beside the sentence: facts only ("Past due date", never "Late" or "Failed"). */
export function dueTag(state: DueState): string {
  if (state.overdue) return 'Past due date';
  return { overdue: 'Past due date', upcoming: 'Due', progress: 'Progress recorded', done: 'Closed', 'no-date': 'No date' }[state.tone];
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

/** Where an action stands on `asOf` (YYYY-MM-DD), from its due date and recorded status. */
export function dueState(action: Action, asOf: string): DueState {
  const confirmed = action.statusConfirmed ? ` (confirmed ${formatPartialDate(action.statusConfirmed)})` : '';
  const due = action.due
    ? `Due ${formatPartialDate(action.due)}${action.ongoing ? ' and ongoing' : ''}`
    : action.dueAsPrinted
      ? latestEndOfPrintedPeriod(action.dueAsPrinted)
        ? `Planned for ${action.dueAsPrinted.trim()}`
        : `Due ${action.dueAsPrinted} (as printed)`
      : 'No due date stated';
  if (action.status === 'done') return { tone: 'done', text: `${due}. Done${confirmed}`, overdue: false };
  if (action.status === 'dropped') return { tone: 'done', text: `${due}. Dropped${confirmed}`, overdue: false };
  const latestEnd = action.due ? endOfPartialDate(action.due) : latestEndOfPrintedPeriod(action.dueAsPrinted);
  const passed = latestEnd !== undefined && latestEnd < asOf;
  if (action.status === 'not-stated') {
    if (passed) return { tone: 'overdue', text: `${due}, no update recorded`, overdue: true };
    if (latestEnd !== undefined) return { tone: 'upcoming', text: `${due}. No update recorded`, overdue: false };
    return { tone: 'no-date', text: `${due}. No update recorded`, overdue: false };
  }
  const progress = `${ACTION_STATUS_LABEL[action.status]}${confirmed}`;
  return { tone: 'progress', text: `${due}. ${progress}`, overdue: passed && action.status === 'not-started' };
}

export interface CommitmentRow {
  action: Action;
  strategy: StrategyView;
  priority: PriorityView;
  state: DueState;
}

/** Every action and commitment on the site with its state, in due-date order (undated last). */
export function commitmentRows(site: Site): CommitmentRow[] {
  return site.strategies
    .flatMap((strategy) =>
      strategy.priorities.flatMap((priority) =>
        priority.actions.map((action) => ({ action, strategy, priority, state: dueState(action, site.asOf) })),
      ),
    )
    .sort((a, b) => dueSortKey(a.action).localeCompare(dueSortKey(b.action)));
}

/** Dated items in date order, then printed periods by their latest end, then undated items. */
function dueSortKey(action: Action): string {
  return action.due ?? latestEndOfPrintedPeriod(action.dueAsPrinted) ?? '9999';
}

/** Group rows by a key, keeping first-seen order of groups. */
export function groupBy<T>(rows: T[], key: (row: T) => string): { key: string; rows: T[] }[] {
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
