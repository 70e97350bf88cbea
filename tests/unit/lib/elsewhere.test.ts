import { describe, expect, it } from 'vitest';
import { elsewhereOnThemes } from '../../../src/lib/elsewhere.ts';
import type { PriorityView } from '../../../src/lib/model.ts';

const theme = {
  id: 'mental-health',
  file: 'x',
  data: { title: 'Mental health', summary: 's', synonyms: [], order: 1 },
};
const view = (strategyId: string, id: string) =>
  ({ strategyId, priority: { id }, themes: [theme] }) as unknown as PriorityView;
const all = Array.from({ length: 12 }, (_, i) => view(`s${i}`, `p${i}`));
const site = { prioritiesForTheme: () => all };

describe('the same themes in other places, on a priority page', () => {
  it('leaves out the page’s own strategy and shows at most five, with a count of the rest', () => {
    const [mental] = elsewhereOnThemes(site, all[0]!);
    expect(mental!.priorities.map((p) => p.priority.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(mental!.more).toBe(6);
    expect(mental!.themeUrl).toBe('/themes/mental-health/');
  });

  it('shows everything, with nothing more, when there are few', () => {
    const [mental] = elsewhereOnThemes({ prioritiesForTheme: () => all.slice(0, 3) }, all[0]!);
    expect(mental!.priorities).toHaveLength(2);
    expect(mental!.more).toBe(0);
  });
});
