// /data/commitments.csv: every action, commitment and pledge with its due date and status.
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site-data.ts';
import { commitmentsCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(commitmentsCsv(await getSite()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
