// Answer pages: search without JavaScript. A static host serves /search/ whatever the query says, so
// the build writes a small page for every word the site knows (the word finder's words: theme names
// and residents' words, glossary terms, abbreviations and everyday names, place and neighbourhood
// names) at /search/words/<slug>/, and a server that can route by query string (deploy/nginx.conf,
// npm run preview) answers /search/?q=<word> with that page. Each page is the search page itself, the
// word already in the box, with the answer shown to readers without JavaScript: the priorities of a
// theme, a glossary definition, a place's strategies, a neighbourhood's profile.
//
// The query is taken, as the browser sent it (percent-encoded), only when it is plainly a word:
// letters and digits, a capital allowed only as its first letter, at most MAX_WORDS words joined by
// spaces, hyphens, apostrophes or "&". nginx can neither lowercase a whole string nor decode one, so
// this is what its map in deploy/nginx.conf matches, and the preview server uses this function on the
// same raw text: both route exactly the same queries. Anything else gets the ordinary search page.
// The slug is built only from the letters and digits matched, so no query can name another file
// (no "/", ".", "%2F", NUL or line breaks get through), and nothing from the query reaches a header.
import type { Site } from '../model.ts';
import type { FindLink, FindWord } from './find.ts';
import { anchors, areaUrl, glossaryUrl, placeUrl, themeUrl, withAnchor } from '../urls.ts';

/** Words in a query or word the servers route (one nginx map line per count: keep them in step). */
export const MAX_WORDS = 6;
/** Letters in one word. */
export const MAX_WORD_LETTERS = 30;

/** Where the answer page for a slug is. */
export const answerUrl = (slug: string) => `/search/words/${slug}/`;

/**
 * What may join two words of a query as a browser sends it (percent-encoded, a space as "+"): a
 * space, a hyphen, an apostrophe (' or ’) or "&". deploy/nginx.conf's map lists the same.
 */
export const ROUTED_JOINERS = ['+', '%20', '-', '%27', '%E2%80%99', '%26'] as const;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const JOIN = `(?:${ROUTED_JOINERS.map(escapeRegExp).join('|')})+`;
const PAD = '(?:\\+|%20)*';
const FIRST = `[A-Za-z0-9][a-z0-9]{0,${MAX_WORD_LETTERS - 1}}`;
const NEXT = `[a-z0-9]{1,${MAX_WORD_LETTERS}}`;
const ROUTED = new RegExp(`^${PAD}(${FIRST}(?:${JOIN}${NEXT}){0,${MAX_WORDS - 1}})${PAD}$`);

/** The answer page's slug of a word the site knows: lower-case letters and digits, words joined by "-". */
export function wordSlug(word: string): string | undefined {
  const words = word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS || words.some((w) => w.length > MAX_WORD_LETTERS))
    return undefined;
  return words.join('-');
}

/**
 * The slug a server looks up for the `q` of a request, given as sent (still percent-encoded), or
 * undefined when the query is not plainly a word (see the top of this file): "lonely" and "Lonely"
 * give "lonely"; "social+isolation" and "social-isolation" give "social-isolation"; "A%26E" gives
 * undefined (a capital after the first letter), and so does anything with "/", "." or "%2F".
 */
export function routedSlug(rawQuery: string): string | undefined {
  const match = ROUTED.exec(rawQuery);
  if (!match) return undefined;
  return match[1]!.split(new RegExp(JOIN)).join('-').toLowerCase();
}

/**
 * The raw (still percent-encoded) value of the first `q=` in a query string, found as nginx's $arg_q
 * finds it (the name in any case, and only where it has "="): "?place=x&q=a+b&q=c" gives "a+b".
 */
export function rawQueryParam(search: string, name = 'q'): string | undefined {
  for (const pair of search.replace(/^\?/, '').split('&')) {
    const eq = pair.indexOf('=');
    if (eq !== -1 && pair.slice(0, eq).toLowerCase() === name) return pair.slice(eq + 1);
  }
  return undefined;
}

export interface AnswerPriority {
  place: string;
  title: string;
  url: string;
}

export interface AnswerPart {
  link: FindLink;
  /** A glossary definition, a place's or a neighbourhood's summary. */
  text?: string;
  /** For a theme: its priorities, those mainly about it first, by place; at most MAX_PRIORITIES. */
  priorities?: AnswerPriority[];
  /** For a theme: how many priorities it has in all, and in how many places. */
  totalPriorities?: number;
  places?: number;
  /** For a place: its strategies. */
  strategies?: { title: string; url: string }[];
}

export interface AnswerPage {
  slug: string;
  /** The word as the site writes it ("Lonely", "A&E"). */
  word: string;
  /** Other words with the same slug ("A and E" and "A&E"). */
  parts: AnswerPart[];
}

/** Priorities listed on a theme's answer page; the theme page, one link away, has every one. */
export const MAX_PRIORITIES = 12;

function answerPart(site: Site, link: FindLink): AnswerPart {
  const theme = site.themes.find((t) => link.href === themeUrl(t.id));
  if (theme) {
    // Priorities whose first theme this is (mainly about it) come first, then the rest; by place within each.
    const views = site.prioritiesForTheme(theme.id);
    const byPlace = (main: boolean) =>
      site.places.flatMap((place) =>
        views
          .filter((v) => v.places.some((p) => p.id === place.id) && (v.priority.themes[0] === theme.id) === main)
          .map((v) => ({ place: place.data.name, title: v.priority.title, url: v.url })),
      );
    const all = [...byPlace(true), ...byPlace(false)];
    // A priority shared by several places is listed once, under its first place.
    const seen = new Set<string>();
    const priorities = all.filter((p) => !seen.has(p.url) && seen.add(p.url));
    return {
      link,
      priorities: priorities.slice(0, MAX_PRIORITIES),
      totalPriorities: priorities.length,
      places: new Set(priorities.map((p) => p.place)).size,
    };
  }
  const term = site.glossary.find((g) => link.href === withAnchor(glossaryUrl(), anchors.glossary(g.id)));
  if (term) return { link, text: term.data.definition };
  const place = site.places.find((p) => link.href === placeUrl(p.id));
  if (place)
    return {
      link,
      text: place.data.summary,
      strategies: site.strategiesForPlace(place.id).map((s) => ({ title: s.data.title, url: s.url })),
    };
  const area = site.areas.find((a) => link.href === areaUrl(a.id));
  if (area) return { link, text: area.data.summary };
  return { link };
}

/** One answer page per slug of the word finder's words (words that make no slug get none). */
export function answerPages(site: Site, words: readonly FindWord[]): AnswerPage[] {
  const pages = new Map<string, { word: string; links: FindLink[] }>();
  for (const w of words) {
    const slug = wordSlug(w.word);
    if (!slug) continue;
    const page = pages.get(slug) ?? { word: w.word, links: [] };
    for (const link of w.links) if (!page.links.some((l) => l.href === link.href)) page.links.push(link);
    pages.set(slug, page);
  }
  return [...pages].map(([slug, page]) => ({
    slug,
    word: page.word,
    parts: page.links.map((link) => answerPart(site, link)),
  }));
}
