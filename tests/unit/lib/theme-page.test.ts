// A theme page lists, place by place, only that place's priorities and measures on the theme.
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../../src/lib/model.ts';
import { themeByPlace } from '../../../src/lib/theme-page.ts';
import { realContent } from '../../helpers/content.ts';

const site = buildSite(realContent().content);

describe('a theme page, place by place', () => {
  it.each(site.themes.map((t) => t.id))(
    '%s: each place shows only its own items on the theme, in the site’s order of places',
    (themeId) => {
      const groups = themeByPlace(site, themeId);
      const order = site.places.map((p) => p.id);
      expect(groups.map((g) => order.indexOf(g.place.id))).toEqual(
        [...groups.map((g) => order.indexOf(g.place.id))].sort((a, b) => a - b),
      );
      for (const g of groups) {
        expect(g.priorities.length + g.measures.length, g.place.id).toBeGreaterThan(0);
        for (const p of g.priorities) {
          expect(p.priority.themes).toContain(themeId);
          expect(p.places.map((pl) => pl.id)).toContain(g.place.id);
        }
        for (const m of g.measures) {
          expect(m.themeIds).toContain(themeId);
          expect(m.places.map((pl) => pl.id)).toContain(g.place.id);
        }
      }
    },
  );

  it('leaves out a place with nothing on the theme, and misses no priority on it', () => {
    const themeId = 'mental-health';
    const groups = themeByPlace(site, themeId);
    const tagged = site.prioritiesForTheme(themeId);
    const placesWithPriorities = new Set(tagged.flatMap((p) => p.places.map((pl) => pl.id)));
    for (const placeId of placesWithPriorities) expect(groups.some((g) => g.place.id === placeId)).toBe(true);
    const shown = new Set(groups.flatMap((g) => g.priorities));
    expect(tagged.every((p) => shown.has(p))).toBe(true);
    const empty = site.places.filter((pl) => !groups.some((g) => g.place.id === pl.id));
    for (const pl of empty) expect(tagged.some((p) => p.places.some((x) => x.id === pl.id))).toBe(false);
  });
});
