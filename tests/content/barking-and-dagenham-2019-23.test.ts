// Completeness test for the Barking and Dagenham Joint Health and Wellbeing Strategy 2019-2023.
// Counts and figures are pinned against /work/shared/seeds/002_59db726187a04607.txt, so that a later
// edit that drops a priority theme, an outcome, a measure, a pledge or an "I statement" fails here.
import { describe, expect, it } from 'vitest';
import { strategyById } from '../helpers/content.ts';

const s = strategyById('barking-and-dagenham-2019-23');
const measure = (id: string) => {
  const m = s.measures.find((x) => x.id === id);
  if (!m) throw new Error(`no measure "${id}"`);
  return m;
};
const themes = s.priorities.filter((p) => p.label === 'Priority theme');
const outcomes = s.priorities.filter((p) => /^Outcome \d$/.test(p.label));

describe('Barking and Dagenham Joint Health and Wellbeing Strategy 2019-2023', () => {
  it('has the basic facts', () => {
    expect(s.title).toBe('Barking and Dagenham Joint Health and Wellbeing Strategy 2019-2023');
    expect(s.places).toEqual(['barking-and-dagenham']);
    expect(s.owner).toBe('Barking and Dagenham Health and Wellbeing Board');
    expect(s.period).toEqual({ start: 2019, end: 2023 });
    expect(s.status).toBe('adopted');
    expect(s.published).toBeUndefined();
    expect(s.sources.map((d) => d.id)).toEqual(['strategy']);
  });

  it('has 3 priority themes, using the majority title for theme 3 and noting the other', () => {
    expect(themes.map((p) => p.title)).toEqual([
      'Best Start in Life',
      'Early Diagnosis and Intervention',
      'Building Resilience',
    ]);
    expect(themes.find((p) => p.id === 'building-resilience')!.summary).toContain(
      'Building individual and community strength',
    );
    expect(s.priorities).toHaveLength(10);
  });

  it('keeps the 5 key areas of Early Diagnosis and Intervention', () => {
    const p = themes.find((x) => x.id === 'early-diagnosis-and-intervention')!;
    expect(p.subThemes.map((st) => st.title)).toEqual([
      'Cancer',
      'Liver Disease',
      'Mental Health',
      'Diabetes',
      'Sexual Health',
    ]);
  });

  it('has 7 outcomes, each under its priority theme', () => {
    expect(outcomes.map((p) => p.label)).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => `Outcome ${n}`));
    expect(outcomes.map((p) => p.parent)).toEqual([
      'best-start-in-life',
      'early-diagnosis-and-intervention',
      'building-resilience',
      'building-resilience',
      'building-resilience',
      'building-resilience',
      'building-resilience',
    ]);
    expect(outcomes.find((p) => p.id === 'outcome-7')!.title).toBe(
      'A borough with zero tolerance to Domestic Abuse that tackles underlying causes, challenges perpetrators, and empowers survivors',
    );
  });

  it('lists every measure under each outcome', () => {
    const counts = outcomes.map((o) => s.measures.filter((m) => m.priority === o.id).length);
    expect(counts).toEqual([6, 4, 5, 5, 6, 4, 3]);
    // Every measure with a priority belongs to an outcome, not to a priority theme.
    const outcomeIds = new Set(outcomes.map((o) => o.id));
    expect(s.measures.filter((m) => m.priority !== undefined).every((m) => outcomeIds.has(m.priority!))).toBe(true);
    // Only the good level of development measure has a figure; the rest are named with no figure.
    expect(s.measures.filter((m) => m.priority && m.values.length > 0).map((m) => m.id)).toEqual([
      'o1-good-level-of-development',
    ]);
  });

  it('puts the child-in-need domestic abuse measure under Outcome 7 and notes where it is printed', () => {
    const m = measure('o7-cin-re-referrals-domestic-abuse');
    expect(m.priority).toBe('outcome-7');
    expect(m.label).toBe('Child-in-need re-referrals related to Domestic Abuse');
    expect(m.description).toContain('before the Outcome 7 heading');
  });

  it('has 17 context figures with no priority', () => {
    expect(s.measures.filter((m) => m.priority === undefined)).toHaveLength(17);
    expect(s.measures).toHaveLength(50);
  });

  it('shows the birth rate both ways the source prints it', () => {
    const m = measure('birth-rate');
    expect(m.unit).toBe('per-1000');
    expect(m.values.map((v) => [v.period, v.value])).toEqual([
      ['2017', 82.6],
      ['2017', 82.56],
    ]);
    expect(m.comparators.map((c) => [c.label, c.relation])).toEqual([
      ['London', 'higher'],
      ['England', 'higher'],
    ]);
  });

  it('keeps the London comparators exactly', () => {
    const unemployment = measure('unemployment');
    expect(unemployment.values).toEqual([{ value: 6.9 }]);
    expect(unemployment.unit).toBe('percent');
    expect(unemployment.comparators).toEqual([
      { label: 'London average', kind: 'region', value: 5.7, relation: 'higher' },
    ]);
    const elementary = measure('elementary-occupations');
    expect(elementary.values[0]!.value).toBe(15);
    expect(elementary.comparators[0]).toMatchObject({ label: 'London average', value: 9 });
    const gld = measure('o1-good-level-of-development');
    expect(gld.values).toEqual([{ period: '2016/17', value: 71.6 }]);
    expect(gld.comparators[0]).toMatchObject({ label: 'London', relation: 'lower' });
    expect(gld.comparators[0]!.value).toBeUndefined();
  });

  it('keeps other context figures exactly', () => {
    expect(measure('population').values[0]).toMatchObject({ value: 210700, asPrinted: 'around 210,700' });
    expect(measure('children-under-5').values.map((v) => [v.period, v.value])).toEqual([
      ['2019', 20300],
      ['2023', 21600],
    ]);
    expect(
      ['ethnicity-white', 'ethnicity-black', 'ethnicity-asian', 'ethnicity-mixed', 'ethnicity-other'].map(
        (id) => measure(id).values[0]!.value,
      ),
    ).toEqual([47, 23, 23, 5, 2]);
    expect(measure('below-london-living-wage').values[0]!.value).toBe(32);
    expect(measure('copd-prevalence-rank').values[0]!.value).toBe(3);
  });

  it('lists the Borough Manifesto targets to 2037 without inventing figures', () => {
    const targets = s.approaches.find((a) => a.id === 'borough-manifesto-targets')!;
    expect(targets.items.map((i) => i.title)).toContain('Unemployment rate lower than the London average by 2037');
    expect(targets.items.map((i) => i.title)).toContain('Healthy life expectancy better than London average by 2037');
    expect(targets.items).toHaveLength(6);
    // The Manifesto targets are relative to London averages, so no measure carries a numeric target.
    expect(s.measures.filter((m) => m.target !== undefined)).toHaveLength(0);
  });

  it('has every pledge for each priority theme', () => {
    const pledges = (p: string) => s.actions.filter((a) => a.priority === p && a.kind === 'pledge');
    expect(pledges('best-start-in-life')).toHaveLength(10);
    expect(pledges('early-diagnosis-and-intervention')).toHaveLength(10);
    expect(pledges('building-resilience')).toHaveLength(12);
    expect(s.actions).toHaveLength(32);
    expect(s.actions.every((a) => a.status === 'not-stated')).toBe(true);
    expect(pledges('building-resilience').map((a) => a.code).slice(10)).toEqual([
      '11. Peer to Peer',
      '12. Mobilising communities',
    ]);
  });

  it('has the 9 I statements, numbered 1-9 and quoted exactly', () => {
    const v = s.residentVoice.filter((x) => x.kind === 'i-statement');
    expect(v.map((x) => x.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(v.every((x) => x.quote)).toBe(true);
    expect(v[0]!.text).toBe("I am provided with information about how best to ensure my child's health and development");
    expect(v[8]!.text).toBe('I can access mental health support services when I need them');
    // Statements 7-9 sit under the Building Resilience theme but the source introduces them with
    // "in relation to early diagnosis and intervention".
    for (const x of v.slice(6)) {
      expect(x.priority).toBe('building-resilience');
      expect(x.heading).toContain('early diagnosis and intervention');
      expect(x.note).toBeDefined();
    }
    expect(v.map((x) => x.priority)).toEqual([
      'best-start-in-life',
      'best-start-in-life',
      'best-start-in-life',
      'early-diagnosis-and-intervention',
      'early-diagnosis-and-intervention',
      'early-diagnosis-and-intervention',
      'building-resilience',
      'building-resilience',
      'building-resilience',
    ]);
  });

  it('describes governance and the equality impact assessment', () => {
    expect(s.governance).toMatch(/every quarter/);
    expect(s.approaches.map((a) => a.id)).toEqual([
      'policy-context',
      'borough-manifesto-targets',
      'how-it-was-made',
      'equality-impact-assessment',
    ]);
  });
});
