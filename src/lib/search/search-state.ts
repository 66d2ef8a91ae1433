/** Everything a search is made of; it round-trips through the page URL so searches can be shared. */
export interface SearchState {
  query: string;
  /** Selected values per filter name, e.g. { outlet: ['UNN'] }. */
  filters: Record<string, string[]>;
  sort: 'relevance' | 'date';
}

/** URL parameters that are not filters. */
const RESERVED = new Set(['q', 'sort']);

/** Read a search from `?q=…&sort=date&outlet=UNN&outlet=AXY+Media`. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const [name, value] of params) {
    if (RESERVED.has(name) || value === '') continue;
    const values = (filters[name] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  return { query: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'date' ? 'date' : 'relevance' };
}

/** Write a search as URL parameters, in a stable order, leaving defaults out. */
export function serializeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query.trim());
  for (const name of Object.keys(state.filters).sort()) {
    for (const value of [...(state.filters[name] ?? [])].sort()) params.append(name, value);
  }
  if (state.sort === 'date') params.set('sort', 'date');
  return params;
}

/** True when there is something to search for: words or at least one filter. */
export function hasCriteria(state: SearchState): boolean {
  return state.query.trim() !== '' || Object.values(state.filters).some((values) => values.length > 0);
}
