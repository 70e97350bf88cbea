// Scoring the search query set (scripts/lib/search-queries.ts): recall at 10 and mean reciprocal
// rank over (query, place) pairs, from what the results list showed, in order. The list shows
// entries (a priority, or the matching actions of one priority under one heading), so a rank is an
// entry's place in the list; `itemsAsEntries` scores every link as an entry of its own instead.
import type { SearchQuery } from './search-queries.ts';

export interface PairScore {
  q: string;
  /** The place id, or the first `within` address for a question about a word. */
  target: string;
  /** 1-based rank of the first result that answers, or undefined when none of the top 10 does. */
  rank: number | undefined;
}

export interface QueryScore {
  pairs: PairScore[];
  recallAt10: number;
  mrr: number;
}

/** The pairs one query is scored on, and the addresses that answer each. */
export function queryTargets(
  query: SearchQuery,
  placePages: (place: string) => string[],
): { target: string; prefixes: string[] }[] {
  if (query.places.length === 0) return [{ target: query.within?.[0] ?? '', prefixes: query.within ?? [] }];
  return query.places.map((place) => ({ target: place, prefixes: query.within ?? placePages(place) }));
}

/** Each link as an entry of its own: the ranking a flat list of links would give. */
export const itemsAsEntries = (entries: string[][]): string[][] => entries.flat().map((url) => [url]);

/** Where each pair's first answer sits in `shown` (each entry's addresses, in the order the list shows them). */
export function scoreQuery(
  query: SearchQuery,
  shown: string[][],
  placePages: (place: string) => string[],
): PairScore[] {
  const top = shown.slice(0, 10);
  return queryTargets(query, placePages).map(({ target, prefixes }) => {
    const index = top.findIndex((entry) => entry.some((url) => prefixes.some((p) => url.startsWith(p))));
    return { q: query.q, target, rank: index === -1 ? undefined : index + 1 };
  });
}

/** Recall at 10 (share of pairs answered in the top 10) and MRR (mean of 1/rank, 0 when missed). */
export function summarise(pairs: PairScore[]): QueryScore {
  const n = pairs.length || 1;
  return {
    pairs,
    recallAt10: pairs.filter((p) => p.rank !== undefined).length / n,
    mrr: pairs.reduce((sum, p) => sum + (p.rank ? 1 / p.rank : 0), 0) / n,
  };
}
