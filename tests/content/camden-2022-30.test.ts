// Completeness test for the Camden Health and Wellbeing Strategy 2022-30.
// Counts and figures are pinned against /work/shared/seeds/000_aef68bad05a6a1ba.txt, so that a later
// edit that drops a priority, an action-table row, a measure or a Citizens' Assembly statement fails here.
import { describe, expect, it } from 'vitest';
import { strategyById } from '../helpers/content.ts';

const s = strategyById('camden-2022-30');
const measure = (id: string) => {
  const m = s.measures.find((x) => x.id === id);
  if (!m) throw new Error(`no measure "${id}"`);
  return m;
};
const actionsFor = (priority: string, subTheme?: string) =>
  s.actions.filter((a) => a.priority === priority && (subTheme === undefined || a.subTheme === subTheme));

describe('Camden Health and Wellbeing Strategy 2022-30', () => {
  it('has the basic facts', () => {
    expect(s.title).toBe('Camden Health and Wellbeing Strategy 2022-30');
    expect(s.places).toEqual(['camden']);
    expect(s.owner).toBe('Camden Health and Wellbeing Board');
    expect(s.period).toEqual({ start: 2022, end: 2030 });
    expect(s.status).toBe('adopted');
    expect(s.published).toBeUndefined();
  });

  it('has the five guiding principles with all their points', () => {
    expect(s.principles.map((p) => p.title)).toEqual([
      'Prioritising prevention',
      'Tackling inequalities and disproportionality',
      'Empowering communities',
      'Integrating and communicating',
      'Sharing responsibility',
    ]);
    expect(s.principles.map((p) => p.points.length)).toEqual([4, 4, 4, 5, 4]);
  });

  it('has the four drivers of health and the four ways the Board will work', () => {
    const drivers = s.approaches.find((a) => a.id === 'four-drivers-of-health')!;
    expect(drivers.items.map((i) => i.title)).toEqual([
      'Your support and wider help (social determinants)',
      'Your lifestyle and behaviours',
      'Your experience of health and care services',
      'The places and communities you live in',
    ]);
    const board = s.approaches.find((a) => a.id === 'board-ways-of-working')!;
    expect(board.items.map((i) => i.title)).toEqual(['Citizen voice', 'Evidence and Insight', 'Co-Challenge', 'Communication']);
  });

  it('has 3 long-term ambitions and 3 short-term priorities', () => {
    expect(s.priorities).toHaveLength(6);
    expect(s.priorities.filter((p) => p.label === 'Long-term ambition').map((p) => p.title)).toEqual([
      'Start well',
      'Live well',
      'Age well',
    ]);
    expect(s.priorities.filter((p) => p.label === 'Short-term priority').map((p) => p.title)).toEqual([
      'Healthy and ready for school',
      'Good work and employment',
      'Community connectedness and friendships',
    ]);
  });

  it('keeps the five sub-themes of Healthy and ready for school exactly as named', () => {
    const p = s.priorities.find((x) => x.id === 'healthy-and-ready-for-school')!;
    expect(p.subThemes.map((st) => st.title)).toEqual([
      'Developing secure attachments and a strong sense of self and others',
      'Developing good communication, speech and language skills',
      'Improving oral health, nutrition and physical activity',
      'Addressing childhood asthma',
      'Improving uptake of childhood immunisations',
    ]);
  });

  it('has the priority by life-course table for every short-term priority', () => {
    for (const p of s.priorities.filter((x) => x.label === 'Short-term priority')) {
      expect(p.lifeCourse.map((c) => c.stage)).toEqual(['Start well', 'Live well', 'Age well']);
    }
  });

  it('has every row of the 2022/23 action tables', () => {
    expect(s.actions).toHaveLength(35);
    expect(actionsFor('healthy-and-ready-for-school')).toHaveLength(17);
    expect(actionsFor('good-work-and-employment')).toHaveLength(7);
    expect(actionsFor('community-connectedness-and-friendships')).toHaveLength(11);
    expect(actionsFor('healthy-and-ready-for-school', 'secure-attachments')).toHaveLength(3);
    expect(actionsFor('healthy-and-ready-for-school', 'speech-and-language')).toHaveLength(4);
    expect(actionsFor('healthy-and-ready-for-school', 'oral-health-nutrition-and-physical-activity')).toHaveLength(4);
    expect(actionsFor('healthy-and-ready-for-school', 'childhood-asthma')).toHaveLength(3);
    expect(actionsFor('healthy-and-ready-for-school', 'childhood-immunisations')).toHaveLength(3);
  });

  it('gives every action the printed year and no invented due date or status', () => {
    for (const a of s.actions) {
      expect(a.dueAsPrinted).toBe('2022/23');
      expect(a.due).toBeUndefined();
      expect(a.status).toBe('not-stated');
      expect(a.howWeKnow.length).toBeGreaterThan(0);
    }
    // Four rows have an empty "role of the Health and Wellbeing Board" cell in the source.
    expect(s.actions.filter((a) => a.boardRole === undefined).map((a) => a.id)).toEqual([
      'fluoride-varnish',
      'asthma-friendly-schools',
      'play-streets-and-healthy-school-streets',
      'learning-disabilities-friendships',
    ]);
  });

  it('has every stated figure as a measure', () => {
    expect(s.measures).toHaveLength(30);
  });

  it('spot-checks good level of development: 63% in 2014/15 to 73% in 2018/19', () => {
    const m = measure('good-level-of-development');
    expect(m.unit).toBe('percent');
    expect(m.priority).toBe('healthy-and-ready-for-school');
    expect(m.values.map(({ period, value }) => ({ period, value }))).toEqual([
      { period: '2014/15', value: 63 },
      { period: '2018/19', value: 73 },
    ]);
  });

  it('spot-checks MMR2 66.4% against the 95% needed for herd immunity', () => {
    const m = measure('mmr2-age-5');
    expect(m.values).toHaveLength(1);
    expect(m.values[0]!.value).toBe(66.4);
    expect(m.values[0]!.period).toBeUndefined();
    expect(m.target?.value).toBe(95);
    expect(m.target?.asPrinted).toContain('heard immunity');
    expect(m.comparators[0]).toMatchObject({ label: 'London', relation: 'lower' });
    expect(m.comparators[0]!.significant).toBeUndefined();
  });

  it('spot-checks the other key figures', () => {
    expect(measure('one-person-households').values[0]!.value).toBe(41);
    expect(measure('one-person-households-rank').values[0]).toMatchObject({ value: 4, asPrinted: '4th' });
    expect(measure('one-person-households-rank').unit).toBe('rank');
    expect(measure('dental-decay-age-5').values[0]).toMatchObject({ period: '2018/19', value: 19, asPrinted: '19% percent' });
    expect(measure('dental-decay-age-5').comparators[0]).toMatchObject({ label: 'London', relation: 'similar' });
    expect(measure('dental-decay-age-5').comparators[0]!.value).toBeUndefined();
    expect(measure('child-asthma-admissions')).toMatchObject({ unit: 'per-100000', values: [{ value: 694 }] });
    expect(measure('universal-credit-claimants').values[0]).toMatchObject({ period: 'July 2021', value: 20443 });
    expect(measure('working-age-employment').values[0]).toMatchObject({ period: '2020', value: 62 });
    expect(measure('economic-inactivity').values[0]).toMatchObject({ period: '2020', value: 35 });
    expect(measure('economic-inactivity').comparators[0]).toMatchObject({ label: 'London', value: 30, relation: 'higher' });
    expect(measure('learning-difficulties-employment-gap').values[0]).toMatchObject({ period: '2017/18', value: 64 });
    expect(measure('residents-aged-65-and-over').values[0]!.value).toBe(26774);
    expect(measure('years-in-poor-health-most-deprived').values[0]!.value).toBe(20);
    expect(measure('earlier-death-most-deprived').values[0]!.value).toBe(10);
    expect(measure('community-champions').values[0]!.value).toBe(32);
    expect(measure('good-work-standard-employers').values[0]!.value).toBe(20);
    expect(measure('mecc-training').target?.value).toBe(200);
    expect(measure('mecc-training').values).toEqual([]);
    expect(measure('early-years-immunisations-at-school-start').values[0]!.asPrinted).toContain('with their early years immunisations');
  });

  it('does not invent the missing "not in good work" figure', () => {
    const m = measure('employed-not-in-good-work');
    expect(m.values).toEqual([]);
    expect(m.dataNote).toMatch(/missing/);
  });

  it('quotes every Citizens\' Assembly expectation and priority', () => {
    expect(s.residentVoice).toHaveLength(12);
    const expectations = s.residentVoice.filter((v) => v.kind === 'citizens-assembly-expectation');
    const priorities = s.residentVoice.filter((v) => v.kind === 'citizens-assembly-priority');
    expect(expectations).toHaveLength(9);
    expect(priorities.map((v) => v.number)).toEqual([1, 2, 3]);
    expect(s.residentVoice.every((v) => v.quote)).toBe(true);
    expect(expectations.map((v) => v.text)).toContain('We expect proper support for local grassroots organisations.');
  });

  it('lists the strategy as its source with pages from the contents list', () => {
    expect(s.sources).toHaveLength(1);
    expect(s.sources[0]).toMatchObject({
      id: 'camden-strategy',
      title: 'Camden Health and Wellbeing Strategy 2022-30',
      url: 'not stated',
      pages: '3-40',
    });
  });
});
