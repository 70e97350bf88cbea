// Atom feeds of updates (whole site, per place, per theme), built from the same entries as the pages.
// Dates come from the content only: a feed never shows a day the source does not give.
import type { Entry } from '../schemas/rules.ts';
import type { Update } from '../schemas/update.ts';
import { updateUrl } from './urls.ts';
import { atomDocument } from './atom.ts';
import { dateInWords } from './date-in-words.ts';

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

const isFullDate = (date: string | undefined): date is string => date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(date);

/** An Atom 1.0 document for the given updates, newest first as given. */
export function atomFeed({ title, site, selfPath, pagePath, updates, recordedOn }: FeedInput): string {
  const abs = (path: string) => new URL(path, site).href;
  const stamps = updates.map((u) => (isFullDate(u.data.date) ? u.data.date : recordedOn));
  return atomDocument({
    title,
    selfHref: abs(selfPath),
    pageHref: abs(pagePath),
    updated: [...stamps, recordedOn].sort().at(-1)!,
    entries: updates.map((u, i) => ({
      id: abs(updateUrl(u.id)),
      title: u.data.title,
      href: abs(updateUrl(u.id)),
      published: isFullDate(u.data.date) ? u.data.date : undefined,
      updated: stamps[i]!,
      summary: `${dateInWords(u.data)}. ${u.data.summary}`,
    })),
  });
}
