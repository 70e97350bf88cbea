// The three kinds of update feed (site, place, theme) as data, so the endpoints stay one line each.
import type { Site } from './model.ts';
import { atomFeed } from './feeds.ts';
import { placeFeedUrl, placeUrl, siteFeedUrl, themeFeedUrl, themeUrl, updatesUrl } from './urls.ts';

export function siteFeed(site: Site, origin: string): string {
  return atomFeed({
    title: 'Health and wellbeing strategies: all updates',
    site: origin,
    selfPath: siteFeedUrl(),
    pagePath: updatesUrl(),
    updates: site.updates,
    recordedOn: site.asOf,
  });
}

export function placeFeed(site: Site, origin: string, placeId: string): string {
  const place = site.place(placeId);
  return atomFeed({
    title: `Updates for ${place.data.name}`,
    site: origin,
    selfPath: placeFeedUrl(placeId),
    pagePath: placeUrl(placeId),
    updates: site.updatesFor({ place: placeId }),
    recordedOn: site.asOf,
  });
}

export function themeFeed(site: Site, origin: string, themeId: string): string {
  const theme = site.theme(themeId);
  return atomFeed({
    title: `Updates on ${theme.data.title}`,
    site: origin,
    selfPath: themeFeedUrl(themeId),
    pagePath: themeUrl(themeId),
    updates: site.updatesFor({ theme: themeId }),
    recordedOn: site.asOf,
  });
}
