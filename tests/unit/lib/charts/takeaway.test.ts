import { describe, expect, it } from 'vitest';
import {
  comparatorTakeaway,
  judgement,
  periodEndYear,
  relationTo,
  targetTakeaway,
  trendTakeaway,
} from '../../../../src/lib/charts/takeaway.ts';

describe('how a figure relates to a comparator', () => {
  it('uses the source’s own words before arithmetic', () => {
    expect(relationTo(60, { label: 'England', kind: 'country', value: 59.2, relation: 'similar' })).toBe('similar');
  });
  it('works it out from the two figures when the source gives no words', () => {
    expect(relationTo(240.1, { label: 'England', kind: 'country', value: 142.6 })).toBe('higher');
    expect(relationTo(52.3, { label: 'England', kind: 'country', value: 53.4 })).toBe('lower');
    expect(relationTo(59.2, { label: 'England', kind: 'country', value: 59.2 })).toBe('same');
  });
  it('cannot say anything when there is neither a figure nor the source’s words', () => {
    expect(relationTo(66.4, { label: 'London', kind: 'region' })).toBeUndefined();
  });
  it('calls a difference better or worse only when the polarity is known', () => {
    expect(judgement('higher', 'lower-is-better')).toBe('worse');
    expect(judgement('lower', 'lower-is-better')).toBe('better');
    expect(judgement('higher', 'higher-is-better')).toBe('better');
    expect(judgement('higher', 'not-stated')).toBeUndefined();
    expect(judgement('similar', 'higher-is-better')).toBeUndefined();
  });
});

describe('the takeaway against a comparator', () => {
  it('says "higher than England" with both figures and names the polarity for a lower-is-better measure', () => {
    expect(
      comparatorTakeaway('Southend Victoria', 240.1, 'standardised-ratio', 'lower-is-better', {
        label: 'England',
        kind: 'country',
        value: 142.6,
      }),
    ).toBe('Southend Victoria is higher than England (240.1 against 142.6); lower is better.');
  });
  it('does not say better or worse, or significantly, when the source states no significance', () => {
    const sentence = comparatorTakeaway('Canvey', 51.1, 'percent', 'higher-is-better', {
      label: 'England',
      kind: 'country',
      value: 53.4,
    })!;
    expect(sentence).toBe('Canvey is lower than England (51.1% against 53.4%); higher is better.');
    expect(sentence).not.toMatch(/significant|worse|better than/);
  });
  it('says "significantly" and "worse" only when the source marks the difference significant', () => {
    expect(
      comparatorTakeaway('Camden', 66.4, 'percent', 'higher-is-better', {
        label: 'London',
        kind: 'region',
        value: 80,
        significant: true,
      }),
    ).toBe('Camden is significantly lower than London (66.4% against 80%), which is worse.');
  });
  it('says nothing about polarity for a measure where neither direction is better', () => {
    expect(
      comparatorTakeaway('Camden', 35, 'percent', 'not-stated', { label: 'London', kind: 'region', value: 30 }),
    ).toBe('Camden is higher than London (35% against 30%).');
  });
  it('reports a words-only comparison as the source’s claim and says no figure is given', () => {
    expect(
      comparatorTakeaway('Camden', 19, 'percent', 'lower-is-better', {
        label: 'London',
        kind: 'region',
        relation: 'similar',
      }),
    ).toBe('The source says Camden at 19% is similar to London; it gives no figure for London.');
  });
  it('gives no takeaway for a comparator with neither a figure nor words', () => {
    expect(
      comparatorTakeaway('Camden', 19, 'percent', 'lower-is-better', { label: 'London', kind: 'region' }),
    ).toBeUndefined();
  });
});

describe('the takeaway against a target', () => {
  it('says a higher-is-better figure below its target is not met', () => {
    expect(targetTakeaway('Camden', 66.4, 'percent', 'higher-is-better', 95)).toBe(
      'Camden (66.4%) is below the target of 95%, so the target is not met.',
    );
  });
  it('says a lower-is-better figure above its target is not met', () => {
    expect(targetTakeaway('Canvey', 4.3, 'percent', 'lower-is-better', 3, 'the National Target')).toBe(
      'Canvey (4.3%) is above the National Target of 3%, so the target is not met.',
    );
  });
  it('says a lower-is-better figure at or under its target has reached it', () => {
    expect(targetTakeaway('Rochford', 2.5, 'percent', 'lower-is-better', 3)).toBe(
      'Rochford (2.5%) has reached the target of 3%.',
    );
  });
  it('only says above or below when the polarity is not known', () => {
    expect(targetTakeaway('Exampleton', 120, 'count', 'not-stated', 100)).toBe(
      'Exampleton (120) is above the target of 100.',
    );
  });
});

describe('the takeaway over time', () => {
  it('says the figure rose, with both periods', () => {
    expect(
      trendTakeaway(
        'Camden',
        { value: 63, period: '2014/15' },
        { value: 73, period: '2018/19' },
        'percent',
        'higher-is-better',
      ),
    ).toBe('Camden’s figure rose from 63% (2014/15) to 73% (2018/19); higher is better.');
  });
  it('says the figure fell for a lower-is-better measure without calling it an improvement', () => {
    expect(
      trendTakeaway(
        'Exampleton',
        { value: 12.5, period: '2020' },
        { value: 10, period: '2022' },
        'percent',
        'lower-is-better',
      ),
    ).toBe('Exampleton’s figure fell from 12.5% (2020) to 10% (2022); lower is better.');
  });
  it('says when the figure did not change', () => {
    expect(
      trendTakeaway('Hackney', { value: 5, period: '2020' }, { value: 5, period: '2021' }, 'count', 'not-stated'),
    ).toBe('Hackney’s figure was 5 in both 2020 and 2021.');
  });
});

describe('the takeaway against a target with a date', () => {
  it('says a target due later than the figure’s period is not yet met, with the target year', () => {
    expect(
      targetTakeaway('Fernley', 36.1, 'percent', 'lower-is-better', 33, 'the target', {
        by: '2029',
        period: '2022/23',
      }),
    ).toBe('Fernley (36.1%) is above the target of 33% for 2029, so the target is not yet met (figures for 2022/23).');
  });

  it('says not yet met when the figure has no period but the target has a date', () => {
    expect(targetTakeaway('Fernley', 36.1, 'percent', 'lower-is-better', 33, 'the target', { by: '2029' })).toBe(
      'Fernley (36.1%) is above the target of 33% for 2029, so the target is not yet met.',
    );
  });

  it('says not met once the figure covers the target year', () => {
    expect(
      targetTakeaway('Fernley', 36.1, 'percent', 'lower-is-better', 33, 'the target', {
        by: '2029-03',
        period: '2029/30',
      }),
    ).toBe('Fernley (36.1%) is above the target of 33% for March 2029, so the target is not met.');
  });

  it('names the target year when the target is reached', () => {
    expect(
      targetTakeaway('Fernley', 30, 'percent', 'lower-is-better', 33, 'the target', { by: '2029', period: '2022/23' }),
    ).toBe('Fernley (30%) has reached the target of 33% for 2029.');
  });

  it('reads the last year of a printed period', () => {
    expect([
      periodEndYear('2022/23'),
      periodEndYear('2018-2020'),
      periodEndYear('July 2021'),
      periodEndYear('1999/00'),
      periodEndYear('no year'),
      periodEndYear(undefined),
    ]).toEqual([2023, 2020, 2021, 2000, undefined, undefined]);
  });
});
