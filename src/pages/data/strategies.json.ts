// /data/strategies.json: places, themes and strategies as the content holds them.
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site-data.ts';
import { strategiesJson } from '../../lib/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(strategiesJson(await getSite()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
