// /data/measures.csv: every figure on the site, one row per value, comparator or target.
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site-data.ts';
import { measuresCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(measuresCsv(await getSite()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
