import { describe, expect, it } from 'vitest';
import {
  coversQuery,
  queryWords,
  rankEntries,
  resultEntry,
  resultItems,
  type PagefindResultData,
  type ResultEntry,
} from '../../../../src/lib/search/results.ts';

const heading = (id: string, text: string, location: number) => ({ element: 'h1', id, text, location });
const group: PagefindResultData = {
  url: '/strategies/s/p/#search-actions',
  excerpt: 'whole page',
  meta: { kind: 'Action', where: 'Camden · Camden strategy · Healthy lives' },
  content: 'Fewer smokers Stop smoking clinics in every ward. More jabs Catch-up clinics.',
  anchors: [heading('action-a', 'Fewer smokers', 0), heading('action-b', 'More jabs', 8)],
};

describe('result items', () => {
  it('turns a priority or update into one result with its own title and excerpt', () => {
    const data: PagefindResultData = {
      url: '/strategies/s/p/',
      excerpt: 'a <mark>b</mark>',
      meta: { title: 'P', kind: 'Priority', where: 'Camden' },
    };
    expect(resultItems(data)).toEqual([
      { url: '/strategies/s/p/', title: 'P', kind: 'Priority', where: 'Camden', excerpt: 'a <mark>b</mark>' },
    ]);
  });

  it('turns each matching item of a group into its own result, with the group’s kind and place', () => {
    const searched = {
      ...group,
      sub_results: [
        {
          title: 'More jabs',
          url: '/strategies/s/p/#action-b',
          excerpt: 'Catch-up <mark>clinics</mark>',
          anchor: group.anchors![1]!,
        },
      ],
    };
    expect(resultItems(searched)).toEqual([
      {
        url: '/strategies/s/p/#action-b',
        title: 'More jabs',
        kind: 'Action',
        where: 'Camden · Camden strategy · Healthy lives',
        excerpt: 'Catch-up <mark>clinics</mark>',
      },
    ]);
  });

  it('lists every item of a group, with its own words, when browsing without a query', () => {
    expect(resultItems(group).map((r) => [r.url, r.title, r.excerpt])).toEqual([
      ['/strategies/s/p/#action-a', 'Fewer smokers', 'Stop smoking clinics in every ward.'],
      ['/strategies/s/p/#action-b', 'More jabs', 'Catch-up clinics.'],
    ]);
  });

  it('ignores a sub-result that is not an item heading (words before the first one)', () => {
    const searched = { ...group, sub_results: [{ title: '', url: '/strategies/s/p/', excerpt: 'x' }] };
    expect(resultItems(searched)).toHaveLength(2);
  });
});

const entry = (where: string, kind = 'Priority', whole = true): ResultEntry => ({
  kind,
  where,
  grouped: false,
  whole,
  items: [{ url: `/${where}/`, title: where, kind, where, excerpt: '' }],
});

describe('result entries', () => {
  it('lists only the items of a group that match every word of the query, when some do', () => {
    const searched = {
      ...group,
      sub_results: [
        {
          title: 'Fewer smokers',
          url: '/strategies/s/p/#action-a',
          excerpt: 'Stop <mark>smoking</mark> clinics',
          anchor: group.anchors![0]!,
        },
        {
          title: 'More jabs',
          url: '/strategies/s/p/#action-b',
          excerpt: '<mark>Catching</mark> up <mark>clinics</mark>',
          anchor: group.anchors![1]!,
        },
      ],
    };
    expect(resultEntry(searched, 'catching clinics').items.map((i) => i.title)).toEqual(['More jabs']);
    expect(resultEntry(searched, 'smoking clinics catch')).toMatchObject({ whole: false, grouped: true });
    expect(resultEntry(searched, 'smoking clinics catch').items).toHaveLength(2);
  });

  it('puts each place’s best answer before any place’s second, theme overviews last in each round', () => {
    const ranked = rankEntries([
      entry('Theme: every place’s priorities', 'Theme'),
      entry('Camden'),
      entry('Camden · b'),
      entry('Hackney'),
      entry('Glossary', 'Glossary', false),
    ]);
    expect(ranked.map((e) => e.where)).toEqual([
      'Camden',
      'Hackney',
      'Theme: every place’s priorities',
      'Camden · b',
      'Glossary',
    ]);
  });

  it('ignores small words such as "of" when checking a match', () => {
    expect(queryWords('Cost of living')).toEqual(['cost', 'living']);
    expect(coversQuery('the <mark>cost</mark> of <mark>living</mark>', queryWords('cost of living'))).toBe(true);
  });
});
