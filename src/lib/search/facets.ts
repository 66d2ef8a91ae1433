/**
 * What a search filter lists at volume: with thousands of outlets, only the values
 * that have matches for the current query, most matches first, the first few shown
 * and the rest one "Show all" away. A value the reader has ticked is always listed
 * (with its count, even 0), so it can be unticked.
 */

/** Values a filter lists before "Show all". */
export const TOP_VALUES = 10;

/** One value of a filter as the search page lists it. */
export interface FacetValue {
  value: string;
  /** Matches for the current query with this value (ignoring the values already ticked). */
  count: number;
  selected: boolean;
}

/** One filter (outlet, story, person…) for the current query. */
export interface Facet {
  name: string;
  /** Values listed first: the ticked ones, then the top values by count. */
  top: FacetValue[];
  /** The other values with matches, in the same order, for "Show all". */
  rest: FacetValue[];
}

/**
 * Facets for the current query: `counts` per filter name and value (Pagefind's
 * counts for this query), `selected` the reader's ticked values. Filters with no
 * value to list are left out, so a search that finds nothing shows no filters.
 * Order: filter names alphabetically; values by count, then alphabetically.
 */
export function buildFacets(
  counts: Record<string, Record<string, number>>,
  selected: Record<string, readonly string[]>,
  top = TOP_VALUES,
): Facet[] {
  const names = [...new Set([...Object.keys(counts), ...Object.keys(selected)])].sort();
  const facets: Facet[] = [];
  for (const name of names) {
    const ticked = new Set(selected[name] ?? []);
    const values = new Map(Object.entries(counts[name] ?? {}).filter(([, count]) => count > 0));
    for (const value of ticked) if (!values.has(value)) values.set(value, 0);
    const ordered = [...values]
      .map(([value, count]) => ({ value, count, selected: ticked.has(value) }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en'));
    if (ordered.length === 0) continue;
    const first = ordered.filter((v) => v.selected);
    for (const v of ordered) if (!v.selected && first.length < Math.max(top, ticked.size)) first.push(v);
    const shown = new Set(first);
    facets.push({
      name,
      top: ordered.filter((v) => shown.has(v)),
      rest: ordered.filter((v) => !shown.has(v)),
    });
  }
  return facets;
}
