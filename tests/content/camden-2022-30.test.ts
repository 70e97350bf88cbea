// Completeness test for the Camden Health and Wellbeing Strategy 2022-30.
// Every expected number below comes from reading /work/shared/seeds/000_aef68bad05a6a1ba.txt, not from the
// content file, so that a later edit that drops a principle, a sub-theme, an action-table row, a figure or a
// Citizens' Assembly statement fails here. Page numbers are the sections in the document's contents list:
// Foreword 3, Introduction 4, Population health 8, Tackling inequalities 10, Neighbourhoods 12, Guiding
// principles 15, Long-term ambitions 17, Short-term priorities 21, Healthy and ready for school 23, Good work 30,
// Community connectedness 34, Implementing the Strategy 38, Glossary 40.
import { describe, expect, it } from 'vitest';
import { realContent, strategyById } from '../helpers/content.ts';

const s = strategyById('camden-2022-30');
const measure = (id: string) => {
  const m = s.measures.find((x) => x.id === id);
  if (!m) throw new Error(`no measure "${id}"`);
  return m;
};
const approach = (id: string) => {
  const a = s.approaches.find((x) => x.id === id);
  if (!a) throw new Error(`no approaches list "${id}"`);
  return a;
};
/** Commitments printed in the strategy's text outside its action tables (pages 23-29 and 34-37), found by `npm run coverage`. */
const FROM_TEXT = [
  'encourage-breastfeeding',
  'sugary-drinks-awareness',
  'reduce-vaccine-hesitancy',
  'encourage-isolated-people-into-local-activities',
  'isolated-residents-into-good-work',
];
const tableRows = s.actions.filter((a) => !FROM_TEXT.includes(a.id));
const actionsFor = (priority: string, subTheme?: string) =>
  tableRows.filter((a) => a.priority === priority && (subTheme === undefined || a.subTheme === subTheme));

/** The short-term priorities and the number of rows in their "What we will do in 2022/23" tables (pages 27-29, 33, 36-37). */
const ACTION_ROWS: Record<string, number> = {
  'healthy-and-ready-for-school': 17,
  'good-work-and-employment': 7,
  'community-connectedness-and-friendships': 11,
};

/** Rows per sub-theme of "Healthy and ready for school" (pages 27-29). */
const SUB_THEME_ROWS: [string, string, number][] = [
  ['secure-attachments', 'Developing secure attachments and a strong sense of self and others', 3],
  ['speech-and-language', 'Developing good communication, speech and language skills', 4],
  ['oral-health-nutrition-and-physical-activity', 'Improving oral health, nutrition and physical activity', 4],
  ['childhood-asthma', 'Addressing childhood asthma', 3],
  ['childhood-immunisations', 'Improving uptake of childhood immunisations', 3],
];

type Expected = {
  id: string;
  priority?: string;
  unit: string;
  values: { value: number; period?: string; asPrinted?: string }[];
  comparators?: { label: string; value?: number; relation?: string }[];
  target?: number;
};

/**
 * Every figure the source states, as the source states it. Measures with no values are facts the source gives
 * only in words (a comparison) or as a target, or whose number is lost from our copy.
 */
const FIGURES: Expected[] = [
  // Foreword, page 3
  { id: 'years-in-poor-health-most-deprived', unit: 'years', values: [{ value: 20 }] },
  { id: 'earlier-death-most-deprived', unit: 'years', values: [{ value: 10, asPrinted: 'around 10 years earlier' }] },
  // Neighbourhoods and empowered communities, pages 12-14
  { id: 'community-champions', unit: 'count', values: [{ value: 32 }] },
  // Healthy and ready for school, pages 23-29
  { id: 'good-level-of-development', priority: 'healthy-and-ready-for-school', unit: 'percent', values: [{ value: 63, period: '2014/15' }, { value: 73, period: '2018/19' }] },
  { id: 'fsm-communication-goals', priority: 'healthy-and-ready-for-school', unit: 'times', values: [{ value: 2, asPrinted: 'around twice as likely' }] },
  { id: 'dental-decay-age-5', priority: 'healthy-and-ready-for-school', unit: 'percent', values: [{ value: 19, period: '2018/19', asPrinted: '19% percent' }], comparators: [{ label: 'London', relation: 'similar' }] },
  { id: 'child-asthma-admissions', priority: 'healthy-and-ready-for-school', unit: 'per-100000', values: [{ value: 694 }], comparators: [{ label: 'Neighbouring boroughs', relation: 'higher' }, { label: 'London', relation: 'similar' }] },
  { id: 'asthma-repeat-admissions-within-a-year', priority: 'healthy-and-ready-for-school', unit: 'percent', values: [{ value: 29 }], comparators: [{ label: 'Other boroughs in North Central London (NCL)', relation: 'similar' }] },
  { id: 'asthma-readmissions-within-30-days', priority: 'healthy-and-ready-for-school', unit: 'percent', values: [{ value: 13 }], comparators: [{ label: 'Average', relation: 'higher' }] },
  { id: 'asthma-admissions-most-deprived', priority: 'healthy-and-ready-for-school', unit: 'percent', values: [{ value: 66.7, asPrinted: 'Two thirds' }] },
  { id: 'asthma-admissions-least-deprived', priority: 'healthy-and-ready-for-school', unit: 'percent', values: [{ value: 15, asPrinted: 'only 15%' }] },
  { id: 'early-years-immunisations-at-school-start', priority: 'healthy-and-ready-for-school', unit: 'percent', values: [{ value: 25, asPrinted: 'Approximately 25% of children are beginning school with their early years immunisations' }] },
  { id: 'mmr2-age-5', priority: 'healthy-and-ready-for-school', unit: 'percent', values: [{ value: 66.4 }], comparators: [{ label: 'London', relation: 'lower' }], target: 95 },
  { id: 'pre-school-immunisations-completed', priority: 'healthy-and-ready-for-school', unit: 'percent', values: [], comparators: [{ label: 'London', relation: 'lower' }], target: 95 },
  // Good work and employment, pages 30-33
  { id: 'universal-credit-claimants', priority: 'good-work-and-employment', unit: 'count', values: [{ value: 20443, period: 'July 2021', asPrinted: 'approximately 20,443' }] },
  { id: 'universal-credit-claimants-in-work', priority: 'good-work-and-employment', unit: 'percent', values: [{ value: 33.3, period: 'July 2021', asPrinted: 'the remaining third' }] },
  { id: 'universal-credit-claimants-unemployed', priority: 'good-work-and-employment', unit: 'percent', values: [{ value: 66.7, period: 'July 2021', asPrinted: 'around two thirds' }] },
  { id: 'learning-difficulties-employment-gap', priority: 'good-work-and-employment', unit: 'percent', values: [{ value: 64, period: '2017/18' }] },
  { id: 'working-age-employment', priority: 'good-work-and-employment', unit: 'percent', values: [{ value: 62, period: '2020', asPrinted: 'about 62%' }] },
  { id: 'economic-inactivity', priority: 'good-work-and-employment', unit: 'percent', values: [{ value: 35, period: '2020' }], comparators: [{ label: 'London', value: 30, relation: 'higher' }] },
  { id: 'employed-not-in-good-work', priority: 'good-work-and-employment', unit: 'percent', values: [] },
  { id: 'out-of-work-benefits', priority: 'good-work-and-employment', unit: 'percent', values: [{ value: 10, asPrinted: 'One in ten' }], comparators: [{ label: 'London', relation: 'similar' }] },
  { id: 'good-work-standard-employers', priority: 'good-work-and-employment', unit: 'count', values: [{ value: 20 }] },
  // Community connectedness and friendships, pages 34-37
  { id: 'over-60s-at-risk-of-isolation', priority: 'community-connectedness-and-friendships', unit: 'percent', values: [{ value: 50 }] },
  { id: 'projected-loneliness-later-life', priority: 'community-connectedness-and-friendships', unit: 'percent', values: [{ value: 33.3, asPrinted: 'one third' }] },
  { id: 'gp-patients-who-are-lonely', priority: 'community-connectedness-and-friendships', unit: 'count', values: [{ value: 5, asPrinted: 'up to five' }] },
  { id: 'depression-anxiety-serious-mental-illness', priority: 'community-connectedness-and-friendships', unit: 'percent', values: [], comparators: [{ label: 'London', relation: 'higher' }] },
  { id: 'happiness-life-satisfaction-worthwhileness', priority: 'community-connectedness-and-friendships', unit: 'score', values: [], comparators: [{ label: 'London', relation: 'lower' }, { label: 'National average', relation: 'lower' }] },
  { id: 'one-person-households', priority: 'community-connectedness-and-friendships', unit: 'percent', values: [{ value: 41 }] },
  { id: 'one-person-households-rank', priority: 'community-connectedness-and-friendships', unit: 'rank', values: [{ value: 4, asPrinted: '4th' }] },
  { id: 'one-person-households-in-social-housing', priority: 'community-connectedness-and-friendships', unit: 'percent', values: [{ value: 33.3, asPrinted: 'over a third' }] },
  { id: 'residents-aged-65-and-over', priority: 'community-connectedness-and-friendships', unit: 'count', values: [{ value: 26774, asPrinted: '26,774' }] },
  { id: 'residents-aged-65-and-over-share', priority: 'community-connectedness-and-friendships', unit: 'percent', values: [{ value: 10, asPrinted: 'Just over one in ten' }] },
  { id: 'mecc-training', priority: 'community-connectedness-and-friendships', unit: 'count', values: [], target: 200 },
];

describe('Camden Health and Wellbeing Strategy 2022-30', () => {
  it('has the basic facts', () => {
    expect(s.title).toBe('Camden Health and Wellbeing Strategy 2022-30');
    expect(s.places).toEqual(['camden']);
    expect(s.owner).toBe('Camden Health and Wellbeing Board');
    expect(s.period).toEqual({ start: 2022, end: 2030 });
    expect(s.status).toBe('adopted');
    expect(s.published).toBeUndefined();
    // The vision's wording is checked against the source by the source check.
    expect(s.vision).toBeDefined();
  });

  it('has the five guiding principles with all their points (pages 15-16)', () => {
    expect(s.principles.map((p) => p.title)).toEqual([
      'Prioritising prevention',
      'Tackling inequalities and disproportionality',
      'Empowering communities',
      'Integrating and communicating',
      'Sharing responsibility',
    ]);
    expect(s.principles.map((p) => p.points.length)).toEqual([4, 4, 4, 5, 4]);
  });

  it('has the four drivers of health, the Board\'s four ways of working and the work it builds on', () => {
    // Page 8-9: the four drivers; page 38: the Board's work "will be characterised by" four things.
    expect(approach('four-drivers-of-health').items.map((i) => i.title)).toEqual([
      'Your support and wider help (social determinants)',
      'Your lifestyle and behaviours',
      'Your experience of health and care services',
      'The places and communities you live in',
    ]);
    expect(approach('board-ways-of-working').items.map((i) => i.title)).toEqual([
      'Citizen voice',
      'Evidence and Insight',
      'Co-Challenge',
      'Communication',
    ]);
    // Pages 12-14: eight boxes under "Building on what we've done already".
    expect(approach('building-on-what-we-have-done').items).toHaveLength(8);
    // Pages 10-14 and 38-39: neighbourhood approach, culture, Building Equal Foundations, staff, data.
    expect(approach('changing-how-we-work').items.map((i) => i.title)).toEqual([
      'Taking a neighbourhood approach',
      'Shifting our culture',
      'Building equal foundations',
      'Empowering our staff',
      'Data driven population health management',
    ]);
  });

  it('has 3 long-term ambitions with their outcomes, and 3 short-term priorities', () => {
    expect(s.priorities).toHaveLength(6);
    const ambitions = s.priorities.filter((p) => p.label === 'Long-term ambition');
    expect(ambitions.map((p) => p.title)).toEqual(['Start well', 'Live well', 'Age well']);
    expect(s.priorities.filter((p) => p.label === 'Short-term priority').map((p) => p.title)).toEqual([
      'Healthy and ready for school',
      'Good work and employment',
      'Community connectedness and friendships',
    ]);
  });

  it('keeps the five sub-themes of Healthy and ready for school exactly as named', () => {
    const p = s.priorities.find((x) => x.id === 'healthy-and-ready-for-school')!;
    expect(p.subThemes.map((st) => [st.id, st.title])).toEqual(SUB_THEME_ROWS.map(([id, title]) => [id, title]));
  });

  it('tags each short-term priority with the shared themes its topics belong to', () => {
    const themesOf = (id: string) => s.priorities.find((p) => p.id === id)!.themes;
    expect(themesOf('healthy-and-ready-for-school')).toEqual(
      expect.arrayContaining(['best-start-in-life', 'oral-health', 'immunisation', 'long-term-conditions']),
    );
    expect(themesOf('good-work-and-employment')).toEqual(expect.arrayContaining(['good-work', 'financial-security']));
    expect(themesOf('community-connectedness-and-friendships')).toEqual(
      expect.arrayContaining(['social-connection', 'mental-health']),
    );
  });

  it('has the priority by life-course table for every short-term priority (page 22)', () => {
    for (const p of s.priorities.filter((x) => x.label === 'Short-term priority')) {
      expect(p.lifeCourse.map((c) => c.stage)).toEqual(['Start well', 'Live well', 'Age well']);
    }
  });

  it('has every row of the 2022/23 action tables', () => {
    for (const [priority, rows] of Object.entries(ACTION_ROWS)) expect(actionsFor(priority)).toHaveLength(rows);
    expect(tableRows).toHaveLength(Object.values(ACTION_ROWS).reduce((a, b) => a + b, 0));
    for (const [subTheme, , rows] of SUB_THEME_ROWS) {
      expect(actionsFor('healthy-and-ready-for-school', subTheme)).toHaveLength(rows);
    }
  });

  it('has the commitments printed in the text, worded as printed, with no date, lead or status', () => {
    const fromText = s.actions.filter((a) => FROM_TEXT.includes(a.id));
    expect(fromText.map((a) => a.id)).toEqual(FROM_TEXT);
    expect(s.actions.find((a) => a.id === 'encourage-breastfeeding')!.what).toMatch(/^We'll encourage breastfeeding up to 12 months/);
    for (const a of fromText) {
      expect([a.due, a.dueAsPrinted, a.boardRole, a.status]).toEqual([undefined, undefined, undefined, 'not-stated']);
      expect(a.leads).toEqual([]);
      expect(a.note).toMatch(/not from its 2022\/23 action table/);
    }
  });

  it('gives every action-table row the printed year and no invented due date or status', () => {
    for (const a of tableRows) {
      expect(a.dueAsPrinted).toBe('2022/23');
      expect(a.due).toBeUndefined();
      expect(a.status).toBe('not-stated');
      expect(a.howWeKnow.length).toBeGreaterThan(0);
    }
    // Four rows have an empty "role of the Health and Wellbeing Board" cell in the source; each says so.
    const blank = tableRows.filter((a) => a.boardRole === undefined);
    expect(blank.map((a) => a.id)).toEqual([
      'fluoride-varnish',
      'asthma-friendly-schools',
      'play-streets-and-healthy-school-streets',
      'learning-disabilities-friendships',
    ]);
    for (const a of blank) expect(a.note).toMatch(/leaves the Board's role blank/);
  });

  it('has every stated figure as a measure, and no measure the source does not give', () => {
    expect(s.measures.map((m) => m.id).sort()).toEqual(FIGURES.map((f) => f.id).sort());
  });

  it.each(FIGURES)('has $id exactly as the source states it', (f) => {
    const m = measure(f.id);
    expect(m.priority).toBe(f.priority);
    expect(m.unit).toBe(f.unit);
    expect(m.values.map(({ value, period, asPrinted }) => ({ value, period, asPrinted }))).toEqual(
      f.values.map(({ value, period, asPrinted }) => ({ value, period, asPrinted })),
    );
    expect(m.comparators.map(({ label, value, relation }) => ({ label, value, relation }))).toEqual(
      (f.comparators ?? []).map(({ label, value, relation }) => ({ label, value, relation })),
    );
    expect(m.target?.value).toBe(f.target);
    // A measure with no figure must say why.
    if (f.values.length === 0 && f.target === undefined) expect(m.dataNote).toBeDefined();
  });

  it('shows the known printing problems as printed, with a note', () => {
    expect(measure('dental-decay-age-5').values[0]!.note).toMatch(/typing slip/);
    expect(measure('early-years-immunisations-at-school-start').values[0]!.asPrinted).toContain(
      'with their early years immunisations',
    );
    expect(measure('employed-not-in-good-work').dataNote).toMatch(/missing/);
    expect(measure('mmr2-age-5').comparators[0]!.significant).toBeUndefined();
  });

  it('quotes every Citizens\' Assembly expectation and priority', () => {
    // Expectations: one each in the Introduction (4-7), Population health (8-9), Tackling inequalities (10-11),
    // Guiding principles (15-16) and Implementing the Strategy (38-39); two each in Neighbourhoods (12-14) and
    // Community connectedness (34-37). Priorities #1-#3 sit beside the three ambitions (17-20).
    const expectations = s.residentVoice.filter((v) => v.kind === 'citizens-assembly-expectation');
    const priorities = s.residentVoice.filter((v) => v.kind === 'citizens-assembly-priority');
    expect(expectations).toHaveLength(9);
    expect(priorities.map((v) => v.number)).toEqual([1, 2, 3]);
    expect(s.residentVoice).toHaveLength(12);
    expect(s.residentVoice.every((v) => v.quote)).toBe(true);
  });

  it('has the six glossary terms the strategy defines (page 40)', () => {
    const terms = new Set(realContent().content.glossary.map((g) => g.data.term.toLowerCase()));
    for (const t of [
      'Population health',
      'Social determinants of health',
      'Health inequities',
      'Camden health and care partnership',
      'North Central London Integrated Care System',
      'Place',
    ]) {
      expect(terms).toContain(t.toLowerCase());
    }
  });

  it('explains every abbreviation the page uses', () => {
    const abbreviations = new Set(realContent().content.glossary.flatMap((g) => (g.data.abbreviation ? [g.data.abbreviation] : [])));
    for (const a of ['JSNA', 'PCPS', 'FSM', 'EHCP', 'HFSS', 'MMR', 'ICP', 'CCG', 'VCS', 'MECC', 'MHFA', 'CAP', 'GP', 'NHS', 'WELLCOMM', 'UNICEF']) {
      expect(abbreviations).toContain(a);
    }
  });

  it('lists the strategy as its source with pages from the contents list', () => {
    expect(s.sources).toHaveLength(1);
    expect(s.sources[0]).toMatchObject({
      id: 'camden-strategy',
      title: 'Camden Health and Wellbeing Strategy 2022-30',
      url: 'not stated',
      pages: '3-40',
    });
    expect(s.sources[0]!.date).toBeUndefined();
  });
});
