import { describe, expect, it } from 'vitest';
import { measure as measureSchema, type Measure } from '../../../../src/schemas/measure.ts';
import { areaIndicator, type AreaIndicator } from '../../../../src/schemas/area.ts';
import { axisMaxFor, barLabel, indicatorChart, listInWords, measureChart } from '../../../../src/lib/charts/series.ts';

const measure = (fields: Partial<Measure> & Pick<Measure, 'unit' | 'polarity'>): Measure =>
  measureSchema.parse({ id: 'm', label: 'A measure', source: { document: 'strategy' }, ...fields });
const indicator = (
  fields: Partial<AreaIndicator> & Pick<AreaIndicator, 'unit' | 'polarity' | 'value'>,
): AreaIndicator => areaIndicator.parse({ id: 'i', group: 'Adults', label: 'An indicator', ...fields });

describe('which chart a measure gets', () => {
  it('gets no chart for a single figure with nothing to compare it with', () => {
    expect(
      measureChart(measure({ unit: 'count', polarity: 'not-stated', values: [{ value: 32 }] }), 'Camden'),
    ).toBeUndefined();
  });

  it('gets no chart when the source gives no figure', () => {
    expect(
      measureChart(
        measure({ unit: 'percent', polarity: 'higher-is-better', target: { value: 95, label: 'herd immunity' } }),
        'Camden',
      ),
    ).toBeUndefined();
  });

  it('draws the place first, highlighted, then its comparators in the source’s order', () => {
    const chart = measureChart(
      measure({
        unit: 'percent',
        polarity: 'not-stated',
        values: [{ value: 35, period: '2020' }],
        comparators: [
          { label: 'London', kind: 'region', value: 30 },
          { label: 'England', kind: 'country', value: 28 },
        ],
      }),
      'Camden',
    )!;
    expect(chart.kind).toBe('comparison');
    expect(chart.bars.map((b) => [b.label, b.value, b.highlight])).toEqual([
      ['Camden', 35, true],
      ['London', 30, false],
      ['England', 28, false],
    ]);
    expect(chart.title).toBe('A measure: Camden compared with London and England');
  });

  it('draws nothing for a comparator the source gives in words only, and invents no figure for it', () => {
    const chart = measureChart(
      measure({
        unit: 'percent',
        polarity: 'higher-is-better',
        values: [{ value: 66.4 }],
        comparators: [{ label: 'London', kind: 'region', relation: 'lower' }],
        target: { value: 95, label: 'needed for herd immunity' },
      }),
      'Camden',
    )!;
    expect(chart.kind).toBe('target');
    expect(chart.bars.map((b) => b.label)).toEqual(['Camden']);
    expect(chart.references).toEqual([{ label: 'Target', value: 95, display: '95%' }]);
    expect(chart.description).not.toContain('London');
    expect(chart.takeaway).toBe('Camden (66.4%) is below the target of 95%, so the target is not met.');
  });

  it('leads with the target when a measure has both a target and a comparator', () => {
    const chart = measureChart(
      measure({
        unit: 'percent',
        polarity: 'higher-is-better',
        values: [{ value: 66.4 }],
        comparators: [{ label: 'London', kind: 'region', value: 74.1 }],
        target: { value: 95, label: 'herd immunity' },
      }),
      'Exampleton',
    )!;
    expect(chart.bars.map((b) => b.label)).toEqual(['Exampleton', 'London']);
    expect(chart.references.map((r) => r.value)).toEqual([95]);
    expect(chart.takeaway).toMatch(/^Exampleton \(66\.4%\) is below the target of 95%/);
  });

  it('says how a lower-is-better measure compares, naming the polarity', () => {
    const chart = measureChart(
      measure({
        unit: 'percent',
        polarity: 'lower-is-better',
        values: [{ value: 6.9 }],
        comparators: [{ label: 'London average', kind: 'region', value: 5.7 }],
      }),
      'Barking and Dagenham',
    )!;
    expect(chart.takeaway).toBe(
      'Barking and Dagenham is higher than London average (6.9% against 5.7%); lower is better.',
    );
  });

  it('draws a threshold comparator as a reference line, not a bar', () => {
    const chart = measureChart(
      measure({
        unit: 'percent',
        polarity: 'lower-is-better',
        values: [{ value: 4.4 }],
        comparators: [
          { label: 'England average', kind: 'country', value: 5.4 },
          { label: 'National Target', kind: 'threshold', value: 3 },
        ],
      }),
      'Southend Victoria',
    )!;
    expect(chart.bars.map((b) => b.label)).toEqual(['Southend Victoria', 'England average']);
    expect(chart.references.map((r) => [r.label, r.value])).toEqual([['National Target', 3]]);
  });

  it('shows change over time as columns, oldest first, with the latest highlighted', () => {
    const chart = measureChart(
      measure({
        unit: 'percent',
        polarity: 'higher-is-better',
        values: [
          { period: '2014/15', value: 63 },
          { period: '2018/19', value: 73 },
        ],
      }),
      'Camden',
    )!;
    expect(chart.kind).toBe('trend');
    expect(chart.orientation).toBe('vertical');
    expect(chart.bars.map((b) => [b.label, b.display, b.highlight])).toEqual([
      ['2014/15', '63%', false],
      ['2018/19', '73%', true],
    ]);
    expect(chart.periods).toEqual(['2014/15', '2018/19']);
    expect(chart.takeaway).toBe('Camden’s figure rose from 63% (2014/15) to 73% (2018/19); higher is better.');
  });

  it('does not treat the same period printed twice as change over time', () => {
    // Barking and Dagenham's 2017 birth rate is printed as 82.6 and as 82.56.
    const chart = measureChart(
      measure({
        unit: 'per-1000',
        polarity: 'not-stated',
        values: [
          { period: '2017', value: 82.6 },
          { period: '2017', value: 82.56 },
        ],
      }),
      'Barking and Dagenham',
    );
    expect(chart).toBeUndefined();
  });

  it('lists every drawn figure in the text alternative', () => {
    const chart = measureChart(
      measure({
        unit: 'per-100000',
        polarity: 'lower-is-better',
        values: [{ value: 694 }],
        comparators: [{ label: 'England', kind: 'country', value: 120.03 }],
      }),
      'Camden',
    )!;
    expect(chart.description).toContain('Figures shown: Camden: 694 per 100,000; England: 120.03 per 100,000.');
  });
});

describe('neighbourhood profile small multiples', () => {
  it('draws England as a reference line at the figure the profile gives, not at 100', () => {
    const chart = indicatorChart(
      indicator({
        unit: 'standardised-ratio',
        polarity: 'lower-is-better',
        value: 240.1,
        comparators: [
          { label: 'Victoria', kind: 'area', value: 275 },
          {
            label: 'England',
            kind: 'country',
            value: 142.6,
            note: 'The source compares COPD admissions with England 142.6, not with 100.',
          },
        ],
      }),
      'Southend Victoria',
    )!;
    expect(chart.bars.map((b) => [b.label, b.value])).toEqual([
      ['Southend Victoria', 240.1],
      ['Victoria', 275],
    ]);
    expect(chart.references).toEqual([{ label: 'England', value: 142.6, display: '142.6' }]);
    expect(chart.takeaway).toBe('Southend Victoria is higher than England (240.1 against 142.6); lower is better.');
  });

  it('gets no chart when the profile gives no comparator', () => {
    expect(
      indicatorChart(indicator({ unit: 'count', polarity: 'not-stated', value: 36300 }), 'Southend Victoria'),
    ).toBeUndefined();
  });

  it('compares with England before a nearby area when writing the takeaway', () => {
    const chart = indicatorChart(
      indicator({
        unit: 'per-1000',
        polarity: 'not-stated',
        value: 68.8,
        comparators: [
          { label: 'Kursaal', kind: 'area', value: 68.8 },
          { label: 'England', kind: 'country', value: 59.2, relation: 'higher' },
        ],
      }),
      'Southend Victoria',
    )!;
    expect(chart.takeaway).toBe('Southend Victoria is higher than England (68.8 per 1,000 against 59.2 per 1,000).');
  });
});

describe('numbers on a chart', () => {
  it.each([
    [66.4, 'percent', '66.4%'],
    [120.03, 'per-100000', '120.03'],
    [1200000, 'count', '1,200,000'],
    [142.6, 'standardised-ratio', '142.6'],
    [1200, 'pounds', '£1,200'],
    [2.5, 'times', '2.5'],
  ] as const)('%s %s is labelled "%s" (the unit is in the caption)', (value, unit, expected) =>
    expect(barLabel(value, unit)).toBe(expected),
  );

  it('runs the axis from zero past the largest figure, leaving room for its label', () => {
    expect(axisMaxFor([66.4, 95])).toBe(130);
    expect(axisMaxFor([0.5, 3])).toBe(3.9);
    expect(axisMaxFor([0])).toBe(1);
    expect(axisMaxFor([240.1, 302.8, 142.6])).toBe(400);
  });

  it('lists names in words', () => {
    expect(listInWords(['England'])).toBe('England');
    expect(listInWords(['Victoria', 'Kursaal', 'England'])).toBe('Victoria, Kursaal and England');
  });
});

describe('change over time with long period names', () => {
  it('uses bars with the period above each, so "12 months to 31 December 2021" is not squeezed under a column', () => {
    const chart = measureChart(
      measure({
        unit: 'count',
        polarity: 'not-stated',
        values: [
          { period: '12 months to 31 December 2021', value: 1922 },
          { period: '12 months to 31 December 2022', value: 2114 },
        ],
      }),
      'Southend-on-Sea',
    )!;
    expect(chart.kind).toBe('trend');
    expect(chart.orientation).toBe('horizontal');
    expect(chart.takeaway).toBe(
      'Southend-on-Sea’s figure rose from 1,922 (12 months to 31 December 2021) to 2,114 (12 months to 31 December 2022).',
    );
  });
});

describe('figures printed in words', () => {
  it('gets no chart, so no bar shows a derived number as if it were printed', () => {
    const m = measure({
      unit: 'percent',
      polarity: 'not-stated',
      values: [{ value: 33.3, asPrinted: 'over a third' }],
      comparators: [{ label: 'London', kind: 'region', value: 25 }],
    });
    expect(measureChart(m, 'Camden')).toBeUndefined();
  });

  it('still gets a chart when the printed form is a number in another style', () => {
    const m = measure({
      unit: 'count',
      polarity: 'not-stated',
      values: [{ value: 8954, asPrinted: '8954' }],
      comparators: [{ label: 'England', kind: 'country', value: 9000 }],
    });
    expect(measureChart(m, 'Canvey')).toBeDefined();
  });
});
