// The one Atom 1.0 writer: the update feeds (feeds.ts) and the "what has changed" feeds (changes.ts)
// both describe their entries and let this module write and escape the XML.
import { escapeMarkup } from './escape.ts';
import { SITE_NAME } from '../i18n/en.ts';

/** Markup escaping, with apostrophes too, for every text and attribute value in a feed. */
export const escapeXml = (text: string) => escapeMarkup(text).replace(/'/g, '&apos;');

/** A partial date (YYYY, YYYY-MM or YYYY-MM-DD) as an Atom timestamp: the first day it names, midnight UTC. */
export function atomDate(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}T00:00:00Z`;
}

export interface AtomEntry {
  /** A permanent, unique id: usually the entry's absolute address, with a fragment when one page has several. */
  id: string;
  title: string;
  /** Absolute address of the page the entry is about. */
  href: string;
  /** Only when the source gives a full date (YYYY-MM-DD); never invented. */
  published?: string | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  updated: string;
  summary: string;
}

export interface AtomDocument {
  title: string;
  /** Absolute address of the feed itself, also its id. */
  selfHref: string;
  /** Absolute address of the HTML page the feed mirrors. */
  pageHref: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  updated: string;
  entries: AtomEntry[];
}

/** An Atom 1.0 document, entries in the order given. */
export function atomDocument({ title, selfHref, pageHref, updated, entries }: AtomDocument): string {
  const x = escapeXml;
  const body = entries.map(
    (e) =>
      `<entry><title>${x(e.title)}</title><link rel="alternate" type="text/html" href="${x(e.href)}"/>` +
      `<id>${x(e.id)}</id>${e.published ? `<published>${atomDate(e.published)}</published>` : ''}` +
      `<updated>${atomDate(e.updated)}</updated><summary>${x(e.summary)}</summary></entry>`,
  );
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">` +
    `<title>${x(title)}</title><id>${x(selfHref)}</id>` +
    `<link rel="self" type="application/atom+xml" href="${x(selfHref)}"/>` +
    `<link rel="alternate" type="text/html" href="${x(pageHref)}"/>` +
    `<updated>${atomDate(updated)}</updated><author><name>${x(SITE_NAME)}</name></author>` +
    `${body.join('')}</feed>\n`
  );
}
