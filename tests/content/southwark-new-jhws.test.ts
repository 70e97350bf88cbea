// Completeness test for Southwark's new Joint Health and Wellbeing Strategy (in development).
// Counts are pinned against /work/shared/seeds/003_f8054979a2c2c03c.txt (slides, 4 November 2021).
import { describe, expect, it } from 'vitest';
import { realContent, strategyById } from '../helpers/content.ts';

const s = strategyById('southwark-new-jhws');
const approach = (id: string) => {
  const a = s.approaches.find((x) => x.id === id);
  if (!a) throw new Error(`no approaches list "${id}"`);
  return a;
};

describe('Developing a new Southwark Joint Health and Wellbeing Strategy', () => {
  it('has the basic facts', () => {
    expect(s.title).toBe('Developing a new Southwark Joint Health and Wellbeing Strategy (JHWS)');
    expect(s.places).toEqual(['southwark']);
    expect(s.status).toBe('in-development');
    expect(s.period).toBeUndefined();
    expect(s.statusNote).toMatch(/June 2021/);
    expect(s.sources[0]).toMatchObject({ publisher: 'Southwark Public Health Division', date: '2021-11-04' });
  });

  it('has the seven priority areas with exact titles', () => {
    expect(s.priorities.map((p) => p.title)).toEqual([
      'Ensure the best start in life for every child',
      'Enable all children, young people and adults to maximise their capabilities and have control over their lives',
      'Create fair employment and good work for all',
      'Ensure a healthy standard of living for all',
      'Create and develop healthy and sustainable places and communities',
      'Strengthen the role and impact of ill health prevention',
      'Integration of health and social care',
    ]);
    expect(s.priorities.every((p) => p.label === 'Priority area')).toBe(true);
    expect(s.priorities.map((p) => p.subThemes.length)).toEqual([3, 3, 3, 5, 4, 3, 0]);
  });

  it('has the three principles', () => {
    expect(s.principles.map((p) => p.title)).toEqual([
      'Lifecourse consideration',
      'Targeted services',
      'Community empowerment and co-production',
    ]);
  });

  it('has the enabler with its three points, the three areas of work and the example objectives', () => {
    const enabler = approach('enabler').items;
    expect(enabler).toHaveLength(1);
    expect(enabler[0].points).toHaveLength(3);
    const areas = approach('areas-of-work').items;
    expect(areas.map((a) => a.title)).toEqual([
      'Shaping objectives under the priority areas',
      'Data, outcomes, and monitoring',
      'Changing the way we work with communities',
    ]);
    expect(areas.map((a) => a.points.length)).toEqual([3, 4, 4]);
    expect(approach('example-objective-areas').items).toHaveLength(3);
  });

  it('has no actions or measures, because the slides give none', () => {
    expect(s.actions).toHaveLength(0);
    expect(s.measures).toHaveLength(0);
  });
});

describe('Southwark update, 4 November 2021', () => {
  const entry = realContent().content.updates.find((u) => u.id === 'southwark-2021-11-04-developing-new-jhws');
  if (!entry) throw new Error('no update southwark-2021-11-04-developing-new-jhws');
  const u = entry.data;

  it('has the three discussion questions as asks', () => {
    expect(u.date).toBe('2021-11-04');
    expect(u.kind).toBe('board-report');
    expect(u.strategy).toBe('southwark-new-jhws');
    expect(u.asks).toHaveLength(3);
    expect(u.asks[2]).toBe('Are there opportunities that are being missed with the current approach?');
  });
});
