import { describe, expect, it } from 'vitest';
import {
  coversQuery,
  hasPhrase,
  namesQuery,
  pagefindTerm,
  queryWords,
  rankEntries,
  resultEntry,
  resultItems,
  type PagefindAnchor,
  type PagefindResultData,
  type ResultEntry,
} from '../../../../src/lib/search/results.ts';

const heading = (id: string, text: string, location: number) => ({ element: 'h1', id, text, location });
/** A priority's group as Pagefind returns it when browsing: its words and item headings. */
const groupResult = (content: string, anchors: PagefindAnchor[]): PagefindResultData => ({
  url: '/strategies/s/p/#search',
  excerpt: 'whole page',
  meta: { where: 'Camden · Camden strategy · Healthy lives' },
  content,
  anchors,
});
const group = groupResult('Fewer smokers Stop smoking clinics in every ward. More jabs Catch-up clinics.', [
  heading('a.action-a', 'Fewer smokers', 0),
  heading('a.action-b', 'More jabs', 8),
]);
/** A priority's group holding an action and a measure, as pages.ts packs them. */
const mixed = groupResult('Fewer smokers Stop smoking clinics. Smoking rate Adults who smoke.', [
  heading('a.action-a', 'Fewer smokers', 0),
  heading('m.measure-rate', 'Smoking rate', 5),
]);
const sub = (data: PagefindResultData, i: number, excerpt: string) => {
  const anchor = data.anchors![i]!;
  return { title: anchor.text!, url: `/strategies/s/p/#${anchor.id}`, excerpt, anchor };
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

  it('turns each matching item of a group into its own result, with its own kind and the group’s place', () => {
    const searched = {
      ...group,
      sub_results: [
        {
          title: 'More jabs',
          url: '/strategies/s/p/#a.action-b',
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

  it('leaves out a heading whose id the index did not write, rather than link to a made-up anchor', () => {
    const odd = { ...group, anchors: [heading('action-a', 'Fewer smokers', 0), group.anchors![1]!] };
    expect(resultItems(odd).map((r) => r.url)).toEqual(['/strategies/s/p/#action-b']);
  });

  it('gives each item of a mixed group its own kind, and keeps only the kinds ticked', () => {
    const searched = {
      ...mixed,
      sub_results: [sub(mixed, 0, '<mark>smoking</mark>'), sub(mixed, 1, '<mark>smoke</mark>')],
    };
    expect(resultItems(searched).map((r) => [r.kind, r.url])).toEqual([
      ['Action', '/strategies/s/p/#action-a'],
      ['Measure', '/strategies/s/p/#measure-rate'],
    ]);
    expect(resultItems(searched, ['Measure']).map((r) => r.title)).toEqual(['Smoking rate']);
    expect(resultItems(mixed, ['Measure']).map((r) => [r.title, r.excerpt])).toEqual([
      ['Smoking rate', 'Adults who smoke.'],
    ]);
    expect(resultItems(searched, ['Commitment'])).toEqual([]);
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
          url: '/strategies/s/p/#a.action-a',
          excerpt: 'Stop <mark>smoking</mark> clinics',
          anchor: group.anchors![0]!,
        },
        {
          title: 'More jabs',
          url: '/strategies/s/p/#a.action-b',
          excerpt: '<mark>Catching</mark> up <mark>clinics</mark>',
          anchor: group.anchors![1]!,
        },
      ],
    };
    expect(resultEntry(searched, 'catching clinics').items.map((i) => i.title)).toEqual(['More jabs']);
    expect(resultEntry(searched, 'smoking clinics catch')).toMatchObject({ whole: false, grouped: true });
    expect(resultEntry(searched, 'smoking clinics catch').items).toHaveLength(2);
  });

  it('names the kinds a group’s entry lists, and has no items when none is of a kind ticked', () => {
    const searched = {
      ...mixed,
      sub_results: [sub(mixed, 0, '<mark>smoking</mark>'), sub(mixed, 1, '<mark>smoke</mark>')],
    };
    expect(resultEntry(searched, 'smoking').kind).toBe('Action, Measure');
    expect(resultEntry(searched, 'smoking', ['Action']).kind).toBe('Action');
    expect(
      resultEntry({ ...mixed, sub_results: [sub(mixed, 1, '<mark>smoke</mark>')] }, 'smoke', ['Action']).items,
    ).toEqual([]);
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

  it('puts glossary entries after the places’ answers, unless one is the term asked for and no theme page is listed', () => {
    const term = { ...entry('Glossary', 'Glossary'), names: true };
    const other = entry('Glossary', 'Glossary');
    const places = [entry('Camden'), entry('Hackney')];
    const order = (entries: ResultEntry[]) => rankEntries(entries).map((e) => `${e.where}${e.names ? ' (term)' : ''}`);
    expect(order([other, ...places])).toEqual(['Camden', 'Hackney', 'Glossary']);
    expect(order([term, ...places])).toEqual(['Glossary (term)', 'Camden', 'Hackney']);
    expect(order([term, ...places, entry('Theme: every place’s priorities', 'Theme')])).toEqual([
      'Camden',
      'Hackney',
      'Glossary (term)',
      'Theme: every place’s priorities',
    ]);
  });

  it('knows a glossary entry is the term asked for by its name, abbreviation or everyday names', () => {
    const item = (title: string, excerpt: string) => ({ title, excerpt });
    expect(namesQuery(item('Accident and emergency (A&E)', 'Hospital'), 'a&e')).toBe(true);
    expect(namesQuery(item('Accident and emergency (A&E)', 'Hospital'), 'Accident and Emergency')).toBe(true);
    expect(
      namesQuery(
        item('General practitioner (GP)', 'A doctor. Also called: <mark>family</mark> <mark>doctor</mark>, family GP.'),
        'family doctor',
      ),
    ).toBe(true);
    expect(namesQuery(item('Mental health first aid (MHFA)', 'Training'), 'mental health')).toBe(false);
  });

  it('counts a page as a whole match when its title or residents’ words have the words its excerpt lacks', () => {
    const priority = (meta: Record<string, string>, excerpt: string): PagefindResultData => ({
      url: '/strategies/s/p/',
      excerpt,
      meta: { kind: 'Priority', where: 'Camden', ...meta },
    });
    const partial = priority({ title: 'Good work' }, 'the <mark>cost</mark> of care');
    expect(resultEntry(partial, 'cost of living').whole).toBe(false);
    expect(resultEntry(partial, 'cost').whole).toBe(true);
    expect(
      resultEntry(priority({ title: 'Living well' }, 'the <mark>cost</mark> of care'), 'cost of living').whole,
    ).toBe(true);
    expect(
      resultEntry(
        priority({ title: 'Friendships', words: 'Social connection, making friends' }, 'no marks'),
        'making friends',
      ).whole,
    ).toBe(true);
    const ranked = rankEntries([
      resultEntry(partial, 'cost of living'),
      resultEntry(
        {
          ...priority({ title: 'Money' }, '<mark>cost</mark> of <mark>living</mark>'),
          meta: { kind: 'Priority', where: 'Hackney', title: 'Money' },
        },
        'cost of living',
      ),
    ]);
    expect(ranked.map((e) => e.where)).toEqual(['Hackney', 'Camden']);
  });

  it('asks Pagefind for the words without the small ones, which would each cost an index chunk', () => {
    expect(pagefindTerm('cost of living')).toBe('cost living');
    expect(pagefindTerm('Out Of work')).toBe('Out work');
    expect(pagefindTerm('of the')).toBe('of the');
    expect(pagefindTerm('A&E')).toBe('A&E');
    expect(pagefindTerm(null)).toBeNull();
  });

  it('finds the query as a phrase: its words in order, with only small words and punctuation between', () => {
    const words = queryWords('out of work');
    expect(hasPhrase('people on <mark>out</mark>-of-<mark>work</mark> benefits', words)).toBe(true);
    expect(hasPhrase('work out', words)).toBe(false);
    expect(hasPhrase('out of the house to work', words)).toBe(false);
    expect(hasPhrase('the Cost of Living crisis', queryWords('cost of living'))).toBe(true);
  });

  it('ranks entries with the phrase first, then those with every word, then the rest', () => {
    const page = (where: string, excerpt: string): PagefindResultData => ({
      url: `/${where}/`,
      excerpt,
      meta: { kind: 'Priority', where, title: where },
    });
    const ranked = rankEntries(
      [
        page('Camden', '<mark>work</mark> to get <mark>out</mark>'),
        page('Hackney', 'the way <mark>out</mark>'),
        page('Southwark', 'on <mark>out</mark> of <mark>work</mark> benefits'),
      ].map((d) => resultEntry(d, 'out of work')),
    );
    expect(ranked.map((e) => e.where)).toEqual(['Southwark', 'Camden', 'Hackney']);
  });

  it('brings places the list does not have yet before more of those it has, when showing more', () => {
    const next = [entry('Camden · b'), entry('Camden · c'), entry('Hackney'), entry('Southwark')];
    expect(rankEntries(next, [entry('Camden')]).map((e) => e.where)).toEqual([
      'Hackney',
      'Southwark',
      'Camden · b',
      'Camden · c',
    ]);
  });

  it('keeps a theme page after the places’ answers even when its residents’ words are the phrase asked for', () => {
    const theme: PagefindResultData = {
      url: '/themes/good-work/',
      excerpt: 'Jobs',
      meta: { kind: 'Theme', where: '', title: 'Good work', words: 'Good work, out of work, jobs' },
    };
    const place: PagefindResultData = {
      url: '/p/',
      excerpt: '<mark>work</mark> <mark>out</mark>',
      meta: { kind: 'Priority', where: 'Camden', title: 'Work' },
    };
    expect(rankEntries([theme, place].map((d) => resultEntry(d, 'out of work'))).map((e) => e.kind)).toEqual([
      'Priority',
      'Theme',
    ]);
  });

  it('starts each round with the place that has more answers among the entries, then in Pagefind’s order', () => {
    const ranked = rankEntries([entry('Hackney'), entry('Camden'), entry('Camden · b'), entry('Southwark')]);
    expect(ranked.map((e) => e.where)).toEqual(['Camden', 'Hackney', 'Southwark', 'Camden · b']);
  });
});
