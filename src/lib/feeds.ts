// Atom feeds of updates (whole site, per place, per theme), built from the same entries as the pages.
// Dates come from the content only: a feed never shows a day the source does not give.
import type { Entry } from '../schemas/rules.ts';
import type { Update } from '../schemas/update.ts';
import { formatPartialDate } from './format.ts';
import { updateUrl } from './urls.ts';
import { escapeMarkup } from './escape.ts';

export interface FeedInput {
  /** The feed's title, e.g. "Updates for Camden". */
  title: string;
  /** Absolute address of the site, e.g. "https://example.org". */
  site: string;
  /** Path of the feed itself, e.g. "/feeds/places/camden.xml". */
  selfPath: string;
  /** Path of the HTML page the feed mirrors. */
  pagePath: string;
  updates: Entry<Update>[];
  /**
   * The date the site's content was last reviewed (YYYY-MM-DD). Atom needs a full date on every entry;
   * an update whose source gives no full date (e.g. "9 November", no year) is stamped with this date,
   * which is when the site recorded it, and its summary says the source's own date in words.
   */
  recordedOn: string;
}

/** Markup escaping, with apostrophes too (the Atom feeds have always written them as &apos;). */
export const escapeXml = (text: string) => escapeMarkup(text).replace(/'/g, '&apos;');

const isFullDate = (date: string | undefined): date is string => date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date);
const timestamp = (day: string) => `${day}T00:00:00Z`;

/** The date an update carries in words, as the page shows it. */
export function updateDateWords(update: Update): string {
  if (update.date) return formatPartialDate(update.date);
  return update.dateAsPrinted ? `“${update.dateAsPrinted}” (no year given)` : 'date not stated';
}

/** An Atom 1.0 document for the given updates, newest first as given. */
export function atomFeed({ title, site, selfPath, pagePath, updates, recordedOn }: FeedInput): string {
  const abs = (path: string) => new URL(path, site).href;
  const stamps = updates.map((u) => (isFullDate(u.data.date) ? u.data.date : recordedOn));
  const feedUpdated = [...stamps, recordedOn].sort().at(-1)!;
  const entries = updates.map((u, i) => {
    const link = abs(updateUrl(u.id));
    const published = isFullDate(u.data.date) ? `<published>${timestamp(u.data.date)}</published>` : '';
    const summary = `${updateDateWords(u.data)}. ${u.data.summary}`;
    return (
      `<entry><title>${escapeXml(u.data.title)}</title><link rel="alternate" type="text/html" href="${link}"/>` +
      `<id>${link}</id>${published}<updated>${timestamp(stamps[i]!)}</updated>` +
      `<summary>${escapeXml(summary)}</summary></entry>`
    );
  });
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">` +
    `<title>${escapeXml(title)}</title><id>${abs(selfPath)}</id>` +
    `<link rel="self" type="application/atom+xml" href="${abs(selfPath)}"/>` +
    `<link rel="alternate" type="text/html" href="${abs(pagePath)}"/>` +
    `<updated>${timestamp(feedUpdated)}</updated><author><name>Health and wellbeing strategies</name></author>` +
    `${entries.join('')}</feed>\n`
  );
}
