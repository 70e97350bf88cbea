import { describe, expect, it } from 'vitest';
import { sameName, scoreImport } from '../../../src/lib/import/score.ts';
import type { Candidates } from '../../../src/lib/import/candidates.ts';
import type { Strategy } from '../../../src/schemas/strategy.ts';

const span = (text: string) => ({ text, page: 1, line: 1 });

describe('scoring an import', () => {
  const strategy = {
    priorities: [{ title: 'Healthy and ready for school' }, { title: 'Good work' }],
    actions: [],
    measures: [{ values: [{ value: 66.4 }, { value: 12 }], comparators: [] }],
  } as unknown as Strategy;
  const candidates: Candidates = {
    priorities: [span('Healthy and ready for school'), span('Foreword')],
    actions: [],
    figures: [{ ...span('66.4% had MMR2.'), value: 66.4, printed: '66.4%' }],
    unplaced: [],
  };

  it('counts what it found, and lists the names and values no candidate matched', () => {
    const score = scoreImport(candidates, strategy);
    expect(score.priorities).toEqual({ found: 1, total: 2, matched: 1, candidates: 2, missed: ['Good work'] });
    expect(score.measureValues).toMatchObject({ found: 1, total: 2, missed: ['12'] });
  });

  it('matches a heading that holds most of a name, not one where the name is a small part', () => {
    expect(sameName('Increasing social connections draft action plan', 'Increasing social connections')).toBe(true);
    expect(
      sameName(
        'Proposed objectives for Hackney JHWBS on increasing social connections',
        'Increasing social connections',
      ),
    ).toBe(false);
  });
});
