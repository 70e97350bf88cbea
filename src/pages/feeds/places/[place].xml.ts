import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../lib/site-data.ts';
import { placeFeed } from '../../../lib/feed-routes.ts';

export const getStaticPaths = (async () =>
  (await getSite()).places.map((p) => ({ params: { place: p.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(placeFeed(await getSite(), String(site), params.place!), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
