// <hws-search>: a small search UI over Pagefind's JS API. Nothing from /pagefind/ is fetched until
// the reader focuses the box, types or ticks a filter. If the search files cannot load, it says so
// and links to the A to Z.
import type { FilterGroup } from '../lib/search/records.ts';
import { countQueries, hasSelection, pagefindFilters, parseSearchParams, toSearchParams, type SearchState } from '../lib/search/query-state.ts';
import { excerptParts } from '../lib/search/excerpt.ts';
import { didYouMean, worthSuggesting, type Vocabulary } from '../lib/search/vocabulary.ts';
import { resultItems, type PagefindResultData, type ResultItem } from '../lib/search/results.ts';
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

// Five results first keeps the first query inside its 100 KB budget (npm run bench:search).
const PAGE_SIZE = 5;
const TYPING_DELAY_MS = 250;

class HwsSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #vocabulary: Promise<Vocabulary> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #run = 0;
  #results: PagefindSearch['results'] = [];
  /** Pagefind results whose items have been fetched, and fetched items not shown yet. */
  #fetched = 0;
  #waiting: ResultItem[] = [];
  #excerpts: string[] = [];
  #shown = 0;

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
      void this.search();
      input.focus();
    });

    const state = parseSearchParams(new URLSearchParams(location.search));
    input.value = state.query;
    for (const box of this.#boxes()) box.checked = state.selection[box.name as FilterGroup]?.includes(box.value) ?? false;
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
      const term = state.query || null;
      if (this.#q<HTMLDetailsElement>('[data-hws-filters]').open) await pagefind.filters();
      const found = await pagefind.search(term, { filters: pagefindFilters(state.selection) });
      const counts = { ...found.filters };
      for (const { group, filters } of countQueries(state.selection)) {
        counts[group] = (await pagefind.search(term, { filters })).filters[group] ?? {};
      }
      const first = await fetchItems(found.results, 0, []);
      // Only the newest search may touch the page (typing starts a new one before the last ends).
      if (run !== this.#run) return;
      this.#showCounts(counts);
      this.#clear();
      this.#results = found.results;
      this.#fetched = first.fetched;
      this.#waiting = first.items;
      this.#render(false);
      // Counted as Pagefind counts them, like the filter counts: the matching actions (or measures)
      // of one priority are one result here, though the list shows each. Counting every item would
      // mean fetching every matching group before showing the first.
      status.textContent = searchResultCount(found.results.length, state.query);
      if (state.query && worthSuggesting(state.query, this.#excerpts)) await this.#suggest(state.query, found.results.length, run);
    } catch {
      if (run === this.#run) this.#failed(status);
    }
  }

  #clear() {
    this.#results = [];
    this.#fetched = 0;
    this.#waiting = [];
    this.#excerpts = [];
    this.#shown = 0;
    this.#q('[data-hws-results]').replaceChildren();
    this.#q<HTMLElement>('[data-hws-results-heading]').hidden = true;
    this.#q<HTMLElement>('[data-hws-more]').hidden = true;
  }

  async #showMore() {
    const results = this.#results;
    const next = await fetchItems(results, this.#fetched, this.#waiting);
    if (results !== this.#results) return;
    this.#fetched = next.fetched;
    this.#waiting = next.items;
    this.#render(true);
  }

  /** Show the next PAGE_SIZE waiting items. */
  #render(focusFirstNew: boolean) {
    const shown = this.#waiting.splice(0, PAGE_SIZE);
    this.#excerpts.push(...shown.map((d) => d.excerpt));
    const items = shown.map((d) => resultItem(d));
    this.#q('[data-hws-results]').append(...items);
    this.#shown += shown.length;
    this.#q<HTMLElement>('[data-hws-results-heading]').hidden = this.#shown === 0;
    this.#q<HTMLElement>('[data-hws-more]').hidden = this.#waiting.length === 0 && this.#fetched >= this.#results.length;
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

  // Offered whenever a word is not in the site's vocabulary: Pagefind may still find loose matches.
  async #suggest(query: string, count: number, run: number) {
    const none: Vocabulary = { suggest: [], known: [] };
    this.#vocabulary ??= fetch(this.dataset.vocabulary!).then((r) => (r.ok ? (r.json() as Promise<Vocabulary>) : none));
    const vocabulary = await this.#vocabulary.catch(() => none);
    const better = didYouMean(query, vocabulary);
    if (!better || run !== this.#run) return;
    const suggestion = this.#q<HTMLElement>('[data-hws-suggestion]');
    const link = document.createElement('a');
    link.href = `?${toSearchParams({ ...this.#state(), query: better })}`;
    link.dataset.query = better;
    link.textContent = better;
    suggestion.replaceChildren(`${SEARCH.didYouMean} `, link, '?');
    suggestion.hidden = false;
    this.#q('[data-hws-status]').textContent = `${searchResultCount(count, query)}. ${SEARCH.didYouMean} ${better}?`;
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
 * Fetch Pagefind results from `from` on until at least PAGE_SIZE items wait to be shown (one result
 * can hold several items), a screenful of results at a time.
 */
async function fetchItems(results: PagefindSearch['results'], from: number, waiting: ResultItem[]) {
  const items = [...waiting];
  let fetched = from;
  while (items.length < PAGE_SIZE && fetched < results.length) {
    const batch = results.slice(fetched, fetched + PAGE_SIZE - items.length);
    const data = await Promise.all(batch.map((r) => r.data()));
    fetched += batch.length;
    items.push(...data.flatMap((d) => resultItems(d)));
  }
  return { items, fetched };
}

function resultItem(data: ResultItem): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.title;
  heading.append(link);
  const where = document.createElement('p');
  where.className = 'muted';
  const kind = document.createElement('span');
  kind.className = 'tag';
  kind.textContent = data.kind;
  where.append(kind, ` ${data.where}`);
  const excerpt = document.createElement('p');
  for (const part of excerptParts(data.excerpt)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else excerpt.append(part.text);
  }
  item.append(heading, where, excerpt);
  return item;
}

if (!customElements.get('hws-search')) customElements.define('hws-search', HwsSearch);
