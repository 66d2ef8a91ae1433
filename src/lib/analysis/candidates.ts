/**
 * Candidate generation with an inverted index, so that similarity is computed only for
 * pairs that share some rare keys instead of for all n² pairs.
 */

/** An item to pair up: its keys (e.g. its rarest features) and a time for the window. */
export interface CandidateItem {
  /** Distinct keys. */
  keys: ArrayLike<number>;
  /** Time in ms; pairs further apart than `window` are not candidates. */
  time: number;
  /**
   * Items of one group are never paired (e.g. sentences of one article). A group's
   * items must be contiguous, so that the scan can skip them instead of counting
   * them: one long article then costs its pairs with the others, not its own n².
   */
  group?: number;
}

export interface CandidateOptions {
  /** Minimum number of shared keys for a pair to be a candidate. */
  minShared: number;
  /** Maximum time difference in ms (Infinity for none). */
  window: number;
  /** Keys held by more items than this are ignored (too common to be informative). */
  maxPostings: number;
}

/**
 * Pairs of item indexes [a, b] with a < b, in different groups, that share at least
 * `minShared` keys and lie within the time window, in ascending order of (a, b).
 */
export function candidatePairs(items: readonly CandidateItem[], options: CandidateOptions): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  forEachCandidatePair(items, options, (a, b) => pairs.push([a, b]));
  return pairs;
}

/**
 * Calls `visit(a, b)` for every pair candidatePairs returns, in the same order, without
 * holding them all: a story of 300 articles has millions of candidate sentence pairs.
 */
export function forEachCandidatePair(
  items: readonly CandidateItem[],
  options: CandidateOptions,
  visit: (a: number, b: number) => void,
): void {
  const postings = new Map<number, number[]>();
  items.forEach((item, index) => {
    for (let k = 0; k < item.keys.length; k++) {
      const key = item.keys[k]!;
      let list = postings.get(key);
      if (list === undefined) postings.set(key, (list = []));
      list.push(index); // ascending, because items are visited in order
    }
  });

  // Index just past each item's group: partners are found at or after it.
  const groupEnd = new Int32Array(items.length);
  for (let i = items.length - 1; i >= 0; i--) {
    const group = items[i]!.group;
    groupEnd[i] = group !== undefined && i + 1 < items.length && items[i + 1]!.group === group ? groupEnd[i + 1]! : i + 1;
  }
  const times = Float64Array.from(items, (item) => item.time);
  const timed = options.window !== Infinity;

  const shared = scratchCounts(items.length);
  const touched: number[] = [];
  for (let a = 0; a < items.length; a++) {
    const keys = items[a]!.keys;
    const first = groupEnd[a]!;
    const time = times[a]!;
    for (let k = 0; k < keys.length; k++) {
      const list = postings.get(keys[k]!)!;
      if (list.length > options.maxPostings) continue;
      for (let p = list.length - 1; p >= 0; p--) {
        const b = list[p]!;
        if (b < first) break;
        if (timed && Math.abs(times[b]! - time) > options.window) continue;
        if (shared[b]++ === 0) touched.push(b);
      }
    }
    // Partners in ascending order: sorting a few, or sweeping the counters when most items
    // were touched (a large story's sentences each touch thousands; sorting those dominated).
    if (touched.length * SORT_COST > items.length - first) {
      for (let b = first; b < items.length; b++) {
        if (shared[b] === 0) continue;
        if (shared[b]! >= options.minShared) visit(a, b);
        shared[b] = 0;
      }
    } else {
      if (touched.length > 1) touched.sort((x, y) => x - y);
      for (const b of touched) {
        if (shared[b]! >= options.minShared) visit(a, b);
        shared[b] = 0;
      }
    }
    touched.length = 0;
  }
}

/** Sorting n touched partners costs about this many times n counter reads (log n comparisons each). */
const SORT_COST = 16;

let scratch = new Int32Array(1024);

/** A zeroed counter array of at least `length`, reused between calls (left zeroed after use). */
function scratchCounts(length: number): Int32Array {
  if (scratch.length < length) scratch = new Int32Array(Math.max(length, scratch.length * 2));
  return scratch;
}
