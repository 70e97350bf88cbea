// /.well-known/security.txt, with its expiry counted from the date of the commit being built.
import type { APIRoute } from 'astro';
import { buildDate, securityTxt } from '../../lib/security-txt.ts';

export const GET: APIRoute = ({ site }) => {
  const built = buildDate();
  if (built.from === 'clock') {
    console.warn(
      'security.txt: no SOURCE_DATE_EPOCH and no git history, so its Expires counts from today and this build is not reproducible',
    );
  }
  return new Response(securityTxt(site!.href, built.date), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
