import { describe, expect, it } from 'vitest';
import { placePageLabel, placePageUrl, planPlacePages, SPLIT_LIMITS, splitPageParams } from '../../../src/lib/split.ts';
import { realContent } from '../../helpers/content.ts';
import { fakePlace } from '../../helpers/places.ts';

const many = (n: number, region: string) =>
  Array.from({ length: n }, (_, i) =>
    fakePlace(`${region.toLowerCase()}-${i + 1}`, `${region} ${String(i + 1).padStart(3, '0')}`, region),
  );

describe('splitting lists of every place', () => {
  it('keeps the real site’s places on one page, so every list and anchor stays where it was', () => {
    const plan = planPlacePages(realContent().content.places);
    expect(plan.split).toBe(false);
    expect(plan.pages).toEqual([]);
    expect(placePageUrl(plan, '/themes/cancer/', 'camden', 'place-camden')).toBe('/themes/cancer/#place-camden');
  });

  it('splits by region once there are more places than fit on one page', () => {
    const places = [...many(3, 'London'), ...many(2, 'Wales')];
    const plan = planPlacePages(places, { onePageUpTo: 4, placesPerPage: 10 });
    expect(plan.split).toBe(true);
    expect(plan.pages.map((p) => p.path)).toEqual(['london/', 'wales/']);
    expect(placePageUrl(plan, '/compare/', 'wales-2')).toBe('/compare/wales/');
    expect(placePageUrl(plan, '/themes/cancer/', 'london-1', 'place-london-1')).toBe(
      '/themes/cancer/london/#place-london-1',
    );
  });

  it('pages a big region evenly, and puts every place on exactly one page', () => {
    const places = [...many(41, 'South East'), ...many(5, 'London')];
    const plan = planPlacePages(places, { onePageUpTo: 40, placesPerPage: 40 });
    const southEast = plan.pages.filter((p) => p.region.id === 'south-east');
    expect(southEast.map((p) => [p.path, p.places.length])).toEqual([
      ['south-east/', 21],
      ['south-east/2/', 20],
    ]);
    const placed = plan.pages.flatMap((p) => p.places.map((pl) => pl.id));
    expect(placed.sort()).toEqual(places.map((p) => p.id).sort());
    for (const place of places)
      expect(plan.pages.find((p) => p.path === plan.pathFor(place.id))?.places).toContain(place);
    expect(plan.pages.every((p) => p.places.length <= SPLIT_LIMITS.placesPerPage)).toBe(true);
  });

  it('names a page by its region, and by its first and last place when the region has several', () => {
    const plan = planPlacePages(many(5, 'London'), { onePageUpTo: 1, placesPerPage: 3 });
    expect(plan.pages.map(placePageLabel)).toEqual([
      'London, page 1 of 2 (London 001 to London 003)',
      'London, page 2 of 2 (London 004 to London 005)',
    ]);
    expect(splitPageParams(plan).map((p) => p.part)).toEqual(['london', 'london/2']);
  });

  it('refuses to place a place it does not know', () => {
    const plan = planPlacePages(many(3, 'London'), { onePageUpTo: 1, placesPerPage: 3 });
    expect(() => plan.pathFor('nowhere')).toThrow('unknown place "nowhere"');
  });
});
