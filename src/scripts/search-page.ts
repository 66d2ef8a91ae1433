import { expandQuery, type AliasGroups } from '../lib/search/expand-query';
import { hasCriteria, parseSearchState, serializeSearchState, type SearchState } from '../lib/search/search-state';
import { loadPagefind, type Pagefind, type PagefindResult, type PagefindResultData } from './pagefind-client';

/** Results shown at once; more are a "Show more" away. */
const PAGE_SIZE = 20;
/** Results whose data is loaded for merging spelling variants and sorting by date. */
const MERGE_LIMIT = 100;
const TYPING_DELAY_MS = 180;

interface Hit {
  result: PagefindResult;
  data: PagefindResultData;
}

interface Elements {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  sort: HTMLSelectElement;
  filters: HTMLElement;
  status: HTMLElement;
  results: HTMLOListElement;
  empty: HTMLElement;
}

function find<T extends HTMLElement>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`search page: missing ${selector}`);
  return element;
}

/** Wire up /search/: URL ↔ form, lazy Pagefind, generic filters, live result count. */
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
  };
  const basePath = el.root.dataset.base ?? '/';
  let state = parseSearchState(new URLSearchParams(location.search));
  let aliases: Promise<AliasGroups> | undefined;
  let filtersBuilt = false;
  let runId = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  el.input.value = state.query;
  el.sort.value = state.sort;

  const loadAliases = () => {
    aliases ??= fetch(`${basePath}search/aliases.json`)
      .then((response) => (response.ok ? response.json() : { groups: [] }))
      .then((json: { groups?: AliasGroups }) => json.groups ?? [])
      .catch(() => []);
    return aliases;
  };

  const ready = async (): Promise<Pagefind> => {
    const [pagefind] = await Promise.all([loadPagefind(basePath), loadAliases()]);
    if (!filtersBuilt) {
      filtersBuilt = true;
      buildFilters(el.filters, await pagefind.filters(), state, onFilterChange);
    }
    return pagefind;
  };

  const writeUrl = () => {
    const params = serializeSearchState(state).toString();
    history.replaceState(history.state, '', params ? `${location.pathname}?${params}` : location.pathname);
  };

  const run = async () => {
    const id = ++runId;
    writeUrl();
    if (!hasCriteria(state)) {
      if (filtersBuilt) updateFilterCounts(el.filters, {}, state);
      showResults(el, [], state, 'Type to search, or choose a filter.');
      return;
    }
    el.root.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await ready();
      const groups = await loadAliases();
      const { hits, total, counts } = await searchAll(pagefind, state, groups);
      if (id !== runId) return; // a newer search has started; drop this one
      updateFilterCounts(el.filters, counts, state);
      showResults(el, hits, state, describeCount(total, state));
    } catch (error) {
      if (id !== runId) return;
      console.warn('search failed', error);
      showResults(el, [], state, 'Search could not load. Please reload the page.');
    } finally {
      if (id === runId) el.root.removeAttribute('aria-busy');
    }
  };

  function onFilterChange(name: string, value: string, checked: boolean) {
    const values = new Set(state.filters[name] ?? []);
    if (checked) values.add(value);
    else values.delete(value);
    state = { ...state, filters: { ...state.filters, [name]: [...values] } };
    void run();
  }

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

/** Run the query and its spelling variants, merge the hits, and count filter values. */
async function searchAll(pagefind: Pagefind, state: SearchState, groups: AliasGroups) {
  const filters = Object.fromEntries(
    Object.entries(state.filters)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: values }]),
  );
  const queries = state.query.trim() ? expandQuery(state.query, groups) : [null];
  const searches = (await Promise.all(queries.map((query) => pagefind.search(query, { filters })))).filter((s) => s !== null);
  const byId = new Map<string, PagefindResult>();
  for (const search of searches) {
    for (const result of search.results) {
      const known = byId.get(result.id);
      if (!known || known.score < result.score) byId.set(result.id, result);
    }
  }
  const merged = [...byId.values()].sort((a, b) => b.score - a.score).slice(0, MERGE_LIMIT);
  const hits = await Promise.all(merged.map(async (result) => ({ result, data: await result.data() })));
  if (state.sort === 'date') {
    hits.sort((a, b) => (b.data.meta.datetime ?? '').localeCompare(a.data.meta.datetime ?? '') || b.result.score - a.result.score);
  }
  return { hits, total: byId.size, counts: facetCounts(searches.map((search) => search.totalFilters)) };
}

/**
 * How many articles each filter value would give for this query, ignoring the
 * filters already chosen (so the reader sees what ticking another value adds).
 * With spelling variants the count per value is the largest over the variants:
 * exact while each article keeps to one spelling, as outlets do.
 */
function facetCounts(perQuery: Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const totals of perQuery) {
    for (const [name, values] of Object.entries(totals)) {
      const forName = (counts[name] ??= {});
      for (const [value, count] of Object.entries(values)) forName[value] = Math.max(forName[value] ?? 0, count);
    }
  }
  return counts;
}

function describeCount(total: number, state: SearchState): string {
  const what = total === 1 ? '1 article' : `${total} articles`;
  const selected = Object.values(state.filters).flat();
  const within = selected.length ? ` in ${selected.join(', ')}` : '';
  return state.query.trim() ? `${what} found for “${state.query.trim()}”${within}.` : `${what}${within}.`;
}

/** Build one group of checkboxes per filter Pagefind knows, whatever their names. */
function buildFilters(
  container: HTMLElement,
  all: Record<string, Record<string, number>>,
  state: SearchState,
  onChange: (name: string, value: string, checked: boolean) => void,
) {
  container.replaceChildren();
  const names = Object.keys(all).sort();
  if (names.length === 0) container.append(paragraph('No filters for these articles.', 'search-muted'));
  for (const name of names) {
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'search-filter';
    fieldset.dataset.filter = name;
    const legend = document.createElement('legend');
    legend.textContent = name.charAt(0).toUpperCase() + name.slice(1);
    fieldset.append(legend);
    for (const value of Object.keys(all[name] ?? {}).sort((a, b) => a.localeCompare(b, 'en'))) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = state.filters[name]?.includes(value) ?? false;
      box.addEventListener('change', () => onChange(name, value, box.checked));
      const text = document.createElement('span');
      text.textContent = value;
      const count = document.createElement('span');
      count.className = 'search-filter__count';
      count.textContent = String(all[name]?.[value] ?? 0);
      label.append(box, text, count);
      fieldset.append(label);
    }
    container.append(fieldset);
  }
}

/** Update counts in place: rebuilding the boxes would lose the reader's focus. */
function updateFilterCounts(container: HTMLElement, counts: Record<string, Record<string, number>>, state: SearchState) {
  const anyCriteria = hasCriteria(state);
  for (const box of container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const count = box.parentElement?.querySelector('.search-filter__count');
    if (count && anyCriteria) count.textContent = String(counts[box.name]?.[box.value] ?? 0);
    box.checked = state.filters[box.name]?.includes(box.value) ?? false;
  }
}

function showResults(el: Elements, hits: Hit[], state: SearchState, status: string) {
  el.status.textContent = status;
  el.empty.hidden = !(hasCriteria(state) && hits.length === 0);
  const render = (hit: Hit) => renderHit(hit, state.query.trim() !== '');
  el.results.replaceChildren(...hits.slice(0, PAGE_SIZE).map(render));
  if (hits.length > PAGE_SIZE) {
    const more = document.createElement('li');
    more.className = 'search-more';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `Show ${hits.length - PAGE_SIZE} more`;
    button.addEventListener('click', () => {
      const next = hits.slice(PAGE_SIZE).map(render);
      more.replaceWith(...next);
      next[0]?.querySelector('a')?.focus();
    });
    more.append(button);
    el.results.append(more);
  }
}

function renderHit({ data }: Hit, withQuery: boolean): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-hit';
  const heading = document.createElement('h3');
  heading.className = 'search-hit__headline';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  const outlet = document.createElement('span');
  outlet.className = 'meta__outlet';
  outlet.textContent = data.meta.outlet ?? '';
  const date = document.createElement('time');
  if (data.meta.datetime) date.dateTime = data.meta.datetime;
  date.textContent = data.meta.date ?? '';
  const separator = document.createElement('span');
  separator.setAttribute('aria-hidden', 'true');
  separator.textContent = '·';
  meta.append(outlet, separator, date);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-hit__excerpt';
  // Without words to highlight, the article's first sentence says more than Pagefind's default excerpt.
  excerpt.append(...(withQuery && data.excerpt.trim() ? safeExcerpt(data.excerpt) : [document.createTextNode(data.meta.lede ?? '')]));
  item.append(heading, meta, excerpt);
  return item;
}

/**
 * Pagefind's excerpt is HTML with <mark> around matched words. Rebuild it from
 * text nodes and <mark> elements only, so nothing else in it can ever render.
 */
function safeExcerpt(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstElementChild;
  const nodes: Node[] = [];
  for (const node of parsed?.childNodes ?? []) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(node.textContent ?? ''));
    }
  }
  return nodes;
}

function paragraph(text: string, className: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}
