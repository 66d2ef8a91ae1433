import type { Facet, FacetValue } from '../lib/search/facets';
import type { Hit } from './search-run';

const numbers = new Intl.NumberFormat('en');

/** A count as the page writes it: "1,234". */
export function formatCount(count: number): string {
  return numbers.format(count);
}

/** "1 article" / "1,234 articles". */
export function articles(count: number): string {
  return count === 1 ? '1 article' : `${formatCount(count)} articles`;
}

/** One result: headline link, outlet and date, and the excerpt with the matched words marked. */
export function renderHit({ data }: Hit, withQuery: boolean): HTMLLIElement {
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

/** A filter's name as a heading: "outlet" → "Outlet". */
function title(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** What "Show all" calls the values: "outlet" → "outlets", "story" → "stories". */
function plural(name: string): string {
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  return /(s|x|ch|sh)$/.test(name) ? `${name}es` : `${name}s`;
}

/** What the filter panel needs from the page. */
export interface FacetHandlers {
  onChange: (name: string, value: string, checked: boolean) => void;
  /** Filters whose full list the reader opened, kept across searches. */
  expanded: Set<string>;
  /** Loads the filters not loaded yet; absent once every filter is loaded. */
  onMoreFilters?: () => Promise<void>;
  /** True when the search found articles, so there is something to filter. */
  found: boolean;
}

/**
 * The filter panel for the current results: one group per filter with values that
 * have matches, the top ones listed and the rest behind "Show all" (in a box that
 * scrolls, with a field to narrow it, so thousands of outlets never make the page
 * long). Focus stays on the checkbox the reader was on.
 */
export function renderFacets(container: HTMLElement, facets: Facet[], handlers: FacetHandlers, emptyText: string): void {
  const focused =
    document.activeElement instanceof HTMLInputElement && container.contains(document.activeElement) ? document.activeElement : null;
  const refocus = focused && { name: focused.name, value: focused.value, type: focused.type };
  container.replaceChildren();
  const loadMore = handlers.found ? handlers.onMoreFilters : undefined;
  if (facets.length === 0 && !loadMore) {
    const p = document.createElement('p');
    p.className = 'search-muted';
    p.textContent = emptyText;
    container.append(p);
  }
  for (const facet of facets) container.append(renderFacet(facet, handlers));
  if (loadMore) {
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'search-filters__more';
    more.textContent = facets.length > 0 ? 'More filters' : 'Show filters';
    more.addEventListener('click', () => {
      more.disabled = true;
      more.textContent = 'Loading filters…';
      void loadMore();
    });
    container.append(more);
  }
  if (refocus) {
    const again = [...container.querySelectorAll<HTMLInputElement>('input')].find(
      (input) => input.name === refocus.name && input.value === refocus.value && input.type === refocus.type,
    );
    again?.focus();
  }
}

function renderFacet(facet: Facet, handlers: FacetHandlers): HTMLFieldSetElement {
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'search-filter';
  fieldset.dataset.filter = facet.name;
  const legend = document.createElement('legend');
  legend.textContent = title(facet.name);
  const list = document.createElement('ul');
  list.className = 'search-filter__values';
  list.append(...facet.top.map((value) => renderValue(facet.name, value, handlers)));
  fieldset.append(legend, list);
  if (facet.rest.length === 0) return fieldset;

  const rest = document.createElement('div');
  rest.className = 'search-filter__rest';
  const finder = document.createElement('input');
  finder.type = 'search';
  finder.name = `find-${facet.name}`;
  finder.className = 'search-filter__find';
  finder.setAttribute('aria-label', `Find ${plural(facet.name)}`);
  finder.placeholder = `Find ${plural(facet.name)}`;
  const more = document.createElement('ul');
  more.className = 'search-filter__values search-filter__values--all';
  more.append(...facet.rest.map((value) => renderValue(facet.name, value, handlers)));
  finder.addEventListener('input', () => {
    const wanted = finder.value.trim().toLocaleLowerCase('en');
    for (const item of more.children) {
      (item as HTMLElement).hidden = wanted !== '' && !(item.textContent ?? '').toLocaleLowerCase('en').includes(wanted);
    }
  });
  rest.append(finder, more);

  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'search-filter__toggle';
  const open = (expand: boolean) => {
    rest.hidden = !expand;
    toggle.setAttribute('aria-expanded', String(expand));
    toggle.textContent = expand
      ? `Show top ${facet.top.length}`
      : `Show all ${formatCount(facet.top.length + facet.rest.length)} ${plural(facet.name)}`;
    if (expand) handlers.expanded.add(facet.name);
    else handlers.expanded.delete(facet.name);
  };
  toggle.addEventListener('click', () => {
    const expand = rest.hidden === true;
    open(expand);
    if (expand) finder.focus();
  });
  open(handlers.expanded.has(facet.name));
  fieldset.append(toggle, rest);
  return fieldset;
}

function renderValue(name: string, { value, count, selected }: FacetValue, handlers: FacetHandlers): HTMLLIElement {
  const item = document.createElement('li');
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = name;
  box.value = value;
  box.checked = selected;
  box.addEventListener('change', () => handlers.onChange(name, value, box.checked));
  const text = document.createElement('span');
  text.className = 'search-filter__value';
  text.textContent = value;
  const number = document.createElement('span');
  number.className = 'search-filter__count';
  number.textContent = formatCount(count);
  label.append(box, text, number);
  item.append(label);
  return item;
}

/** Links that search for names close to what the reader typed. */
export function renderSuggestions(container: HTMLElement, names: string[], searchUrl: (query: string) => string): void {
  container.replaceChildren();
  container.hidden = names.length === 0;
  if (names.length === 0) return;
  container.append('Names on this site close to what you typed: ');
  names.forEach((name, i) => {
    const link = document.createElement('a');
    link.href = searchUrl(name);
    link.textContent = name;
    container.append(link, i < names.length - 1 ? ', ' : '.');
  });
}
