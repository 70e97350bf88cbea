// What a Pagefind result becomes in the results list: a priority, update or page is one result with
// one item; a group (the actions and measures of one priority, the figures of one neighbourhood...)
// is one result listing each item that matched. The list counts results, so its count is what it
// shows (with a kind ticked, what it shows at most: a group may match only on items of another kind).
import { RECORD_KIND_LABEL } from './records.ts';
import { parseItemId } from './item-id.ts';
import { SEARCH_WORDS } from '../../i18n/en.ts';

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: PagefindAnchor;
}
/** The part of Pagefind's result data that the results list reads. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  content?: string;
  anchors?: PagefindAnchor[];
  sub_results?: PagefindSubResult[];
}

export interface ResultItem {
  url: string;
  title: string;
  kind: string;
  where: string;
  /** Pagefind's excerpt, with <mark> around the matched words. */
  excerpt: string;
}

const EXCERPT_WORDS = 24;
const isItemHeading = (a: PagefindAnchor) => /^h\d$/i.test(a.element) && a.id !== '' && Boolean(a.text?.trim());

/** A group's item heading found by a query, or every one of them when browsing. */
interface FoundItem {
  id: string;
  title: string;
  excerpt: string;
}

/** The words under each item heading, when no words were searched for (browsing by filter). */
function browsedItems(data: PagefindResultData): FoundItem[] {
  const headings = (data.anchors ?? []).filter(isItemHeading).sort((a, b) => a.location - b.location);
  const words = (data.content ?? '').split(/\s+/).filter(Boolean);
  return headings.map((a, i) => {
    const start = a.location + a.text!.trim().split(/\s+/).length;
    const end = Math.min(headings[i + 1]?.location ?? words.length, start + EXCERPT_WORDS);
    return { id: a.id, title: a.text!.trim(), excerpt: words.slice(start, end).join(' ') };
  });
}

/**
 * The results one Pagefind result stands for. A group (its address has a fragment: the page its
 * items sit on, then `#search…`) gives each matching item, its kind and anchor read from its
 * heading's id (item-id.ts); when nothing was typed, or only the group's shared words matched,
 * every item in it. With `kinds` (the kind filter's ticked values), a group's items of other kinds
 * are left out: a group's kind filter has every kind it holds (pages.ts).
 */
export function resultItems(data: PagefindResultData, kinds: readonly string[] = []): ResultItem[] {
  const where = data.meta.where ?? '';
  const [page, fragment] = data.url.split('#');
  if (!fragment)
    return [
      { kind: data.meta.kind ?? '', where, url: data.url, title: data.meta.title ?? data.url, excerpt: data.excerpt },
    ];
  const matched = (data.sub_results ?? []).filter((s) => s.anchor && isItemHeading(s.anchor));
  const found = matched.length
    ? matched.map((s) => ({ id: s.anchor!.id, title: s.title, excerpt: s.excerpt }))
    : browsedItems(data);
  return found.flatMap((item) => {
    const parsed = parseItemId(item.id);
    if (!parsed || (kinds.length && !kinds.includes(parsed.kind))) return [];
    return [{ kind: parsed.kind, where, url: `${page}#${parsed.anchor}`, title: item.title, excerpt: item.excerpt }];
  });
}

/** One entry of the results list: a priority or update, or the matching items of one group. */
export interface ResultEntry {
  /** What its items are ("Action", or "Action, Measure" for a group that lists both). */
  kind: string;
  where: string;
  /** True when the items are the rows of one group (actions, figures...) under a shared "where". */
  grouped: boolean;
  /**
   * For a query of several words, true when the excerpt (or title, or residents' words) has them
   * together, in order, as a phrase: "out-of-work benefits" for "out of work".
   */
  phrase?: boolean;
  /** For glossary entries: true when an item is the term asked for (its name, abbreviation or everyday name). */
  names?: boolean;
  /**
   * False when no single item of a group has every word of the query: Pagefind matched the group's
   * words across several items ("cost" in one glossary entry, "living" in another).
   */
  whole: boolean;
  items: ResultItem[];
}

/** Words that do not have to be matched ("cost of living" asks for "cost" and "living"). */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'in',
  'on',
  'to',
  'for',
  'at',
  'by',
  'with',
  'or',
  'my',
  'is',
]);

/**
 * What Pagefind is asked for: the query without its small words ("cost of living" asks for "cost
 * living"). Pagefind matches every word it is given and fetches an index chunk for each, so "of"
 * costs a download (an index chunk, about 3 KB) and matches nearly every page. A query of small
 * words only is sent as typed. Null (browsing by filter) stays null.
 */
export function pagefindTerm(query: string | null): string | null {
  if (query === null) return null;
  const kept = query.split(/\s+/).filter((w) => w && !STOP_WORDS.has(w.toLowerCase()));
  return kept.length ? kept.join(' ') : query;
}

/** The query's words that a result should match. */
export const queryWords = (query: string) =>
  query
    .toLowerCase()
    .split(/[^\p{L}\p{N}&]+/u)
    .filter((w) => w && !STOP_WORDS.has(w));

/** Does `token` match the query word `word` as Pagefind's stemming does (by their first four letters)? */
const matchesWord = (token: string, word: string) => token.startsWith(word.slice(0, 4));

/**
 * Does the excerpt highlight every word, or, for a word it does not highlight, do the result's own
 * title and residents' words (its `title` and `words` meta, which Pagefind searches but never
 * quotes in an excerpt) have it?
 */
export function coversQuery(excerpt: string, words: readonly string[], meta: readonly string[] = []): boolean {
  const marks = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!.toLowerCase());
  const metaWords = meta.flatMap((m) => m.toLowerCase().split(/[^\p{L}\p{N}&]+/u)).filter(Boolean);
  return words.every((w) => marks.some((m) => matchesWord(m, w)) || metaWords.some((m) => matchesWord(m, w)));
}

/**
 * The list entry for one Pagefind result. For a query of more than one word, an entry is `whole`
 * when it has every word (in its excerpt, title or residents' words): "cost of living" is about the
 * cost of living, not any page with "cost" on it. For a group, only the items that have every word
 * are listed when there are any.
 */
export function resultEntry(data: PagefindResultData, query = '', kinds: readonly string[] = []): ResultEntry {
  const grouped = data.url.includes('#');
  const items = resultItems(data, kinds);
  const words = queryWords(query);
  const kind = [...new Set(items.map((item) => item.kind))].join(', ');
  const base = {
    kind,
    where: data.meta.where ?? '',
    grouped,
    ...(kind === RECORD_KIND_LABEL.glossary ? { names: items.some((item) => namesQuery(item, query)) } : {}),
  };
  if (words.length < 2) return { ...base, whole: true, items };
  if (!grouped) {
    const meta = [data.meta.title ?? '', data.meta.words ?? ''];
    return {
      ...base,
      whole: items.some((item) => coversQuery(item.excerpt, words, meta)),
      phrase: [...items.map((i) => i.excerpt), ...meta].some((text) => hasPhrase(text, words)),
      items,
    };
  }
  const whole = items.filter((item) => coversQuery(item.excerpt, words));
  const phrase = items.some((item) => hasPhrase(item.excerpt, words) || hasPhrase(item.title, words));
  if (phrase) return { ...base, whole: true, phrase, items: whole.length ? whole : items };
  return whole.length ? { ...base, whole: true, items: whole } : { ...base, whole: false, items };
}

const normalName = (text: string) => queryWords(text.replace(/<\/?mark>/g, '')).join(' ');

/**
 * Is a glossary item the term the query asks for: its name or abbreviation ("Accident and emergency
 * (A&E)") or one of its everyday names (the "Also called: ..." line records.ts writes)?
 */
export function namesQuery(item: Pick<ResultItem, 'title' | 'excerpt'>, query: string): boolean {
  const asked = normalName(query);
  if (!asked) return false;
  const names = item.title.split(/[()]/);
  const also = item.excerpt.replace(/<\/?mark>/g, '').split(SEARCH_WORDS.alsoCalled)[1];
  if (also) names.push(...also.split(/[,.]/));
  return names.some((name) => normalName(name) === asked);
}

/**
 * Does `text` (an excerpt, with or without <mark>s, or a title) have the query's words in order,
 * with nothing but small words, spaces and punctuation between them? Words match by their first
 * four letters, as Pagefind's stemming does.
 */
export function hasPhrase(text: string, words: readonly string[]): boolean {
  const tokens = text
    .replace(/<\/?mark>/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}&]+/u)
    .filter((t) => t && !STOP_WORDS.has(t));
  return tokens.some((_, start) => words.every((w, i) => tokens[start + i]?.startsWith(w.slice(0, 4)) ?? false));
}

/** Whose an entry is: its places (the "where" line's first part), or what it is when it has none. */
const owner = (entry: ResultEntry) => entry.where.split(' · ')[0] || entry.kind;

/**
 * The order of the next entries: for a query of several words, the entries that have them as a
 * phrase, then those that have every word, then the rest; each set interleaved by place
 * (interleaveByPlace), places not in `shown` (the entries already listed) first, so "Show more"
 * brings the places the first screen did not have before more of those it had.
 */
export function rankEntries(entries: readonly ResultEntry[], shown: readonly ResultEntry[] = []): ResultEntry[] {
  // A theme page has its residents' words as a phrase whenever the query is one of them: it stays an
  // overview, after the places' own answers, however it matched.
  const tier = (e: ResultEntry) => (e.phrase && e.kind !== RECORD_KIND_LABEL.theme ? 0 : e.whole ? 1 : 2);
  const seen = new Set(shown.map(owner));
  return [0, 1, 2].flatMap((t) =>
    interleaveByPlace(
      entries.filter((e) => tier(e) === t),
      undefined,
      seen,
    ),
  );
}

/**
 * The entries in rounds: each round takes, in Pagefind's order, the best entry of every owner (a
 * place, or "Glossary") not yet in the round, so the first screen shows each place's best answer
 * before any place's second. A theme page, the overview of every place's priorities on a theme,
 * closes its round: the places' own answers come first. Glossary entries explain words rather than
 * answer them, so they close the round too (before the theme page), unless an entry is the term
 * asked for ("family doctor", "A&E": its name, abbreviation or everyday name is the query) and no
 * theme page is among the results (when one is, the words are a theme's, such as "jabs").
 * Owners in `seen` (already listed) come after the others; among the rest, an owner with more
 * entries first (a place whose plans match in several spots is more likely about the words), then
 * in Pagefind's order. The order within an owner is kept.
 */
export function interleaveByPlace(
  entries: readonly ResultEntry[],
  overviewKind = RECORD_KIND_LABEL.theme,
  seen: ReadonlySet<string> = new Set(),
): ResultEntry[] {
  const queues = new Map<string, ResultEntry[]>();
  for (const entry of entries) {
    const key = owner(entry);
    queues.set(key, [...(queues.get(key) ?? []), entry]);
  }
  const aboutTheme = entries.some((e) => e.kind === overviewKind);
  const closing = (key: string) => {
    const first = queues.get(key)![0]!;
    if (first.kind === overviewKind) return 2;
    if (first.kind === RECORD_KIND_LABEL.glossary && (aboutTheme || !first.names)) return 1;
    return 0;
  };
  const rank = (key: string) => closing(key) + (seen.has(key) ? 3 : 0);
  const order = [...queues.keys()].sort((a, b) => rank(a) - rank(b) || queues.get(b)!.length - queues.get(a)!.length);
  const out: ResultEntry[] = [];
  while (out.length < entries.length) {
    for (const key of order) {
      const queue = queues.get(key)!;
      const next = queue.shift();
      if (next) out.push(next);
    }
  }
  return out;
}
