import { describe, expect, it } from 'vitest';
import { placeIdsClashingWithIndex, placeIndex, placeIndexLetterPath } from '../../../src/lib/place-index.ts';
import { realContent } from '../../helpers/content.ts';
import { fakePlace } from '../../helpers/places.ts';

const { places, areas } = realContent().content;
const index = placeIndex(places, areas);
const all = index.sections.flatMap((s) => s.entries);

describe('the index of places, towns and neighbourhoods', () => {
  it('lists every place, under its first letter, on one page while it is small', () => {
    expect(index.split).toBe(false);
    for (const place of places)
      expect(all).toContainEqual({ label: place.data.name, href: `/places/${place.id}/`, kind: 'place' });
    for (const section of index.sections)
      expect(section.entries.every((e) => e.label.toUpperCase().startsWith(section.letter))).toBe(true);
  });

  it('lists the towns and wards a place covers, pointing at the place', () => {
    expect(all).toContainEqual({
      label: 'Shoeburyness',
      href: '/places/southend-on-sea/',
      kind: 'covered',
      within: 'Southend-on-Sea',
    });
  });

  it('lists neighbourhood profiles and the wards they include, pointing at the profile', () => {
    expect(all).toContainEqual({ label: 'Canvey', href: '/areas/canvey/', kind: 'profile', within: 'Southend-on-Sea' });
    expect(all).toContainEqual({
      label: 'Canvey Island South Ward',
      href: '/areas/canvey/',
      kind: 'ward',
      within: 'Canvey',
    });
  });

  it('is in A to Z order within each letter', () => {
    for (const section of index.sections) {
      const labels = section.entries.map((e) => e.label);
      expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' })));
    }
  });

  it('gives each letter its own page once there are too many entries, and finds a place that would take a letter page’s address', () => {
    const big = placeIndex(places, areas, { onePageUpTo: 5 });
    expect(big.split).toBe(true);
    expect(placeIndexLetterPath(big.sections.find((s) => s.letter === 'S')!)).toBe('starting-with-s/');
    const squatter = fakePlace('starting-with-s', 'Sly', 'London');
    expect(
      placeIdsClashingWithIndex([...places, squatter], placeIndex([...places, squatter], areas, { onePageUpTo: 5 })),
    ).toEqual(['starting-with-s']);
    expect(placeIdsClashingWithIndex(places, big)).toEqual([]);
  });
});
