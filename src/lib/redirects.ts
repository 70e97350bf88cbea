// Redirects from old web addresses to new ones, worked out from the content's `oldSlugs` lists,
// so that links in old emails and documents keep working when a slug changes.
import type { SiteContent } from '../schemas/rules.ts';
import { placeUrl, priorityUrl, strategyUrl } from './urls.ts';
import { escapeMarkup } from './escape.ts';

export interface Redirect {
  from: string;
  to: string;
}

/** Every redirect the content asks for, sorted by the old address. */
export function redirectsFromContent(content: SiteContent): Redirect[] {
  const out = new Map<string, string>();
  for (const place of content.places) {
    for (const old of place.data.oldSlugs) out.set(placeUrl(old), placeUrl(place.id));
  }
  for (const strategy of content.strategies) {
    const strategyIds = [strategy.id, ...strategy.data.oldSlugs];
    for (const old of strategy.data.oldSlugs) out.set(strategyUrl(old), strategyUrl(strategy.id));
    for (const priority of strategy.data.priorities) {
      for (const strategyId of strategyIds) {
        for (const priorityId of [priority.id, ...priority.oldSlugs]) {
          if (strategyId === strategy.id && priorityId === priority.id) continue;
          out.set(priorityUrl(strategyId, priorityId), priorityUrl(strategy.id, priority.id));
        }
      }
    }
  }
  return [...out].map(([from, to]) => ({ from, to })).sort((a, b) => a.from.localeCompare(b.from));
}

/** A `_redirects` file (Netlify, Cloudflare Pages): permanent redirects. */
export function redirectsFile(redirects: Redirect[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301`).join('\n') + (redirects.length ? '\n' : '');
}

/** A static page that sends the reader on, for any host: a meta refresh, and a link for anyone it does not move. */
export function redirectPage(redirect: Redirect, site: string): string {
  const to = escapeMarkup(redirect.to);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>This page has moved</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeMarkup(new URL(redirect.to, site || 'https://example.invalid').href)}">
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<main>
<h1>This page has moved</h1>
<p><a href="${to}">Go to the page’s new address</a>.</p>
</main>
</body>
</html>
`;
}
