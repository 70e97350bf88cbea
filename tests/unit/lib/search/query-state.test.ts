import { describe, expect, it } from 'vitest';
import {
  countQueries,
  emptySelection,
  hasSelection,
  pagefindFilters,
  parseSearchParams,
  toSearchParams,
} from '../../../../src/lib/search/query-state.ts';

describe('the search page address', () => {
  it('reads the query and several values per filter group', () => {
    const state = parseSearchParams(
      new URLSearchParams('q=+teeth+&place=Camden&place=Hackney&kind=Measure&place=Camden'),
    );
    expect(state.query).toBe('teeth');
    expect(state.selection).toEqual({ place: ['Camden', 'Hackney'], theme: [], kind: ['Measure'], status: [] });
  });

  it('writes the same state back, leaving out what is empty', () => {
    const params = toSearchParams({
      query: 'jobs',
      selection: { ...emptySelection(), theme: ['Good work and employment'] },
    });
    expect(params.toString()).toBe('q=jobs&theme=Good+work+and+employment');
    expect(toSearchParams({ query: '', selection: emptySelection() }).toString()).toBe('');
  });
});

describe('Pagefind filters for a selection', () => {
  const selection = { ...emptySelection(), place: ['Camden', 'Hackney'], kind: ['Priority'] };

  it('ORs values inside a group and ANDs the groups', () => {
    expect(pagefindFilters(selection)).toEqual({ place: { any: ['Camden', 'Hackney'] }, kind: { any: ['Priority'] } });
  });

  it('counts each ticked group against the other groups only, so other places still show how many they would add', () => {
    expect(countQueries(selection)).toEqual([
      { group: 'place', filters: { kind: { any: ['Priority'] } } },
      { group: 'kind', filters: { place: { any: ['Camden', 'Hackney'] } } },
    ]);
  });

  it('knows when nothing is ticked (browse needs a query or a filter)', () => {
    expect(hasSelection(emptySelection())).toBe(false);
    expect(hasSelection(selection)).toBe(true);
  });
});
