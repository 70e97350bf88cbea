// "Find your place" without JavaScript: an A to Z of every place, the towns and areas each place says
// it covers, and the neighbourhood profiles with the wards they include, each pointing at its page.
// One page with letter sections while it is small; one page per letter once it is not.
import type { Entry } from '../schemas/rules.ts';
import type { Place } from '../schemas/place.ts';
import type { Area } from '../schemas/area.ts';
import { byLetter, letterId } from './az.ts';
import { areaUrl, placeUrl } from './urls.ts';

export const PLACE_INDEX_LIMITS = {
  /** Up to this many entries the index is one page with letter sections (about 25 bytes gzipped each). */
  onePageUpTo: 400,
} as const;

export interface PlaceIndexEntry {
  label: string;
  href: string;
  kind: 'place' | 'covered' | 'profile' | 'ward';
  /** The place or profile it belongs to, for everything that is not a place itself. */
  within?: string;
}

export interface PlaceIndexSection {
  letter: string;
  /** Fragment id of the letter's section, and the stem of its own page's address. */
  id: string;
  entries: PlaceIndexEntry[];
}

export interface PlaceIndex {
  /** True when each letter has its own page. */
  split: boolean;
  sections: PlaceIndexSection[];
  entries: number;
}

/** Where a letter's page is, below the index's own address, when the index is split. */
export const placeIndexLetterPath = (section: Pick<PlaceIndexSection, 'id'>) =>
  `${section.id.replace(/^letter-/, 'starting-with-')}/`;

export function placeIndex(
  places: Entry<Place>[],
  areas: Entry<Area>[],
  limits: { onePageUpTo: number } = PLACE_INDEX_LIMITS,
): PlaceIndex {
  const entries: PlaceIndexEntry[] = [];
  const placeName = new Map(places.map((p) => [p.id, p.data.name]));
  for (const place of places) {
    entries.push({ label: place.data.name, href: placeUrl(place.id), kind: 'place' });
    for (const name of new Set(place.data.covers ?? [])) {
      entries.push({ label: name, href: placeUrl(place.id), kind: 'covered', within: place.data.name });
    }
  }
  for (const area of areas) {
    entries.push({
      label: area.data.name,
      href: areaUrl(area.id),
      kind: 'profile',
      within: placeName.get(area.data.place),
    });
    for (const ward of area.data.includes)
      entries.push({ label: ward, href: areaUrl(area.id), kind: 'ward', within: area.data.name });
  }
  entries.sort(
    (a, b) =>
      a.label.localeCompare(b.label, 'en-GB', { sensitivity: 'base' }) ||
      (a.within ?? '').localeCompare(b.within ?? '', 'en-GB'),
  );
  return {
    split: entries.length > limits.onePageUpTo,
    sections: byLetter(entries, (e) => e.label).map(({ letter, items }) => ({
      letter,
      id: letterId(letter),
      entries: items,
    })),
    entries: entries.length,
  };
}

/**
 * Letter pages live beside place pages (/places/starting-with-c/), so a place may not take one of
 * their names: returns the clashing place ids, for the build to refuse.
 */
export function placeIdsClashingWithIndex(places: Entry<Place>[], index: PlaceIndex): string[] {
  const paths = new Set(index.sections.map((s) => placeIndexLetterPath(s).replace(/\/$/, '')));
  return places.filter((p) => paths.has(p.id)).map((p) => p.id);
}
