import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../../src/lib/check/run.ts';
import { buildSite } from '../../../../src/lib/model.ts';
import { filterOptions, recordFilters, searchRecords } from '../../../../src/lib/search/records.ts';
import { FIXTURE_SITE } from '../../../helpers/content.ts';

const records = searchRecords(buildSite(checkContent(FIXTURE_SITE).content));
const byUrl = (url: string) => records.find((r) => r.url === url)!;

describe('search records', () => {
  it('makes one record for every priority, action and measure, each with its own address', () => {
    expect(records.map((r) => `${r.kind} ${r.url}`)).toEqual([
      'priority /strategies/exampleton-2024-28/ready-for-school/',
      'action /strategies/exampleton-2024-28/ready-for-school/#action-mmr-catch-up',
      'priority /strategies/exampleton-2024-28/friendships/',
      'commitment /strategies/exampleton-2024-28/friendships/#action-w1',
      'measure /strategies/exampleton-2024-28/ready-for-school/#measure-mmr2',
      'measure /strategies/exampleton-2024-28/ready-for-school/#measure-gld',
    ]);
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
      theme: ['Best start in life', 'Immunisation and health protection', 'Social connection and loneliness'],
      kind: ['Priority', 'Action', 'Measure', 'Commitment'],
      status: ['Adopted'],
    });
  });
});
