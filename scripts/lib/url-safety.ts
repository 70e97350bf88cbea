// How a browser reads a URL attribute before it decides where the URL goes, so the pre-publish gate
// judges the URL the reader's browser would follow, not the characters written in the page.
// (WHATWG URL Standard: leading and trailing C0 controls and spaces are stripped, ASCII tab and
// newline are removed anywhere, the scheme is case-insensitive, and "\" counts as "/" in web URLs.)

/** Schemes that run code or carry a whole document inside the URL: never allowed in a built page. */
export const DANGEROUS_SCHEMES: ReadonlySet<string> = new Set(['javascript', 'vbscript', 'data']);

/** The URL as a browser reads it: C0 controls and spaces trimmed from both ends, tab and newline removed. */
export function normaliseUrl(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/** The URL's scheme in lower case ("javascript"), or undefined for a relative URL. */
export function urlScheme(raw: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(normaliseUrl(raw))?.[1]?.toLowerCase();
}

/** True for "//host/..." (and "\\host", "/\host"): a URL that takes the page's scheme but another host. */
export function isProtocolRelative(raw: string): boolean {
  return /^[\\/]{2}/.test(normaliseUrl(raw));
}

/** The absolute URL a reader on `pagePath` would reach, or undefined when a browser could not read it. */
export function resolveUrl(raw: string, pagePath: string, siteOrigin: string): URL | undefined {
  try {
    return new URL(normaliseUrl(raw), new URL(pagePath, siteOrigin));
  } catch {
    return undefined;
  }
}

/** True when the URL, read as a browser would on `pagePath`, is not on the site's own origin. */
export function isOffSite(raw: string, pagePath: string, siteOrigin: string): boolean {
  const url = resolveUrl(raw, pagePath, siteOrigin);
  return !url || url.origin !== new URL(siteOrigin).origin;
}

const SRCSET_SPACE = /[\t\n\f\r ]/;

/** The URLs in a `srcset` value, split as the HTML standard splits image candidates (commas inside URLs kept). */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && (SRCSET_SPACE.test(value[i]!) || value[i] === ',')) i++;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !SRCSET_SPACE.test(value[i]!)) i++;
    let url = value.slice(start, i);
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      // Skip the descriptors ("2x", "300w") up to the next comma outside parentheses.
      let depth = 0;
      for (; i < value.length; i++) {
        const c = value[i];
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
        else if (c === ',' && depth === 0) break;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}
