import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../lib/site-data.ts';
import { themeFeed } from '../../../lib/feed-routes.ts';

export const getStaticPaths = (async () =>
  (await getSite()).themes.map((t) => ({ params: { theme: t.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(themeFeed(await getSite(), String(site), params.theme!), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
