// What a Pagefind result becomes in the results list: a priority, update or page is one result with
// one item; a group (the actions of one priority, the figures of one neighbourhood...) is one result
// listing each item that matched. The list counts results, so its count is what it shows.
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
  items: ResultItem[];
}

/** The list entry for one Pagefind result. */
export function resultEntry(data: PagefindResultData): ResultEntry {
  return { kind: data.meta.kind ?? '', where: data.meta.where ?? '', grouped: data.url.includes('#'), items: resultItems(data) };
}
