import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/check/run.ts';
import { buildSite } from '../../../../src/lib/model.ts';
import { filterOptions, recordFilters, searchRecords } from '../../../../src/lib/search/records.ts';
import { FIXTURE_SITE, realContent } from '../../../helpers/content.ts';

const records = searchRecords(buildSite(checkContent(FIXTURE_SITE).content));
const byUrl = (url: string) => records.find((r) => r.url === url)!;

describe('search records', () => {
  it('makes one record for everything a reader can see, each with its own address', () => {
    expect(records.map((r) => `${r.kind} ${r.url}`)).toEqual([
      'strategy /strategies/exampleton-2024-28/#at-a-glance',
      'principle /strategies/exampleton-2024-28/#principle-prevention',
      'priority /strategies/exampleton-2024-28/ready-for-school/',
      'action /strategies/exampleton-2024-28/ready-for-school/#action-mmr-catch-up',
      'priority /strategies/exampleton-2024-28/friendships/',
      'commitment /strategies/exampleton-2024-28/friendships/#action-w1',
      'voice /strategies/exampleton-2024-28/friendships/#voice-expectation-1',
      'measure /strategies/exampleton-2024-28/ready-for-school/#measure-mmr2',
      'measure /strategies/exampleton-2024-28/ready-for-school/#measure-gld',
      'theme /themes/best-start-in-life/',
      'theme /themes/good-work/',
      'theme /themes/social-connection/',
      'theme /themes/immunisation/',
      'place /places/exampleton/',
    ]);
  });

  it('gives a theme page its residents’ words, and a resident’s statement its priority, on whose page it is found', () => {
    expect(byUrl('/themes/social-connection/').synonyms).toContain('lonely');
    expect(byUrl('/strategies/exampleton-2024-28/friendships/#voice-expectation-1')).toMatchObject({
      title: 'Citizens’ Assembly expectation',
      kind: 'voice',
      priority: 'Community connectedness and friendships',
    });
    expect(byUrl('/strategies/exampleton-2024-28/friendships/#voice-expectation-1').text[0]).toMatch(/lonely/);
  });

  it('tells each record its place, strategy, status and the priority it sits under', () => {
    const action = byUrl('/strategies/exampleton-2024-28/ready-for-school/#action-mmr-catch-up');
    expect(action).toMatchObject({
      places: ['Exampleton'],
      strategy: 'Exampleton Health and Wellbeing Strategy 2024-28',
      status: 'Adopted',
      priority: 'Healthy and ready for school',
      themes: ['Best start in life', 'Immunisation and health protection'],
    });
    expect(recordFilters(action)).toEqual({
      place: ['Exampleton'],
      theme: ['Best start in life', 'Immunisation and health protection'],
      kind: ['Action'],
      status: ['Adopted'],
    });
  });

  it('gives a priority the words residents use for its themes, from the theme files', () => {
    expect(byUrl('/strategies/exampleton-2024-28/friendships/').synonyms).toContain('lonely');
  });

  it('leaves the theme words off actions and measures, which are found by their own words', () => {
    expect(byUrl('/strategies/exampleton-2024-28/ready-for-school/#measure-mmr2').synonyms).toEqual([]);
  });

  it('lists every filter value once, kinds in a fixed order', () => {
    expect(filterOptions(records)).toEqual({
      place: ['Exampleton'],
      theme: [
        'Best start in life',
        'Good work and employment',
        'Immunisation and health protection',
        'Social connection and loneliness',
      ],
      kind: [
        'Priority',
        'Action',
        'Measure',
        'Commitment',
        'Strategy',
        'Principle',
        'Residents’ voice',
        'Theme',
        'Place',
      ],
      status: ['Adopted'],
    });
  });
});

describe('search records of the real content', () => {
  const checked = realContent();
  const real = searchRecords(
    buildSite(checked.content),
    new Map([...checked.entries].map(([k, e]) => [k, e.renderedBody])),
  );
  const kinds = new Set(real.map((r) => r.kind));

  it('cover bodies, approaches, governance, neighbourhood figures and the glossary', () => {
    for (const kind of [
      'strategy',
      'principle',
      'voice',
      'update',
      'theme',
      'place',
      'area',
      'indicator',
      'glossary',
    ] as const)
      expect(kinds).toContain(kind);
    expect(real.some((r) => r.url === '/strategies/southwark-new-jhws/#a-live-document')).toBe(true);
    expect(real.some((r) => r.url === '/strategies/camden-2022-30/#governance')).toBe(true);
    expect(real.some((r) => r.url.startsWith('/areas/southend-east/#indicator-'))).toBe(true);
  });

  it('let a glossary term’s everyday name find it', () => {
    expect(real.find((r) => r.url === '/glossary/#term-general-practitioner')!.text.join(' ')).toContain(
      'family doctor',
    );
  });

  it('gives every record an address on one page, with at most one anchor', () => {
    for (const r of real) expect(r.url, r.title).toMatch(/^\/[^#\s]*\/(#[\w-]+)?$/);
  });
});
