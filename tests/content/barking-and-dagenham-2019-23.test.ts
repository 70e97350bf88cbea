// Completeness test for the Barking and Dagenham Joint Health and Wellbeing Strategy 2019-2023.
// Counts, order and figures are pinned against /work/shared/seeds/002_59db726187a04607.txt (line numbers below
// are that file's), so that a later edit that drops a priority theme, an outcome, a measure, a pledge or an
// "I statement", or changes a figure, fails here. The wording of official text (vision, names, pledges,
// I statements) is checked against the source by the source check (tests/content/sources.test.ts).
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
const outcomeMeasures = (n: number) => s.measures.filter((m) => m.priority === `outcome-${n}`);

/**
 * Every measure the source lists under each outcome, word for word, in printed order.
 * The two lines printed between Outcome 6's list and the Outcome 7 heading (lines 624-625) are counted
 * under Outcome 7, ahead of the one measure printed under its heading (line 633).
 */
const PRINTED_MEASURES: Record<number, string[]> = {
  // lines 321-326
  1: [
    'Decreased number of women smoking at the time of delivery',
    'Increased immunisation rates (at MMR2)',
    'Higher proportion of children receiving their 2 year developmental check',
    'Increased % of Barking and Dagenham children achieving a good level of social and emotional development by the age of 5',
    'Increased % of Barking and Dagenham children achieving a good level of development by the age of 5',
    'Decreased obesity prevalence in reception aged children (National Child Measurement Programme)',
  ],
  // lines 420-423
  2: [
    'Increased uptake in screening programmes in the eligible population',
    'Increased proportion of NHS health checks completed in eligible population',
    'Decreased proportion of HIV diagnosis diagnosed late',
    'Increased proportion of cancers diagnosed at an early stage',
  ],
  // lines 574-578
  3: [
    'Improved engagement rate through specialist advocacy Domestic Violence services',
    'Increased % of drug service users with trauma-informed care programmes and completion rates',
    'Increased number of early help referrals from ComSol Triage to Support visited within 72 hours',
    'Increased IAPT (Improving Access to Psychological Therapies) completion rate per 100,000 population',
    'Decrease % of young people reporting an acceptance of unhealthy behaviours in school survey',
  ],
  // lines 590-594
  4: [
    'Increased attendance levels from those who are persistently absent from school',
    'Increased % of those with Level 1, Level 3 and Level 4 skills (attainment)',
    'Reduced % of 16-17 years old who are not in employment, education or training (NEET)',
    'Increased % of Barking and Dagenham Job Shop outcomes sustained',
    '% of young people feeling optimistic about the future (Schools Survey)',
  ],
  // lines 604-609
  5: [
    'Reduced level of physical inactivity levels',
    'Increased residents using outdoor space for physical activity',
    'Increased residents participating in the community',
    'Perceived community harmony (%) – think that the neighbourhood is an area where people get on well together (residents survey)',
    'Proportion of residents feeling safe in their local area during the day, and after dark',
    'Mental Health – “During your last general practice appointment, did you feel that the healthcare professional recognised and/or understood any mental health needs that you might have had?” (Annual GP survey)',
  ],
  // lines 617-620
  6: [
    'Reduced number of first time and recurrent falls in Barking and Dagenham',
    'Decreased % of adult social care users who would like more social contact',
    'Decreased % of adult carers who would like more social contact',
    'Increased % of life in good health (healthy life expectancy as a proportion of life expectancy)',
  ],
  // lines 624-625, then 633
  7: [
    'Reduced number of child-in-need re-referrals related to Domestic Abuse',
    'Decreased % of young people reporting an acceptance of unhealthy behaviours in school survey',
    'Improved engagement rate through specialist advocacy Domestic Violence services',
  ],
};

/** Pledge names shared by all three themes (lines 265-311, 364-410, 499-549); Building Resilience adds 11 and 12. */
const PLEDGES = [
  '1. Resilience',
  '2. Seek alternative community solutions earlier',
  '3. Safeguarding',
  '4. A focus on communities where there is largest potential for impact',
  '5. Co-production',
  '6. Family based approach',
  '7. Integrated care',
  '8. Providing quality services through our workforce',
  '9. Investigating the drivers of adversity',
  '10. Speaking straight',
];

describe('Barking and Dagenham Joint Health and Wellbeing Strategy 2019-2023', () => {
  it('has the basic facts', () => {
    expect(s.title).toBe('Barking and Dagenham Joint Health and Wellbeing Strategy 2019-2023');
    expect(s.places).toEqual(['barking-and-dagenham']);
    expect(s.owner).toBe('Barking and Dagenham Health and Wellbeing Board');
    expect(s.period).toEqual({ start: 2019, end: 2023 });
    // Our copy still has link placeholders ("(add the link)", "INSERTLINK") and never says it was adopted.
    expect(s.status).toBe('draft');
    // The source gives no date of agreement or publication.
    expect(s.published).toBeUndefined();
    expect(s.statusNote).toMatch(/does not\s+say whether or when the board adopted/);
    expect(s.sources.map((d) => d.id)).toEqual(['strategy']);
  });

  it('has the vision as printed (line 31), with a plain-English version beside it', () => {
    expect(s.vision).toBeDefined();
    expect(s.visionInShort).toBeDefined();
  });

  it('has 3 priority themes, using the majority title for theme 3 and noting the other (lines 41, 109, 233)', () => {
    expect(themes.map((p) => p.title)).toEqual([
      'Best Start in Life',
      'Early Diagnosis and Intervention',
      'Building Resilience',
    ]);
    const resilience = themes.find((p) => p.id === 'building-resilience')!;
    expect(resilience.summary).toContain('Building individual and community strength');
    // Line 490 says "four outcomes" but Outcomes 3-7 (five) sit under this theme.
    expect(resilience.summary).toMatch(/four[\s\S]*five/);
    expect(s.priorities).toHaveLength(10);
  });

  it('keeps the 5 key areas of Early Diagnosis and Intervention (line 229)', () => {
    const p = themes.find((x) => x.id === 'early-diagnosis-and-intervention')!;
    expect(p.subThemes.map((st) => st.title)).toEqual([
      'Cancer',
      'Liver Disease',
      'Mental Health',
      'Diabetes',
      'Sexual Health',
    ]);
  });

  it('tags every priority with at least one shared theme', () => {
    expect(s.priorities.find((p) => p.id === 'outcome-7')!.themes).toContain('safety-and-abuse');
    expect(s.priorities.find((p) => p.id === 'outcome-6')!.themes).toContain('ageing-well');
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
  });

  it('lists every measure under each outcome, in the order printed', () => {
    expect(outcomes.map((o) => outcomeMeasures(Number(o.label.slice(-1))).length)).toEqual([6, 4, 5, 5, 6, 4, 3]);
    for (const [n, printed] of Object.entries(PRINTED_MEASURES)) {
      const ms = outcomeMeasures(Number(n));
      expect(ms, `Outcome ${n}`).toHaveLength(printed.length);
      // Each carries its printed name (the source check finds it in the source); this pins which and in what order.
      expect(ms.map((m) => m.name), `Outcome ${n}`).toEqual(printed);
    }
    // Every measure with a priority belongs to an outcome, not to a priority theme.
    const outcomeIds = new Set(outcomes.map((o) => o.id));
    expect(s.measures.filter((m) => m.priority !== undefined).every((m) => outcomeIds.has(m.priority!))).toBe(true);
  });

  it('gives a figure only where the source does, and says so where it does not', () => {
    const withPriority = s.measures.filter((m) => m.priority);
    expect(withPriority.filter((m) => m.values.length > 0).map((m) => m.id)).toEqual([
      'o1-good-level-of-development',
    ]);
    for (const m of withPriority.filter((x) => x.values.length === 0)) {
      expect(m.dataNote, m.id).toBeDefined();
    }
  });

  it('gives a direction only where the source says which way it should go', () => {
    // Lines 594, 607, 608 and 609 have no "Increased"/"Decreased".
    for (const id of ['o4-young-people-optimistic', 'o5-community-harmony', 'o5-feeling-safe', 'o5-gp-recognised-mental-health-needs']) {
      expect(measure(id).polarity, id).toBe('not-stated');
    }
    expect(measure('o1-smoking-at-delivery').polarity).toBe('lower-is-better');
    expect(measure('o2-cancers-diagnosed-early').polarity).toBe('higher-is-better');
  });

  it('puts the child-in-need domestic abuse measure under Outcome 7 and notes where it is printed (line 624)', () => {
    const m = measure('o7-cin-re-referrals-domestic-abuse');
    expect(m.priority).toBe('outcome-7');
    expect(m.description).toContain('before the Outcome 7 heading');
    expect(measure('o7-unhealthy-behaviours').description).toContain('before the Outcome 7 heading');
  });

  it('has 19 context figures with no priority', () => {
    expect(s.measures.filter((m) => m.priority === undefined)).toHaveLength(19);
    expect(s.measures).toHaveLength(52);
  });

  it('shows the birth rate both ways the source prints it (lines 119 and 249)', () => {
    const m = measure('birth-rate');
    expect(m.unit).toBe('per-1000');
    expect(m.unitLabel).toBe('live births per 1,000 women aged 15-44');
    expect(m.values.map((v) => [v.period, v.value])).toEqual([
      ['2017', 82.6],
      ['2017', 82.56],
    ]);
    expect(m.comparators.map((c) => [c.label, c.relation])).toEqual([
      ['London', 'higher'],
      ['England', 'higher'],
    ]);
    expect(m.comparators[0]!.note).toMatch(/1 in 12[\s\S]*1 in 16/);
    expect(measure('birth-rate-rank').values[0]).toMatchObject({ period: '2017', value: 1 });
  });

  it('keeps the London comparators exactly (lines 257 and 586)', () => {
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

  it('keeps the other context figures exactly (lines 115-119, 247-253, 352-354, 586)', () => {
    expect(measure('population').values[0]).toMatchObject({ value: 210700, asPrinted: 'around 210,700' });
    expect(measure('population').values[0]!.note).toMatch(/1 in 12/);
    expect(measure('children-under-5').values.map((v) => [v.period, v.value])).toEqual([
      ['2019', 20300],
      ['2023', 21600],
    ]);
    expect(
      ['ethnicity-white', 'ethnicity-black', 'ethnicity-asian', 'ethnicity-mixed', 'ethnicity-other'].map((id) => [
        measure(id).values[0]!.period,
        measure(id).values[0]!.value,
      ]),
    ).toEqual([
      ['2019', 47],
      ['2019', 23],
      ['2019', 23],
      ['2019', 5],
      ['2019', 2],
    ]);
    expect(measure('below-london-living-wage').values[0]!.value).toBe(32);
    expect(measure('aged-0-4-rank').values[0]!.value).toBe(1);
    expect(measure('preventable-cancer-deaths-rank').values[0]!.value).toBe(1);
    expect(measure('copd-prevalence-rank').values[0]!.value).toBe(3);
    expect(measure('copd-emergency-admissions-rank').values[0]!.value).toBe(2);
    expect(measure('late-hiv-diagnosis-rank').values[0]!.value).toBe(3);
    expect(measure('late-hiv-diagnosis-risk')).toMatchObject({ unit: 'times', values: [{ value: 10 }] });
    expect(measure('early-years-spending-return')).toMatchObject({ unit: 'pounds', values: [{ value: 7 }] });
  });

  it('lists the Borough Manifesto targets to 2037 as printed, without inventing figures (lines 156-160, 602)', () => {
    const targets = s.approaches.find((a) => a.id === 'borough-manifesto-targets')!;
    expect(targets.items.map((i) => i.title)).toEqual([
      'Healthy life expectancy better than London average by 2037',
      'An increased level of residents with Level 1 and Level 4 skills higher than the London average by 2037',
      'Unemployment rate lower than the London average by 2037',
      'Personal wellbeing and happiness above the London average',
      'Rate of regular physical activity higher than East London by 2037',
      'Healthy weight better than the East London average by 2037',
    ]);
    // The Manifesto targets are relative to London averages, so no measure carries a numeric target.
    expect(s.measures.filter((m) => m.target !== undefined)).toHaveLength(0);
  });

  it('names the 10 Borough Manifesto themes (lines 141-150)', () => {
    const manifesto = s.approaches.find((a) => a.id === 'policy-context')!.items.find((i) => i.id === 'borough-manifesto')!;
    expect(manifesto.points[0]!.split(';')).toHaveLength(10);
  });

  it('has every pledge for each priority theme', () => {
    const pledges = (p: string) => s.actions.filter((a) => a.priority === p && a.kind === 'pledge');
    expect(pledges('best-start-in-life').map((a) => a.code)).toEqual(PLEDGES);
    expect(pledges('early-diagnosis-and-intervention').map((a) => a.code)).toEqual(PLEDGES);
    expect(pledges('building-resilience').map((a) => a.code)).toEqual([
      ...PLEDGES,
      '11. Peer to Peer',
      '12. Mobilising communities',
    ]);
    expect(s.actions).toHaveLength(32);
    expect(s.actions.every((a) => a.status === 'not-stated' && a.due === undefined)).toBe(true);
    // Best Start in Life prints its pledges in the order 1, 2, 3, 4, 7, 5, 6, 8, 10, 9 (lines 265-311).
    expect(s.actions.find((a) => a.id === 'bsil-pledge-7')!.note).toMatch(/between pledges 4 and 5/);
    expect(s.actions.find((a) => a.id === 'bsil-pledge-9')!.note).toMatch(/after pledge 10/);
  });

  it('has the 9 I statements, numbered 1-9 and quoted (the source check finds each as printed)', () => {
    const v = s.residentVoice.filter((x) => x.kind === 'i-statement');
    expect(v.map((x) => x.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(v.every((x) => x.quote)).toBe(true);
    // Statements 7-9 sit under the Building Resilience theme but the source introduces them with
    // "in relation to early diagnosis and intervention" (line 637).
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

  it('says how residents shaped it: 12 focus groups, 128 residents, 3 workshops (lines 162, 207)', () => {
    const made = s.approaches.find((a) => a.id === 'how-it-was-made')!;
    const text = made.items.map((i) => i.summary).join(' ');
    expect(text).toMatch(/12 focus groups with 128 residents/);
    expect(text).toMatch(/3 workshops in July/);
    expect(text).toMatch(/2015-2018[\s\S]*2012-2015/);
  });

  it('describes governance, the foreword signatories and the equality impact assessment (lines 61-75, 651-657)', () => {
    expect(s.governance).toMatch(/every quarter/);
    expect(s.governance).toMatch(/Councillor Worby/);
    expect(s.governance).toMatch(/Dr Jagan John/);
    expect(s.approaches.map((a) => a.id)).toEqual([
      'policy-context',
      'borough-manifesto-targets',
      'how-it-was-made',
      'equality-impact-assessment',
    ]);
  });
});
