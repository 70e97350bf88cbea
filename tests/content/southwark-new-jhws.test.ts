// Completeness test for Southwark's new Joint Health and Wellbeing Strategy (in development).
// Every expected number comes from reading /work/shared/seeds/003_f8054979a2c2c03c.txt (slides, 4 November 2021),
// not from the content file. The pack has no slide numbers; comments name slides by their heading instead.
import { describe, expect, it } from 'vitest';
import { realContent, strategyById } from '../helpers/content.ts';

const s = strategyById('southwark-new-jhws');
const approach = (id: string) => {
  const a = s.approaches.find((x) => x.id === id);
  if (!a) throw new Error(`no approaches list "${id}"`);
  return a;
};

/** The "PRIORITIES" slide: each priority area and what it "Includes" (the seventh lists nothing). */
const PRIORITY_AREAS: [string, string[]][] = [
  ['Ensure the best start in life for every child', ['maternal health', 'infant mortality', 'early years health & development']],
  [
    'Enable all children, young people and adults to maximise their capabilities and have control over their lives',
    ['education', 'skills & training', 'youth justice'],
  ],
  ['Create fair employment and good work for all', ['employment', 'the quality & security of employment', 'healthy workplaces']],
  ['Ensure a healthy standard of living for all', ['multiple deprivation', 'poverty', 'debt', 'food insecurity', 'fuel poverty']],
  [
    'Create and develop healthy and sustainable places and communities',
    ['housing', 'planning & the built environment', 'air quality', 'social cohesion'],
  ],
  [
    'Strengthen the role and impact of ill health prevention',
    ['healthy lifestyles', 'mental ill-health', 'screening & preventative programmes'],
  ],
  ['Integration of health and social care', []],
];

/** The "DISCUSSION" slide's three potential questions. */
const QUESTIONS = [
  'Given the breadth of scope of the different priority areas, how might governance and accountability need to be different for each?',
  'How can we challenge ourselves as a system to meet the priority areas? Should this include targets for each priority area?',
  'Are there opportunities that are being missed with the current approach?',
];

describe('Developing a new Southwark Joint Health and Wellbeing Strategy', () => {
  it('has the basic facts', () => {
    expect(s.title).toBe('Developing a new Southwark Joint Health and Wellbeing Strategy (JHWS)');
    expect(s.places).toEqual(['southwark']);
    expect(s.status).toBe('in-development');
    expect(s.period).toBeUndefined();
    expect(s.published).toBeUndefined();
    expect(s.statusNote).toMatch(/June 2021/);
    expect(s.sources).toHaveLength(1);
    expect(s.sources[0]).toMatchObject({ publisher: 'Southwark Public Health Division', date: '2021-11-04', url: 'not stated' });
  });

  it('has the seven priority areas with exact titles and what each includes', () => {
    expect(s.priorities.map((p) => p.title)).toEqual(PRIORITY_AREAS.map(([title]) => title));
    expect(s.priorities.every((p) => p.label === 'Priority area')).toBe(true);
    expect(s.priorities.map((p) => p.subThemes.map((st) => st.title.toLowerCase()))).toEqual(
      PRIORITY_AREAS.map(([, includes]) => includes),
    );
  });

  it('tags every priority area with at least one shared theme', () => {
    expect(s.priorities[0]!.themes).toContain('best-start-in-life');
    expect(s.priorities[2]!.themes).toContain('good-work');
    expect(s.priorities[3]!.themes).toContain('financial-security');
  });

  it('has the three principles', () => {
    expect(s.principles.map((p) => p.title)).toEqual([
      'Lifecourse consideration',
      'Targeted services',
      'Community empowerment and co-production',
    ]);
    for (const p of s.principles) expect(p.points.length).toBeGreaterThan(0);
  });

  it('has the enabler with its three points', () => {
    const enabler = approach('enabler').items;
    expect(enabler).toHaveLength(1);
    expect(enabler[0]!.title).toBe('Strengthening how we monitor and evaluate equity within services and programmes');
    expect(enabler[0]!.points).toHaveLength(3);
  });

  it('has the three areas of work with all their aims, and the example objectives', () => {
    const areas = approach('areas-of-work').items;
    expect(areas.map((a) => a.title)).toEqual([
      'Shaping objectives under the priority areas',
      'Data, outcomes, and monitoring',
      'Changing the way we work with communities',
    ]);
    // "The current approach aims to:" lists 3, 4 and 4 points on the three slides.
    expect(areas.map((a) => a.points.length)).toEqual([3, 4, 4]);
    expect(approach('example-objective-areas').items.map((i) => i.title)).toEqual([
      'Reducing inequalities in educational attainment',
      'Improving opportunities for young people including in higher education and employment',
      'Involving young people in local decision-making',
    ]);
  });

  it('carries the three questions for discussion word for word', () => {
    expect(approach('questions-for-discussion').items.map((i) => i.title)).toEqual(QUESTIONS);
  });

  it('has no actions or measures, because the slides state no figures or actions', () => {
    expect(s.actions).toHaveLength(0);
    expect(s.measures).toHaveLength(0);
  });

  it('does not add an integrated care system the slides do not name', () => {
    const place = realContent().content.places.find((p) => p.id === 'southwark')!;
    expect(place.data.integratedCareSystem).toBeUndefined();
    expect(place.data.contact?.url).toBe('https://www.southwark.gov.uk/publichealth');
  });
});

describe('Southwark update, 4 November 2021', () => {
  const entry = realContent().content.updates.find((u) => u.id === 'southwark-2021-11-04-developing-new-jhws');
  if (!entry) throw new Error('no update southwark-2021-11-04-developing-new-jhws');
  const u = entry.data;

  it('has the three discussion questions as asks, and covers all seven priority areas', () => {
    expect(u.date).toBe('2021-11-04');
    expect(u.kind).toBe('board-report');
    expect(u.strategy).toBe('southwark-new-jhws');
    expect(u.asks).toEqual(QUESTIONS);
    expect(u.priorities).toEqual(s.priorities.map((p) => p.id));
    expect(u.figures).toEqual([]);
  });
});
