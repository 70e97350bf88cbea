import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/run.ts';
import { buildSite } from '../../../src/lib/model.ts';
import { compareGrid } from '../../../src/lib/compare.ts';
import { FIXTURE_SITE } from '../../helpers/content.ts';

const site = buildSite(checkContent(FIXTURE_SITE).content);

describe('the view model joins content once', () => {
  it('gives each priority its own measures and actions', () => {
    const ready = site.strategy('exampleton-2024-28').priorities.find((p) => p.priority.id === 'ready-for-school')!;
    expect(ready.measures.map((m) => m.id)).toEqual(['mmr2', 'gld']);
    expect(ready.actions.map((a) => a.id)).toEqual(['mmr-catch-up']);
    expect(ready.url).toBe('/strategies/exampleton-2024-28/ready-for-school/');
  });

  it('finds every priority on a theme across places', () => {
    expect(site.prioritiesForTheme('social-connection').map((p) => p.priority.id)).toEqual(['friendships']);
    expect(site.prioritiesForTheme('good-work')).toEqual([]);
  });

  it('without a build day, dates "past due" statements at the newest review date in the content', () => {
    expect(site.asOf).toBe('2026-11-01');
    expect(site.lastReviewed).toBe('2026-11-01');
  });

  it('dates "past due" and "ended" on the build day, so a rebuild with no content change is true today', () => {
    const content = checkContent(FIXTURE_SITE).content;
    const later = buildSite(content, '2031-06-30');
    expect(later.asOf).toBe('2031-06-30');
    expect(later.lastReviewed).toBe('2026-11-01');
    // A build dated before the newest review cannot say less than the review already knew.
    expect(buildSite(content, '2020-01-01').asOf).toBe('2026-11-01');
  });

  it('lists measures with the themes of their priority', () => {
    const mmr = site.measures().find((m) => m.measure.id === 'mmr2')!;
    expect(mmr.themeIds).toEqual(['best-start-in-life', 'immunisation']);
  });
});

describe('the compare grid', () => {
  it('has a row per theme and a cell per place, linking to priorities', () => {
    const rows = compareGrid(site);
    expect(rows.map((r) => r.theme.id)).toEqual(site.themes.map((t) => t.id));
    const social = rows.find((r) => r.theme.id === 'social-connection')!;
    expect(social.cells.map((c) => [c.place.id, c.priorities.map((p) => p.priority.id)])).toEqual([
      ['exampleton', ['friendships']],
    ]);
  });
});
