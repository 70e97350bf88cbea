import { describe, expect, it } from 'vitest';
import { itemsAsEntries, scoreQuery, summarise } from '../../../scripts/lib/search-score.ts';
import { SEARCH_QUERIES } from '../../../scripts/lib/search-queries.ts';
import { realContent } from '../../helpers/content.ts';

const pages = (place: string) => [`/places/${place}/`, `/strategies/${place}-plan/`];

describe('search query scoring', () => {
  it('ranks each place by its first result on one of its pages, within the top 10 only', () => {
    const shown = [
      ['/strategies/b-plan/x/'],
      ['/themes/a/'],
      ['/strategies/a-plan/y/#action-1'],
      ...Array(8).fill(['/x/']),
      ['/places/c/'],
    ];
    expect(scoreQuery({ q: 'x', places: ['a', 'b', 'c'], why: '' }, shown, pages).map((p) => p.rank)).toEqual([
      3,
      1,
      undefined,
    ]);
  });

  it('ranks a group of links as one entry, or each link on its own when asked', () => {
    const shown = [
      ['/themes/a/', '/themes/b/'],
      ['/strategies/a-plan/#x', '/strategies/a-plan/#y'],
    ];
    const q = { q: 'x', places: ['a'], why: '' };
    expect(scoreQuery(q, shown, pages)[0]!.rank).toBe(2);
    expect(scoreQuery(q, itemsAsEntries(shown), pages)[0]!.rank).toBe(3);
  });

  it('scores a question about a word by the addresses given', () => {
    const [pair] = scoreQuery(
      { q: 'gp', places: [], within: ['/glossary/#term-gp'], why: '' },
      [['/x/'], ['/glossary/#term-gp']],
      pages,
    );
    expect(pair).toEqual({ q: 'gp', target: '/glossary/#term-gp', rank: 2 });
  });

  it('gives recall and mean reciprocal rank, a miss counting 0', () => {
    const s = summarise([
      { q: 'a', target: 'x', rank: 1 },
      { q: 'a', target: 'y', rank: 4 },
      { q: 'b', target: 'x', rank: undefined },
      { q: 'c', target: 'x', rank: 2 },
    ]);
    expect(s.recallAt10).toBe(0.75);
    expect(s.mrr).toBeCloseTo((1 + 0.25 + 0 + 0.5) / 4);
  });
});

describe('the query set', () => {
  const places = new Set(realContent().content.places.map((p) => p.id));
  it('has at least 40 questions, each with a place or an address that answers it', () => {
    expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(40);
    for (const q of SEARCH_QUERIES) expect(q.places.length + (q.within?.length ?? 0), q.q).toBeGreaterThan(0);
  });
  it('names only places that exist', () => {
    expect(SEARCH_QUERIES.flatMap((q) => q.places).filter((p) => !places.has(p))).toEqual([]);
  });
});
