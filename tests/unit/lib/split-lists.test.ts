// Every list split by region, on a small synthetic site split with small limits: nothing is lost, and
// every link to an item lands on the page that shows it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticContent } from '../../../scripts/lib/synthetic-site.ts';
import { checkContent } from '../../../src/lib/check/run.ts';
import { buildSite } from '../../../src/lib/model.ts';
import { planPlacePages } from '../../../src/lib/split.ts';
import {
  measureGroupId,
  measureGroupOnPage,
  measureGroupSummary,
  measuresByTheme,
  measureUrl,
  measureAnchorAcrossStrategies,
} from '../../../src/lib/measures.ts';
import { themePlaces, themeSummary } from '../../../src/lib/themes.ts';
import { compareGrid } from '../../../src/lib/compare.ts';
import { azSections } from '../../../src/lib/az.ts';
import { commitmentRows, trackerCounts, trackerSummary } from '../../../src/lib/commitments.ts';
import { PROJECT_ROOT } from '../../helpers/content.ts';

const root = mkdtempSync(join(tmpdir(), 'hws-split-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
writeSyntheticContent(PROJECT_ROOT, root, 8);
const site = buildSite(checkContent(root).content);
const plan = planPlacePages(site.places, { onePageUpTo: 2, placesPerPage: 2 });
const ids = <T extends { place: { id: string } }>(items: T[]) => items.map((i) => i.place.id).sort();

describe('lists split by region', () => {
  it('are split on this site (more places than one page holds)', () => {
    expect(plan.split).toBe(true);
    expect(plan.pages.length).toBeGreaterThan(1);
  });

  it('link every measure to the page and anchor that show it', () => {
    const groups = new Map(measuresByTheme(site).map((g) => [measureGroupId(g), g]));
    for (const view of site.measures()) {
      const [path, anchor] = measureUrl(plan, view).split('#');
      const [, , groupId, ...rest] = path!.split('/').filter((x, i) => i === 0 || x);
      const page = plan.pages.find((p) => p.path === `${rest.join('/')}/`);
      expect(page, path).toBeDefined();
      const onPage = measureGroupOnPage(groups.get(groupId!)!, new Set(page!.places.map((p) => p.id)));
      const shown = onPage.strategies.flatMap((s) => s.measures.map(measureAnchorAcrossStrategies));
      expect(shown).toContain(anchor);
    }
  });

  it('show every place with something on a theme on exactly one page, and count them in the summary', () => {
    for (const theme of site.themes) {
      const whole = themePlaces(site, theme.id, plan);
      const parts = plan.pages.flatMap((page) => themePlaces(site, theme.id, plan, page.places));
      expect(ids(parts)).toEqual(ids(whole));
      expect(themeSummary(site, theme.id, plan).reduce((n, row) => n + row.places, 0)).toBe(whole.length);
    }
  });

  it('show every measure of a group on exactly one page', () => {
    for (const group of measuresByTheme(site)) {
      const total = group.strategies.reduce((n, s) => n + s.measures.length, 0);
      expect(measureGroupSummary(group, plan).reduce((n, row) => n + row.measures, 0)).toBe(total);
    }
  });

  it('give each compare page a column for each of its own places only', () => {
    for (const page of plan.pages) {
      for (const row of compareGrid(site, page.places))
        expect(row.cells.map((c) => c.place.id)).toEqual(page.places.map((p) => p.id));
    }
  });

  it('keep every priority in the A to Z, once, on its region’s page', () => {
    const priorities = (sections: ReturnType<typeof azSections>) =>
      sections
        .flatMap((s) => s.entries)
        .filter((e) => e.kind === 'priority')
        .map((e) => e.href)
        .sort();
    const whole = priorities(azSections(site));
    const parts = plan.pages.flatMap((page) => {
      const onPage = new Set(page.places.map((p) => p.id));
      return priorities(
        azSections(site, { themes: false, strategies: site.strategies.filter((s) => onPage.has(s.places[0]!.id)) }),
      );
    });
    expect(parts.sort()).toEqual(whole);
    expect(
      azSections(site, { strategies: [] })
        .flatMap((s) => s.entries)
        .some((e) => e.kind === 'priority'),
    ).toBe(false);
  });

  it('give the commitments summary one row per region and every place on exactly one region page', () => {
    const summary = trackerSummary(site);
    expect(summary.regions.map((r) => r.id)).toEqual(plan.regions.map((r) => r.id));
    for (const region of summary.regions) {
      const onPages = plan.pages.filter((p) => p.region.id === region.id).flatMap((p) => p.places.map((pl) => pl.id));
      expect(onPages).toEqual(region.places.map((p) => p.placeId));
    }
    // Each synthetic strategy covers one place, so the regions' counts add up to the site's.
    const sum = (key: 'total' | 'pastDue' | 'dueSoon') => summary.regions.reduce((n, r) => n + r.counts[key], 0);
    expect([sum('total'), sum('pastDue'), sum('dueSoon')]).toEqual([
      summary.counts.total,
      summary.counts.pastDue,
      summary.counts.dueSoon,
    ]);
    expect(summary.counts).toEqual(trackerCounts(commitmentRows(site), site.asOf));
  });
});
