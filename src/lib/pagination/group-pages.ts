/**
 * Cutting a list into pages by what counts: the timeline pages by days with publications,
 * so its first page always holds the newest articles, with the events dated among (or
 * after) them alongside, rather than filling up with days of announced plans.
 */

/**
 * Consecutive groups of `items`, each with at most `perPage` items that `counts`, and every
 * item that does not count in the group of the counted items before it (items before the
 * first counted one join the first group). Order is kept; no group is empty.
 */
export function groupPages<T>(items: readonly T[], counts: (item: T) => boolean, perPage: number): T[][] {
  const pages: T[][] = [];
  let current: T[] = [];
  let counted = 0;
  for (const item of items) {
    if (counts(item) && counted === perPage) {
      pages.push(current);
      current = [];
      counted = 0;
    }
    current.push(item);
    if (counts(item)) counted++;
  }
  if (current.length > 0) pages.push(current);
  return pages;
}
