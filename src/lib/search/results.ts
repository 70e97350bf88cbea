// What a Pagefind result becomes in the results list: a priority, update or page is one result with
// one item; a group (the actions of one priority, the figures of one neighbourhood...) is one result
// listing each item that matched. The list counts results, so its count is what it shows.
import { RECORD_KIND_LABEL } from './records.ts';

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

/** The words under each item heading, when no words were searched for (browsing by filter). */
function browsedItems(data: PagefindResultData, page: string) {
  const headings = (data.anchors ?? []).filter(isItemHeading).sort((a, b) => a.location - b.location);
  const words = (data.content ?? '').split(/\s+/).filter(Boolean);
  return headings.map((a, i) => {
    const start = a.location + a.text!.trim().split(/\s+/).length;
    const end = Math.min(headings[i + 1]?.location ?? words.length, start + EXCERPT_WORDS);
    return { url: `${page}#${a.id}`, title: a.text!.trim(), excerpt: words.slice(start, end).join(' ') };
  });
}

/**
 * The results one Pagefind result stands for. A group (its address has a fragment: the page its
 * items sit on, then `#search-…`) gives each matching item; when nothing was typed, or only the
 * group's shared words matched, every item in it.
 */
export function resultItems(data: PagefindResultData): ResultItem[] {
  const shared = { kind: data.meta.kind ?? '', where: data.meta.where ?? '' };
  const [page, fragment] = data.url.split('#');
  if (!fragment) return [{ ...shared, url: data.url, title: data.meta.title ?? data.url, excerpt: data.excerpt }];
  const matched = (data.sub_results ?? []).filter((s) => s.anchor && isItemHeading(s.anchor));
  const items = matched.length
    ? matched.map((s) => ({ url: s.url, title: s.title, excerpt: s.excerpt }))
    : browsedItems(data, page!);
  return items.map((item) => ({ ...shared, ...item }));
}

/** One entry of the results list: a priority or update, or the matching items of one group. */
export interface ResultEntry {
  kind: string;
  where: string;
  /** True when the items are the rows of one group (actions, figures...) under a shared "where". */
  grouped: boolean;
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

/** The query's words that a result should match. */
export const queryWords = (query: string) =>
  query
    .toLowerCase()
    .split(/[^\p{L}\p{N}&]+/u)
    .filter((w) => w && !STOP_WORDS.has(w));

/** Does the excerpt highlight every word (as Pagefind's stemming matches them: by their first four letters)? */
export function coversQuery(excerpt: string, words: readonly string[]): boolean {
  const marks = [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!.toLowerCase());
  return words.every((w) => marks.some((m) => m.startsWith(w.slice(0, 4))));
}

/**
 * The list entry for one Pagefind result. For a group and a query of more than one word, only the
 * items that match every word are listed when there are any; otherwise the entry is not `whole`.
 */
export function resultEntry(data: PagefindResultData, query = ''): ResultEntry {
  const grouped = data.url.includes('#');
  const items = resultItems(data);
  const words = queryWords(query);
  const base = { kind: data.meta.kind ?? '', where: data.meta.where ?? '', grouped };
  if (!grouped || words.length < 2) return { ...base, whole: true, items };
  const whole = items.filter((item) => coversQuery(item.excerpt, words));
  return whole.length ? { ...base, whole: true, items: whole } : { ...base, whole: false, items };
}

/** Whose an entry is: its places (the "where" line's first part), or what it is when it has none. */
const owner = (entry: ResultEntry) => entry.where.split(' · ')[0] || entry.kind;

/** The first screen's order: whole matches first, each set interleaved by place (interleaveByPlace). */
export function rankEntries(entries: readonly ResultEntry[]): ResultEntry[] {
  return [...interleaveByPlace(entries.filter((e) => e.whole)), ...interleaveByPlace(entries.filter((e) => !e.whole))];
}

/**
 * The entries in rounds: each round takes, in Pagefind's order, the best entry of every owner (a
 * place, or "Glossary") not yet in the round, so the first screen shows each place's best answer
 * before any place's second. A theme page, the overview of every place's priorities on a theme,
 * closes its round: the places' own answers come first. The order within an owner is kept.
 */
export function interleaveByPlace(
  entries: readonly ResultEntry[],
  overviewKind = RECORD_KIND_LABEL.theme,
): ResultEntry[] {
  const queues = new Map<string, ResultEntry[]>();
  for (const entry of entries) {
    const key = owner(entry);
    queues.set(key, [...(queues.get(key) ?? []), entry]);
  }
  const order = [...queues.keys()].sort(
    (a, b) => Number(queues.get(a)![0]!.kind === overviewKind) - Number(queues.get(b)![0]!.kind === overviewKind),
  );
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
