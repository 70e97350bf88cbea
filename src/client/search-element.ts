// <hws-search>: a small search UI over Pagefind's JS API. Nothing from /pagefind/ is fetched until
// the reader focuses the box, types or ticks a filter. When no word of the query matched and the
// site's word list has a correction, the corrected results show at once ("Showing results for
// loneliness. Search instead for lonliness"). If the search files cannot load, it says so and
// links to the A to Z.
import type { FilterGroup } from '../lib/search/records.ts';
import {
  countQueries,
  hasSelection,
  pagefindFilters,
  parseSearchParams,
  toSearchParams,
  type SearchState,
} from '../lib/search/query-state.ts';
import { excerptParts } from '../lib/search/excerpt.ts';
import { didYouMean, worthSuggesting, type Vocabulary } from '../lib/search/vocabulary.ts';
import {
  pagefindTerm,
  rankEntries,
  resultEntry,
  type PagefindResultData,
  type ResultEntry,
} from '../lib/search/results.ts';
import { SEARCH_SCRIPT as SEARCH, searchResultCount } from '../i18n/en.ts';

interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

// Five results a screen; the first screen is chosen from the best FIRST_WINDOW, taking each place's
// best answer before any place's second (interleaveByPlace). Both keep the first query inside its
// 100 KB budget (npm run bench:search): each result fetched is one fragment.
const PAGE_SIZE = 5;
const FIRST_WINDOW = 10;
const TYPING_DELAY_MS = 250;

class HwsSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #vocabulary: Promise<Vocabulary> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #run = 0;
  #results: PagefindSearch['results'] = [];
  /** How many results have been fetched, how many are shown, and those fetched but not shown yet. */
  #fetched = 0;
  /** The kinds ticked for the shown results: a group's items of other kinds are left out. */
  #kinds: string[] = [];
  #shown = 0;
  #waiting: ResultEntry[] = [];
  /** The entries listed so far. */
  #listed: ResultEntry[] = [];
  /** The words the shown results are for (the correction, when one was made). */
  #query = '';
  /** The reader asked for their own words, not a correction ("Search instead for ..."). */
  #literal = false;

  #q = <T extends Element>(selector: string) => this.querySelector<T>(selector)!;

  connectedCallback() {
    const form = this.#q<HTMLFormElement>('form');
    const input = this.#q<HTMLInputElement>('input[type="search"]');
    const filters = this.#q<HTMLDetailsElement>('[data-hws-filters]');
    // Counts need Pagefind's filter files, so they are fetched when the panel is first opened.
    filters.addEventListener('toggle', () => {
      const state = this.#state();
      if (filters.open && (state.query || hasSelection(state.selection))) void this.search();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.search();
    });
    input.addEventListener('focus', () => void this.#load().catch(() => undefined), { once: true });
    input.addEventListener('input', () => {
      this.#literal = false;
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.search(), TYPING_DELAY_MS);
    });
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLInputElement).type === 'checkbox') void this.search();
    });
    this.#q('[data-hws-clear]').addEventListener('click', () => {
      for (const box of this.#boxes()) box.checked = false;
      void this.search();
    });
    this.#q('[data-hws-more]').addEventListener('click', () => void this.#showMore());
    this.#q('[data-hws-suggestion]').addEventListener('click', (event) => {
      const link = (event.target as Element).closest('a');
      if (!link) return;
      event.preventDefault();
      input.value = link.dataset.query ?? '';
      this.#literal = true;
      void this.search();
      input.focus();
    });

    const state = parseSearchParams(new URLSearchParams(location.search));
    // An answer page (/search/words/<slug>/) opened at its own address has its word in the box already.
    state.query ||= input.defaultValue.trim();
    input.value = state.query;
    for (const box of this.#boxes())
      box.checked = state.selection[box.name as FilterGroup]?.includes(box.value) ?? false;
    if (hasSelection(state.selection)) filters.open = true;
    else if (state.query) void this.search();
  }

  #boxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  }

  #state(): SearchState {
    const state = parseSearchParams(new URLSearchParams());
    state.query = this.#q<HTMLInputElement>('input[type="search"]').value.trim();
    for (const box of this.#boxes()) if (box.checked) state.selection[box.name as FilterGroup].push(box.value);
    return state;
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const url = `${this.dataset.pagefind}pagefind.js`;
      const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
      // Less length normalisation than Pagefind's default, so a priority (longer, and tagged with the
      // theme itself) is not outranked by every short measure that mentions the word once.
      await pagefind.options({ noWorker: true, excerptLength: 24, ranking: { pageLength: 0.3 } });
      await pagefind.init();
      return pagefind;
    })();
    this.#pagefind.catch(() => (this.#pagefind = undefined));
    return this.#pagefind;
  }

  async search() {
    const run = ++this.#run;
    // aria-busy tells assistive technology (and tests) that the list is being replaced.
    const list = this.#q('[data-hws-results]');
    list.setAttribute('aria-busy', 'true');
    try {
      await this.#search(run);
    } finally {
      if (run === this.#run) list.removeAttribute('aria-busy');
    }
  }

  async #search(run: number) {
    const state = this.#state();
    const params = toSearchParams(state).toString();
    history.replaceState(null, '', params ? `?${params}` : location.pathname);
    const status = this.#q<HTMLElement>('[data-hws-status]');
    this.#q<HTMLElement>('[data-hws-suggestion]').hidden = true;
    if (!state.query && !hasSelection(state.selection)) {
      this.#clear();
      status.textContent = '';
      return;
    }
    try {
      if (!this.#pagefind) status.textContent = SEARCH.loading;
      const pagefind = await this.#load();
      let term = state.query || null;
      if (this.#q<HTMLDetailsElement>('[data-hws-filters]').open) await pagefind.filters();
      const filters = pagefindFilters(state.selection);
      const kinds = state.selection.kind;
      let found = await pagefind.search(pagefindTerm(term), { filters });
      let first = await fetchEntries(found.results, 0, FIRST_WINDOW, state.query, kinds);
      // Nothing matched the words as typed (or only looser matches): show a correction's results at once.
      let corrected: string | undefined;
      if (state.query && !this.#literal && worthSuggesting(state.query, excerptsOf(first.entries))) {
        const better = didYouMean(state.query, await this.#loadVocabulary());
        const alternative = better ? await pagefind.search(pagefindTerm(better), { filters }) : undefined;
        if (better && alternative?.results.length) {
          corrected = better;
          term = better;
          found = alternative;
          first = await fetchEntries(found.results, 0, FIRST_WINDOW, better, kinds);
        }
      }
      const counts = { ...found.filters };
      for (const { group, filters: others } of countQueries(state.selection)) {
        counts[group] = (await pagefind.search(pagefindTerm(term), { filters: others })).filters[group] ?? {};
      }
      // Only the newest search may touch the page (typing starts a new one before the last ends).
      if (run !== this.#run) return;
      this.#showCounts(counts);
      this.#clear();
      this.#results = found.results;
      this.#fetched = first.fetched;
      this.#kinds = kinds;
      this.#query = term ?? '';
      this.#waiting = rankEntries(first.entries);
      this.#render(false);
      // The count is of entries in the list: a group's matching actions (or figures) are one
      // entry, listed under the place and priority they share. With words and a kind ticked, a
      // group may have matched only on items of another kind, so until every result has been read
      // the count is a most.
      const byKind = Boolean(term) && kinds.length > 0;
      const read = first.fetched >= found.results.length;
      const total = byKind && read ? first.entries.length : found.results.length;
      const count = searchResultCount(total, term ?? '', byKind && !read);
      if (corrected) this.#showCorrection(state.query, corrected, count);
      else status.textContent = count;
    } catch {
      if (run === this.#run) this.#failed(status);
    }
  }

  #clear() {
    this.#results = [];
    this.#fetched = 0;
    this.#kinds = [];
    this.#shown = 0;
    this.#waiting = [];
    this.#listed = [];
    this.#q('[data-hws-results]').replaceChildren();
    this.#q<HTMLElement>('[data-hws-results-heading]').hidden = true;
    this.#q<HTMLElement>('[data-hws-more]').hidden = true;
  }

  async #showMore() {
    const results = this.#results;
    const want = PAGE_SIZE - this.#waiting.length;
    const next = await fetchEntries(results, this.#fetched, want, this.#query, this.#kinds);
    if (results !== this.#results) return;
    this.#fetched = next.fetched;
    this.#waiting = rankEntries([...this.#waiting, ...next.entries], this.#listed);
    this.#render(true);
  }

  /** Add the next PAGE_SIZE waiting entries to the list. */
  #render(focusFirstNew: boolean) {
    const entries = this.#waiting.splice(0, PAGE_SIZE);
    this.#listed.push(...entries);
    const items = entries.map((entry) => resultElement(entry));
    this.#q('[data-hws-results]').append(...items);
    this.#shown += entries.length;
    this.#q<HTMLElement>('[data-hws-results-heading]').hidden = this.#shown === 0;
    this.#q<HTMLElement>('[data-hws-more]').hidden =
      this.#waiting.length === 0 && this.#fetched >= this.#results.length;
    if (focusFirstNew) items[0]?.querySelector('a')?.focus();
  }

  #showCounts(counts: Record<string, Record<string, number>>) {
    const known = Object.keys(counts).length > 0;
    for (const box of this.#boxes()) {
      const n = counts[box.name]?.[box.value] ?? 0;
      const label = box.labels?.[0]?.querySelector('[data-hws-count]');
      if (label) label.textContent = known ? `(${n})` : '';
    }
  }

  #loadVocabulary(): Promise<Vocabulary> {
    const none: Vocabulary = { suggest: [], known: [] };
    this.#vocabulary ??= fetch(this.dataset.vocabulary!).then((r) => (r.ok ? (r.json() as Promise<Vocabulary>) : none));
    return this.#vocabulary.catch(() => none);
  }

  /** "Showing results for loneliness. Search instead for lonliness", GOV.UK style. */
  #showCorrection(typed: string, corrected: string, count: string) {
    const suggestion = this.#q<HTMLElement>('[data-hws-suggestion]');
    const shownFor = document.createElement('strong');
    shownFor.textContent = corrected;
    const link = document.createElement('a');
    link.href = `?${toSearchParams({ ...this.#state(), query: typed })}`;
    link.dataset.query = typed;
    link.textContent = typed;
    suggestion.replaceChildren(`${SEARCH.showingFor} `, shownFor, `. ${SEARCH.searchInstead} `, link);
    suggestion.hidden = false;
    // The live region names the corrected words ("12 results for “loneliness”"), so a screen
    // reader hears what was searched; the line above it offers the words as typed.
    this.#q('[data-hws-status]').textContent = count;
  }

  #failed(status: HTMLElement) {
    this.#clear();
    const link = document.createElement('a');
    link.href = this.dataset.az!;
    link.textContent = SEARCH.failedLink;
    status.replaceChildren(`${SEARCH.failed} `, link, '.');
  }
}

/**
 * At least `count` list entries (fewer when the results run out) from the Pagefind results from
 * `from` on, and how far they were read. Each result is one entry, unless a kind is ticked and
 * none of a group's matching items is of that kind; then more results are read to make up the count.
 */
async function fetchEntries(
  results: PagefindSearch['results'],
  from: number,
  count: number,
  query: string,
  kinds: readonly string[],
): Promise<{ entries: ResultEntry[]; fetched: number }> {
  const entries: ResultEntry[] = [];
  let fetched = from;
  while (entries.length < count && fetched < results.length) {
    const batch = results.slice(fetched, fetched + count - entries.length);
    fetched += batch.length;
    const data = await Promise.all(batch.map((r) => r.data()));
    entries.push(...data.map((d) => resultEntry(d, query, kinds)).filter((e) => e.items.length > 0));
  }
  return { entries, fetched };
}

const excerptsOf = (entries: ResultEntry[]) => entries.flatMap((e) => e.items.map((i) => i.excerpt));

function excerptElement(excerpt: string): HTMLParagraphElement {
  const p = document.createElement('p');
  for (const part of excerptParts(excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      p.append(mark);
    } else p.append(part.text);
  }
  return p;
}

/** A kind's label as a tag: "Measure". */
function tagElement(kind: string): HTMLSpanElement {
  const tag = document.createElement('span');
  tag.className = 'tag';
  tag.textContent = kind;
  return tag;
}

function itemHeading(url: string, title: string): HTMLHeadingElement {
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = url;
  link.textContent = title;
  heading.append(link);
  return heading;
}

/**
 * One entry: its kind and place first, so a reader sees at a glance what and where it is; then
 * the item (a priority, an update), or each matching item of a group in a list of its own.
 */
function resultElement(entry: ResultEntry): HTMLLIElement {
  const li = document.createElement('li');
  const where = document.createElement('p');
  where.className = 'muted';
  where.dataset.hwsWhere = '';
  where.append(tagElement(entry.kind), ` ${entry.where}`);
  if (!entry.grouped || entry.items.length === 1) {
    const item = entry.items[0];
    if (item) li.append(itemHeading(item.url, item.title), where, excerptElement(item.excerpt));
    return li;
  }
  const list = document.createElement('ul');
  list.className = 'search-items';
  // A group may list items of several kinds ("Residents’ voice, Measure"): then each says which it is.
  const mixed = new Set(entry.items.map((item) => item.kind)).size > 1;
  for (const item of entry.items) {
    const row = document.createElement('li');
    const excerpt = excerptElement(item.excerpt);
    if (mixed) excerpt.prepend(tagElement(item.kind), ' ');
    row.append(itemHeading(item.url, item.title), excerpt);
    list.append(row);
  }
  li.append(where, list);
  return li;
}

if (!customElements.get('hws-search')) customElements.define('hws-search', HwsSearch);
