import { bucketsForQuery, joinBuckets } from '../lib/search/alias-buckets';
import type { AliasGroups } from '../lib/search/expand-query';
import { buildFacets } from '../lib/search/facets';
import { correctQuery, suggestNames } from '../lib/search/near-names';
import { hasCriteria, parseSearchState, serializeSearchState, type SearchState } from '../lib/search/search-state';
import { loadPagefind, type Pagefind } from './pagefind-client';
import { runSearch, type SearchOutcome } from './search-run';
import { articles, formatCount, renderFacets, renderHit, renderSuggestions } from './search-view';

/** Results shown at once; "More results" shows the next this many (and loads only their data). */
const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 180;

interface Elements {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  filters: HTMLElement;
  status: HTMLElement;
  results: HTMLOListElement;
  empty: HTMLElement;
  suggestions: HTMLElement;
  more: HTMLElement;
  moreButton: HTMLButtonElement;
  shown: HTMLElement;
}

function find<T extends HTMLElement>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`search page: missing ${selector}`);
  return element;
}

/** Fetch a JSON file the build publishes under /search/, once; a missing file reads as `fallback`. */
function fetchOnce<T>(url: string, pick: (json: unknown) => T | undefined, fallback: T): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= fetch(url)
      .then((response) => (response.ok ? response.json() : undefined))
      .then((json: unknown) => pick(json) ?? fallback)
      .catch(() => fallback));
}

/**
 * Wire up /search/: URL ↔ form, lazy Pagefind, filters for the current results,
 * results ten at a time, near-miss names corrected, a live result count.
 */
export function startSearchPage(): void {
  const el: Elements = {
    root: find('.search-page'),
    form: find('#search-form'),
    input: find('#search-query'),
    sort: find('#search-sort'),
    filters: find('#search-filters'),
    status: find('#search-status'),
    results: find('#search-results'),
    empty: find('#search-empty'),
    suggestions: find('#search-suggestions'),
    more: find('#search-more'),
    moreButton: find('#search-more button'),
    shown: find('#search-shown'),
  };
  const basePath = el.root.dataset.base ?? '/';
  const emptyFilters = el.filters.textContent?.trim() ?? '';
  let state = parseSearchState(new URLSearchParams(location.search));
  let runId = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let current: { outcome: SearchOutcome; shown: number; id: number } | undefined;
  const expanded = new Set<string>();

  el.input.value = state.query;
  el.sort.value = state.sort;

  // Spelling groups come in buckets by first letter: a search fetches those of its words only.
  const bucketLoaders = new Map<string, () => Promise<AliasGroups>>();
  const aliasesFor = async (query: string): Promise<AliasGroups> =>
    joinBuckets(
      await Promise.all(
        bucketsForQuery(query).map((bucket) => {
          let load = bucketLoaders.get(bucket);
          if (!load) {
            const url = `${basePath}search/aliases/${bucket}.json`;
            bucketLoaders.set(bucket, (load = fetchOnce<AliasGroups>(url, (json) => (json as { groups?: AliasGroups })?.groups, [])));
          }
          return load();
        }),
      ),
    );
  // Only a search that finds nothing needs every name the site knows.
  const loadNames = fetchOnce<string[]>(`${basePath}search/names.json`, (json) => (json as { names?: string[] })?.names, []);
  // Pagefind counts a filter's values only once it has loaded that filter's index, one file per
  // filter that grows with the corpus (the outlet filter's is 25 KB at 10,000 articles, an eighth
  // of a first search's budget). So a search loads the filters it applies and no others; "Show
  // filters" loads the rest (pagefind.filters() loads every one) and counts them for this query.
  let allFilters: Promise<unknown> | undefined;
  const ready = (): Promise<Pagefind> => loadPagefind(basePath);
  const searchUrl = (query: string) => `${location.pathname}?${serializeSearchState({ query, filters: {}, sort: 'relevance' })}`;

  const writeUrl = () => {
    const params = serializeSearchState(state).toString();
    history.replaceState(history.state, '', params ? `${location.pathname}?${params}` : location.pathname);
  };

  /** Filters for a search's counts; `found` is undefined before any search. */
  const showFilters = (counts: Record<string, Record<string, number>>, found?: boolean) =>
    renderFacets(
      el.filters,
      buildFacets(counts, state.filters),
      { onChange: onFilterChange, expanded, onMoreFilters: allFilters ? undefined : onMoreFilters, found: found === true },
      found === false ? 'Nothing to filter.' : emptyFilters,
    );

  const run = async () => {
    const id = ++runId;
    writeUrl();
    if (!hasCriteria(state)) {
      current = undefined;
      showFilters({});
      showPage(el, [], { status: `Type to search ${articles(Number(el.root.dataset.total) || 0)}.`, empty: false, more: false });
      return;
    }
    el.root.setAttribute('aria-busy', 'true');
    try {
      const query = state.query.trim();
      const [pagefind, groups] = await Promise.all([ready(), aliasesFor(query)]);
      let outcome = await runSearch(pagefind, query, state, groups);
      let corrected: string | undefined;
      let suggestions: string[] = [];
      if (outcome.total === 0 && query) {
        const names = await loadNames();
        // First only unknown words; then, if that finds nothing, known words too (see correctQuery).
        corrected = undefined;
        for (const replaceKnown of [false, true]) {
          const candidate = correctQuery(query, names, { replaceKnown });
          if (!candidate) continue;
          const retry = await runSearch(pagefind, candidate, state, await aliasesFor(candidate));
          if (retry.total === 0) continue;
          outcome = retry;
          corrected = candidate;
          break;
        }
        if (!corrected) suggestions = suggestNames(query, names);
      }
      const hits = await outcome.next(PAGE_SIZE);
      if (id !== runId) return; // a newer search has started; drop this one
      current = { outcome, shown: hits.length, id };
      showFilters(outcome.counts, outcome.total > 0);
      renderSuggestions(el.suggestions, suggestions, searchUrl);
      const status = corrected
        ? `No articles match “${query}”. Showing ${articles(outcome.total)} for “${corrected}”.`
        : describeCount(outcome.total, state);
      showPage(
        el,
        hits.map((hit) => renderHit(hit, outcome.query !== '')),
        { status, empty: outcome.total === 0, more: outcome.hasMore() },
      );
      updateShown(el, current.shown, outcome.total);
    } catch (error) {
      if (id !== runId) return;
      console.warn('search failed', error);
      current = undefined;
      showPage(el, [], { status: 'Search could not load. Please reload the page.', empty: false, more: false });
    } finally {
      if (id === runId) el.root.removeAttribute('aria-busy');
    }
  };

  async function onMoreFilters() {
    const pagefind = await ready();
    allFilters ??= pagefind.filters();
    await allFilters;
    await run();
    // Take the reader to the filters that just appeared.
    el.filters.querySelector<HTMLElement>('fieldset input')?.focus();
  }

  function onFilterChange(name: string, value: string, checked: boolean) {
    const values = new Set(state.filters[name] ?? []);
    if (checked) values.add(value);
    else values.delete(value);
    state = { ...state, filters: { ...state.filters, [name]: [...values] } };
    void run();
  }

  el.moreButton.addEventListener('click', async () => {
    const page = current;
    if (!page || page.id !== runId) return;
    el.moreButton.disabled = true;
    try {
      const hits = await page.outcome.next(PAGE_SIZE);
      if (page !== current) return;
      const items = hits.map((hit) => renderHit(hit, page.outcome.query !== ''));
      el.results.append(...items);
      page.shown += hits.length;
      updateShown(el, page.shown, page.outcome.total);
      el.more.hidden = !page.outcome.hasMore();
      // The reader asked for more: take them to the first new result.
      items[0]?.querySelector('a')?.focus();
    } finally {
      el.moreButton.disabled = false;
    }
  });
  el.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    state = { ...state, query: el.input.value };
    void run();
  });
  el.input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      state = { ...state, query: el.input.value };
      void run();
    }, TYPING_DELAY_MS);
  });
  // Start loading as soon as the reader shows intent, so the first results come quickly.
  el.input.addEventListener('focus', () => void ready().catch(() => undefined), { once: true });
  el.sort.addEventListener('change', () => {
    state = { ...state, sort: el.sort.value === 'date' ? 'date' : 'relevance' };
    void run();
  });

  if (hasCriteria(state)) void run();
}

function describeCount(total: number, state: SearchState): string {
  const selected = Object.values(state.filters).flat();
  const within = selected.length ? ` in ${selected.join(', ')}` : '';
  if (total === 0) return state.query.trim() ? `No articles found for “${state.query.trim()}”${within}.` : `No articles${within}.`;
  return state.query.trim() ? `${articles(total)} found for “${state.query.trim()}”${within}.` : `${articles(total)}${within}.`;
}

function showPage(el: Elements, items: HTMLLIElement[], view: { status: string; empty: boolean; more: boolean }) {
  el.status.textContent = view.status;
  el.empty.hidden = !view.empty;
  el.results.hidden = view.empty;
  el.results.replaceChildren(...items);
  el.more.hidden = !view.more;
}

function updateShown(el: Elements, shown: number, total: number) {
  el.shown.textContent = shown < total ? `Showing ${formatCount(shown)} of ${formatCount(total)}.` : '';
}
