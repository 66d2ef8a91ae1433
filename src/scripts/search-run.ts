import { expandQuery, type AliasGroups } from '../lib/search/expand-query';
import { distinctCount, mergeByScore, SortedMerge } from '../lib/search/merged-results';
import type { SearchState } from '../lib/search/search-state';
import type { Pagefind, PagefindResult, PagefindResultData } from './pagefind-client';

/** One result with its data loaded, ready to show. */
export interface Hit {
  result: PagefindResult;
  data: PagefindResultData;
}

/** A finished search: its size, its filter counts, and its results a page at a time. */
export interface SearchOutcome {
  /** The query the results are for (the reader's, or a corrected one). */
  query: string;
  /** Distinct articles found across spelling variants. */
  total: number;
  /** Matches per filter value for this query, ignoring the values already ticked. */
  counts: Record<string, Record<string, number>>;
  /** The next `count` results, with their data (loaded only now). */
  next: (count: number) => Promise<Hit[]>;
  /** True while results remain after those already returned by `next`. */
  hasMore: () => boolean;
}

/**
 * Runs `query` (or only the filters, when it is empty) and its spelling variants
 * through Pagefind. Nothing but the index is loaded here: result data is fetched by
 * `next`, for the results a page shows. Date order comes from Pagefind's sort on
 * `data-pagefind-sort="date"` (see SearchRecord.astro), so no result is loaded to sort.
 */
export async function runSearch(pagefind: Pagefind, query: string, state: SearchState, groups: AliasGroups): Promise<SearchOutcome> {
  const filters = Object.fromEntries(
    Object.entries(state.filters)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: values }]),
  );
  const sort = state.sort === 'date' ? { date: 'desc' as const } : undefined;
  const queries = query.trim() ? expandQuery(query, groups) : [null];
  const searches = (await Promise.all(queries.map((q) => pagefind.search(q, { filters, sort })))).filter((s) => s !== null);
  const lists = searches.map((search) => search.results);
  const data = new Map<string, Promise<PagefindResultData>>();
  const load = (result: PagefindResult) => {
    let loaded = data.get(result.id);
    if (!loaded) data.set(result.id, (loaded = result.data()));
    return loaded;
  };
  const withData = (results: PagefindResult[]) => Promise.all(results.map(async (result) => ({ result, data: await load(result) })));

  let more: () => boolean;
  let page: (count: number) => Promise<PagefindResult[]>;
  if (sort) {
    const merge = new SortedMerge(lists, async (result) => (await load(result)).meta.datetime ?? '');
    page = (count) => merge.next(count);
    more = () => merge.hasMore;
  } else {
    const merged = mergeByScore(lists);
    let shown = 0;
    page = async (count) => merged.slice(shown, (shown += count));
    more = () => shown < merged.length;
  }
  return {
    query,
    total: distinctCount(lists),
    // Pagefind fills `totalFilters` (counts without the ticked filters) only when filters are applied.
    counts: facetCounts(searches.map((search) => (Object.keys(filters).length > 0 ? search.totalFilters : search.filters))),
    next: async (count) => withData(await page(count)),
    hasMore: more,
  };
}

/**
 * How many articles each filter value would give for this query, ignoring the
 * filters already chosen (Pagefind's `totalFilters`), so the reader sees what
 * ticking another value adds. With spelling variants the count per value is the
 * largest over the variants: exact while each article keeps to one spelling, as outlets do.
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
