// Pagefind pages: how search records are packed into the documents Pagefind indexes. Every
// Pagefind page costs bytes in the metadata file each first query downloads, so records that sit
// at an anchor of one page of the site (actions, commitments and measures, body sections,
// principles, residents' statements, neighbourhood figures, glossary entries) and share a "where"
// line, a place, themes and status share one Pagefind page, whatever their kind: each item is a
// heading whose id carries its kind and anchor (item-id.ts), and Pagefind returns the matching
// headings as sub-results. A group is cut at about MAX_GROUP_CHARS of text, because a result's
// fragment (its whole text) is what a query downloads for it.
import { recordFilters, recordWhere, RECORD_KIND_LABEL, type SearchRecord } from './records.ts';
import { itemId } from './item-id.ts';
import { escapeMarkup } from '../escape.ts';

export interface SearchPage {
  /** Pagefind's name for the page: unique, never shown (results link to each item's own address). */
  key: string;
  /** The items. A priority or update is a page of its own, so it holds one record. */
  records: SearchRecord[];
}

/** Text in one group before a new one starts: keeps each fragment a result downloads near 1-2 KB gzipped. */
export const MAX_GROUP_CHARS = 2000;

const pageOf = (url: string) => url.split('#')[0]!;
const anchorOf = (url: string) => url.split('#')[1] ?? '';

/** Is this page a group of items (each with an anchor), rather than one record? */
export const isGroup = (page: SearchPage) => page.key.includes('#');

const size = (r: SearchRecord) => r.title.length + r.text.reduce((n, t) => n + t.length + 1, 0);

/**
 * Records that share a page of the site, a "where" line and every filter value but their kind go
 * together: the page's place, theme and status filters and its "where" line are then true of every
 * item in it. Its kind filter has each of its items' kinds, so a page found with the "Measure" box
 * ticked may match on an action: the results list leaves out items of kinds not ticked (results.ts).
 */
export function searchPages(records: SearchRecord[]): SearchPage[] {
  const pages = new Map<string, SearchPage>();
  const sizes = new Map<SearchPage, number>();
  const parts = new Map<string, number>();
  for (const record of records) {
    if (!anchorOf(record.url)) {
      pages.set(record.url, { key: record.url, records: [record] });
      continue;
    }
    const same = JSON.stringify([pageOf(record.url), recordWhere(record), { ...recordFilters(record), kind: [] }]);
    const part = parts.get(same) ?? 0;
    const page = pages.get(`${same}${part}`);
    if (page && sizes.get(page)! + size(record) <= MAX_GROUP_CHARS) {
      page.records.push(record);
      sizes.set(page, sizes.get(page)! + size(record));
      continue;
    }
    const next = page ? part + 1 : part;
    parts.set(same, next);
    const created = { key: '', records: [record] };
    pages.set(`${same}${next}`, created);
    sizes.set(created, size(record));
  }
  // A group's name: its page, numbered when one page has several groups (a strategy's statements
  // under each priority, measures with extra themes). Pagefind keys pages by this, so it must be unique.
  const used = new Map<string, number>();
  for (const page of pages.values()) {
    if (page.key) continue;
    const name = `${pageOf(page.records[0]!.url)}#search`;
    const n = (used.get(name) ?? 0) + 1;
    used.set(name, n);
    page.key = n === 1 ? name : `${name}-${n}`;
  }
  return [...pages.values()];
}

/**
 * Pagefind weights below its default of 1, by kind. Neighbourhood figures repeat the same names in
 * every profile (seven profiles each have "Fuel poverty" and "Hypertension"), so at full weight one
 * place's figures filled the first screen of "blood pressure" or "fuel poverty" before any other
 * place's plans; at half weight they still come first when nothing else matches.
 */
export const PAGE_WEIGHT: Partial<Record<SearchRecord['kind'], number>> = { indicator: 0.5 };

/**
 * A page as a small HTML document marked up with Pagefind's attributes: each item's title is a
 * heading (Pagefind weights headings), filters and meta sit in an element that is not indexed as
 * text. A priority's (or theme page's) themes and residents' words go in a meta field: Pagefind
 * searches meta, so "teeth" finds the priority, but the excerpt shown comes from its own words.
 * Actions and measures do not repeat them (the theme filter narrows them), which keeps the index small.
 * A group's items each have a heading whose id is the item's kind and anchor (item-id.ts). The
 * group's key is the page they sit on plus a fragment, which Pagefind swaps for each sub-result's
 * id. A group has no "kind" meta: each item has its own.
 * (No `url` meta: Pagefind searches meta, so the address's words would join the index.)
 */
export function pageHtml(page: SearchPage): string {
  const first = page.records[0]!;
  const filters = { ...recordFilters(first), kind: [...new Set(page.records.map((r) => RECORD_KIND_LABEL[r.kind]))] };
  const filterHtml = Object.entries(filters)
    .flatMap(([group, values]) => values.map((v) => `<span data-pagefind-filter="${group}">${escapeMarkup(v)}</span>`))
    .join('');
  const meta: [string, string][] = isGroup(page) ? [] : [['kind', RECORD_KIND_LABEL[first.kind]]];
  meta.push(['where', recordWhere(first)]);
  if (first.synonyms.length) meta.push(['words', `${first.themes.join(', ')}, ${first.synonyms.join(', ')}`]);
  const weighted = (r: SearchRecord, html: string[]) => {
    const weight = PAGE_WEIGHT[r.kind];
    return weight ? [`<div data-pagefind-weight="${weight}">`, ...html, '</div>'] : html;
  };
  const text = (r: SearchRecord) => r.text.map((t) => `<p>${escapeMarkup(t)}</p>`);
  const body = isGroup(page)
    ? page.records.flatMap((r) =>
        weighted(r, [
          `<h1 id="${escapeMarkup(itemId(r.kind, anchorOf(r.url)))}">${escapeMarkup(r.title)}</h1>`,
          ...text(r),
        ]),
      )
    : weighted(first, [`<h1 data-pagefind-meta="title">${escapeMarkup(first.title)}</h1>`, ...text(first)]);
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body>',
    '<main data-pagefind-body>',
    `<div data-pagefind-ignore>${filterHtml}${meta.map(([k, v]) => `<span data-pagefind-meta="${k}">${escapeMarkup(v)}</span>`).join('')}</div>`,
    ...body,
    '</main></body></html>',
  ].join('');
}
