import { describe, expect, it } from 'vitest';
import { areaIndicator } from '../../../src/schemas/area.ts';
import { indicatorSubject, isForOtherSubject, otherSubjects } from '../../../src/lib/areas.ts';
import { indicatorChart } from '../../../src/lib/charts/series.ts';

const indicator = (fields: Record<string, unknown>) =>
  areaIndicator.parse({
    id: 'i',
    group: 'Adults',
    label: 'Emergency admissions for COPD',
    unit: 'standardised-ratio',
    polarity: 'lower-is-better',
    value: 145.2,
    ...fields,
  });

describe('who a neighbourhood figure is for', () => {
  it('is the area when the indicator names no subject', () => {
    expect(indicatorSubject(indicator({}), 'Rochford')).toBe('Rochford');
    expect(isForOtherSubject(indicator({}), 'Rochford')).toBe(false);
  });

  it('is the ward when the indicator names one', () => {
    const ward = indicator({ subject: 'Roche North & Rural Ward' });
    expect(indicatorSubject(ward, 'Rochford')).toBe('Roche North & Rural Ward');
    expect(isForOtherSubject(ward, 'Rochford')).toBe(true);
  });

  it('draws and describes a ward’s figure under the ward’s name, not the area’s', () => {
    const chart = indicatorChart(
      indicator({
        subject: 'Roche North & Rural Ward',
        comparators: [{ label: 'England average', kind: 'country', value: 142.6 }],
      }),
      'Rochford',
    )!;
    expect(chart.bars[0]).toMatchObject({ label: 'Roche North & Rural Ward', highlight: true });
    expect(chart.takeaway).toBe(
      'Roche North & Rural Ward is higher than England average (145.2 against 142.6); lower is better.',
    );
    expect(chart.title).not.toContain('Rochford');
  });

  it('lists the other subjects a profile has figures for, with how many each', () => {
    const area = {
      name: 'Southend Victoria',
      indicators: [
        indicator({ subject: 'St Lukes ward' }),
        indicator({ id: 'j' }),
        indicator({ id: 'k', subject: 'St Lukes ward' }),
        indicator({ id: 'l', subject: 'Southend' }),
      ],
    };
    expect(otherSubjects(area)).toEqual([
      { subject: 'St Lukes ward', count: 2 },
      { subject: 'Southend', count: 1 },
    ]);
  });
});
