/**
 * One result list from the searches of a query's spelling variants ("Zelensky",
 * "Zelenskyy"), read a page at a time. Pagefind answers each variant with every
 * match (id and score, no data); each match's data (title, date, excerpt) is a
 * request of its own, so this reads data only for the results a page shows, plus
 * at most one waiting result per extra variant when merging by date.
 */

/** What Pagefind gives for every match before its data is loaded. */
export interface RankedMatch {
  /** Pagefind's page id: the same article found by two variants has the same id. */
  id: string;
  /** Relevance; higher is better. */
  score: number;
}

/**
 * Every match of every variant once, best score first (ties by id, so the order is
 * the same on every run). Needs no result data: used for relevance order.
 */
export function mergeByScore<T extends RankedMatch>(lists: readonly (readonly T[])[]): T[] {
  const byId = new Map<string, T>();
  for (const list of lists) {
    for (const match of list) {
      const known = byId.get(match.id);
      if (!known || known.score < match.score) byId.set(match.id, match);
    }
  }
  return [...byId.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** How many distinct articles the variants found together. */
export function distinctCount(lists: readonly (readonly RankedMatch[])[]): number {
  return new Set(lists.flatMap((list) => list.map((match) => match.id))).size;
}

/**
 * Pages through lists that are each already sorted by a key (Pagefind's sort by
 * `data-pagefind-sort`, descending), merging them into one descending order. The key
 * is only read (`keyOf`, which may load data) for the heads of two or more lists
 * still in play; a single remaining list is read in its own order with no keys at all.
 */
export class SortedMerge<T extends RankedMatch> {
  private readonly lists: T[][];
  private readonly positions: number[];
  private readonly seen = new Set<string>();

  constructor(
    lists: readonly (readonly T[])[],
    private readonly keyOf: (match: T) => Promise<string>,
  ) {
    this.lists = lists.filter((list) => list.length > 0).map((list) => [...list]);
    this.positions = this.lists.map(() => 0);
  }

  /** True while some list has matches not yet returned. */
  get hasMore(): boolean {
    this.skipSeen();
    return this.lists.some((list, i) => this.positions[i]! < list.length);
  }

  /** The next `count` matches in merged order (fewer at the end). */
  async next(count: number): Promise<T[]> {
    const page: T[] = [];
    while (page.length < count && this.hasMore) {
      const live = this.lists.flatMap((list, i) => (this.positions[i]! < list.length ? [i] : []));
      let pick = live[0]!;
      if (live.length > 1) {
        const keys = await Promise.all(live.map((i) => this.keyOf(this.lists[i]![this.positions[i]!]!)));
        // Largest key first; a tie goes to the earlier list (the reader's own spelling).
        let best = 0;
        for (let k = 1; k < live.length; k++) if (keys[k]! > keys[best]!) best = k;
        pick = live[best]!;
      }
      const match = this.lists[pick]![this.positions[pick]!]!;
      this.positions[pick]!++;
      this.seen.add(match.id);
      page.push(match);
    }
    return page;
  }

  private skipSeen(): void {
    this.lists.forEach((list, i) => {
      while (this.positions[i]! < list.length && this.seen.has(list[this.positions[i]!]!.id)) this.positions[i]!++;
    });
  }
}
