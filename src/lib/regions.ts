// Places grouped by region, then by integrated care system: how the home page, the region pages and
// every page split by region order their places, so a resident can find theirs among hundreds.
import type { Entry } from '../schemas/rules.ts';
import type { Place } from '../schemas/place.ts';

/** England's nine regions, then the other nations, in the order the ONS lists them. Other regions follow, A to Z. */
export const REGION_ORDER = [
  'North East',
  'North West',
  'Yorkshire and The Humber',
  'East Midlands',
  'West Midlands',
  'East of England',
  'London',
  'South East',
  'South West',
  'Wales',
  'Scotland',
  'Northern Ireland',
] as const;

export interface IcsGroup {
  /** The integrated care system's name, or undefined for places whose content names none. */
  name: string | undefined;
  places: Entry<Place>[];
}

export interface RegionGroup {
  /** The region's id in web addresses, e.g. "east-of-england". */
  id: string;
  /** The region as the first of its places spells it. */
  name: string;
  /** Every place in the region, A to Z. */
  places: Entry<Place>[];
  /** The same places by integrated care system, A to Z, with places that name none last. */
  systems: IcsGroup[];
}

/** "Yorkshire and The Humber" -> "yorkshire-and-the-humber"; never empty. */
export function regionId(name: string): string {
  const id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id || 'region';
}

const byName = (a: Entry<Place>, b: Entry<Place>) =>
  a.data.name.localeCompare(b.data.name, 'en-GB') || a.id.localeCompare(b.id);

function orderOf(id: string): number {
  const i = REGION_ORDER.findIndex((name) => regionId(name) === id);
  return i === -1 ? REGION_ORDER.length : i;
}

/**
 * Places by region (known regions in REGION_ORDER, others after them A to Z). Regions whose names differ
 * only in case or punctuation share an id, so they are one group: an id always leads to one page.
 */
export function placesByRegion(places: Entry<Place>[]): RegionGroup[] {
  const groups = new Map<string, RegionGroup>();
  for (const place of [...places].sort(byName)) {
    const id = regionId(place.data.region);
    let group = groups.get(id);
    if (!group) {
      group = { id, name: place.data.region, places: [], systems: [] };
      groups.set(id, group);
    }
    group.places.push(place);
  }
  for (const group of groups.values()) {
    const systems = new Map<string | undefined, Entry<Place>[]>();
    for (const place of group.places)
      systems.set(place.data.integratedCareSystem, [...(systems.get(place.data.integratedCareSystem) ?? []), place]);
    group.systems = [...systems]
      .map(([name, members]) => ({ name, places: members }))
      .sort((a, b) => (a.name === undefined ? 1 : b.name === undefined ? -1 : a.name.localeCompare(b.name, 'en-GB')));
  }
  return [...groups.values()].sort((a, b) => orderOf(a.id) - orderOf(b.id) || a.name.localeCompare(b.name, 'en-GB'));
}
