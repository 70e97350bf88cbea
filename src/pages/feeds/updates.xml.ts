import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site-data.ts';
import { siteFeed } from '../../lib/feed-routes.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(siteFeed(await getSite(), String(site)), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
