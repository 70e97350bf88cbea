// When a page that lists every place (a theme, a theme's measures, the compare grid, the A to Z) grows
// too big for a phone, it is split: one page per region, and pages within a region when the region is
// still too big. With few places it stays one page. Links to anything on those pages are made here
// (`placePageUrl`), so a link always names the page its place landed on.
import type { Entry } from '../schemas/rules.ts';
import type { Place } from '../schemas/place.ts';
import { placesByRegion, type RegionGroup } from './regions.ts';

export const SPLIT_LIMITS = {
  /**
   * Up to this many places, a list of every place stays on one page. Measured at 500 synthetic places
   * (bench/scale.md): the heaviest split page type carries about 0.25 KB of gzipped HTML per place.
   */
  onePageUpTo: 40,
  /** Most places on one page of a region once lists are split. */
  placesPerPage: 40,
} as const;

export interface PlacePage {
  region: RegionGroup;
  /** 1-based page number within the region. */
  page: number;
  /** How many pages the region has. */
  pageCount: number;
  /** The places on this page, A to Z. */
  places: Entry<Place>[];
  /** The page's address below the list's own address: "london/" or "london/2/". */
  path: string;
}

export interface PlacePlan {
  /** False when every place fits on one page (then `pages` is empty). */
  split: boolean;
  regions: RegionGroup[];
  pages: PlacePage[];
  /** The address below a list's own address where a place lands: "" when not split. */
  pathFor(placeId: string): string;
}

const plans = new WeakMap<object, PlacePlan>();

/** The site's one plan, worked out once per build: every split list uses the same pages. */
export function sitePlacePlan(site: { places: Entry<Place>[] }): PlacePlan {
  let plan = plans.get(site);
  if (!plan) {
    plan = planPlacePages(site.places);
    plans.set(site, plan);
  }
  return plan;
}

/** Where every place lands on a list split by region, for the given places. */
export function planPlacePages(
  places: Entry<Place>[],
  limits: { onePageUpTo: number; placesPerPage: number } = SPLIT_LIMITS,
): PlacePlan {
  if (limits.placesPerPage < 1) throw new Error('placesPerPage must be at least 1');
  const regions = placesByRegion(places);
  const split = places.length > limits.onePageUpTo;
  const pages: PlacePage[] = [];
  if (split) {
    for (const region of regions) {
      const pageCount = Math.ceil(region.places.length / limits.placesPerPage);
      // Even pages (41 places make pages of 21 and 20, not 40 and 1).
      const size = Math.ceil(region.places.length / pageCount);
      for (let page = 1; page <= pageCount; page++) {
        pages.push({
          region,
          page,
          pageCount,
          places: region.places.slice((page - 1) * size, page * size),
          path: page === 1 ? `${region.id}/` : `${region.id}/${page}/`,
        });
      }
    }
  }
  const paths = new Map(pages.flatMap((p) => p.places.map((place) => [place.id, p.path] as const)));
  return {
    split,
    regions,
    pages,
    pathFor: (placeId) => {
      if (!split) return '';
      const path = paths.get(placeId);
      if (path === undefined) throw new Error(`unknown place "${placeId}"`);
      return path;
    },
  };
}

/** The address of the page of a list (e.g. "/themes/cancer/") that shows `placeId`, with an optional #anchor. */
export function placePageUrl(plan: PlacePlan, listUrl: string, placeId: string, anchor?: string): string {
  const url = `${listUrl}${plan.pathFor(placeId)}`;
  return anchor ? `${url}#${anchor}` : url;
}

/** Route parameters for a split list's pages, e.g. { part: "london" } or { part: "london/2" }. */
export function splitPageParams(plan: PlacePlan): { part: string; page: PlacePage }[] {
  return plan.pages.map((page) => ({ part: page.path.replace(/\/$/, ''), page }));
}

/** A page's name in a list of pages: "London", or "London, page 2 of 3 (Hackney to Lambeth)". */
export function placePageLabel(page: PlacePage): string {
  if (page.pageCount === 1) return page.region.name;
  const first = page.places[0]?.data.name;
  const last = page.places.at(-1)?.data.name;
  return `${page.region.name}, page ${page.page} of ${page.pageCount}${first && last ? ` (${first} to ${last})` : ''}`;
}
