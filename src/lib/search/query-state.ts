// The search page's state in its address (?q=teeth&place=Camden&place=Hackney), and the
// Pagefind filter objects for a selection: values in one group are OR-ed, groups are AND-ed.
import { FILTER_GROUPS, type FilterGroup } from './records.ts';

export type Selection = Record<FilterGroup, string[]>;

export interface SearchState {
  query: string;
  selection: Selection;
}

export const emptySelection = (): Selection => ({ place: [], theme: [], kind: [], status: [] });

export function parseSearchParams(params: URLSearchParams): SearchState {
  const selection = emptySelection();
  for (const group of FILTER_GROUPS) selection[group] = [...new Set(params.getAll(group).filter(Boolean))];
  return { query: (params.get('q') ?? '').trim(), selection };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const group of FILTER_GROUPS) for (const value of state.selection[group]) params.append(group, value);
  return params;
}

/** Pagefind's `filters` option for a selection, optionally leaving one group out. */
export function pagefindFilters(selection: Selection, without?: FilterGroup): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const group of FILTER_GROUPS) {
    if (group !== without && selection[group].length) filters[group] = { any: selection[group] };
  }
  return filters;
}

/**
 * The searches needed for honest counts: each group's counts come from a search with every other
 * group's filters, so ticking Camden still shows how many Hackney would add.
 */
export function countQueries(
  selection: Selection,
): { group: FilterGroup; filters: Record<string, { any: string[] }> }[] {
  return FILTER_GROUPS.filter((g) => selection[g].length > 0).map((group) => ({
    group,
    filters: pagefindFilters(selection, group),
  }));
}

export const hasSelection = (selection: Selection) => FILTER_GROUPS.some((g) => selection[g].length > 0);
