// Atom feed of what has changed for one place (the same list as /places/<place>/changes/).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../lib/site-data.ts';
import { changesFeed, placeChanges } from '../../../lib/changes.ts';
import { placeChangesUrl, placeChangesFeedUrl } from '../../../lib/urls.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const site = await getSite();
  return site.places.map((place) => ({ params: { place: place.id } }));
};

export const GET: APIRoute = async ({ params, site: origin }) => {
  const site = await getSite();
  const place = site.place(params.place!);
  const body = changesFeed({
    site: origin?.href ?? 'https://health-wellbeing-strategies.example',
    title: `What has changed for ${place.data.name}`,
    feedPath: placeChangesFeedUrl(place.id),
    pagePath: placeChangesUrl(place.id),
    changes: placeChanges(site, place.id),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
