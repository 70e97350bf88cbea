import { describe, expect, it } from 'vitest';
import { wrapLabel } from '../../../../src/lib/charts/labels.ts';
import { chartCaption } from '../../../../src/lib/charts/caption.ts';

describe('bar labels', () => {
  it('break long names at spaces without losing a word', () => {
    const lines = wrapLabel('Other boroughs in North Central London (NCL)', 14);
    expect(lines).toEqual(['Other boroughs', 'in North', 'Central London', '(NCL)']);
    expect(lines.join(' ')).toBe('Other boroughs in North Central London (NCL)');
  });
  it('keep a word longer than the line on its own line', () => {
    expect(wrapLabel('Supercalifragilistic area', 8)).toEqual(['Supercalifragilistic', 'area']);
  });
});

describe('chart captions', () => {
  it('give the period, unit, polarity and source with its page', () => {
    expect(
      chartCaption({
        periods: ['2014/15', '2018/19'],
        unitWords: 'per cent',
        polarity: 'higher-is-better',
        source: 'Camden Health and Wellbeing Strategy 2022-30',
        page: '23-29',
      }),
    ).toBe(
      'Period: 2014/15 and 2018/19. Unit: per cent. Higher is better. Source: Camden Health and Wellbeing Strategy 2022-30, page 23-29.',
    );
  });
  it('say when the source gives no period', () => {
    expect(chartCaption({ periods: [], unitWords: 'SAR', polarity: 'not-stated' })).toBe(
      'Unit: SAR. Neither higher nor lower is simply better.',
    );
  });
});
