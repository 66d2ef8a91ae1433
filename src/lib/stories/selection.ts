/**
 * Picking what a long list shows: the items most articles carry, kept in their own order,
 * so a story of 300 articles shows its 10 most quoted statements in the order they came.
 */

/** The `limit` items with the highest `weight`, in their original order; ties go to the earlier item. */
export function mostWidely<T>(items: readonly T[], weight: (item: T) => number, limit: number): T[] {
  if (items.length <= limit) return [...items];
  return items
    .map((item, index) => ({ item, index, weight: weight(item) }))
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .slice(0, limit)
    .sort((a, b) => a.index - b.index)
    .map(({ item }) => item);
}
