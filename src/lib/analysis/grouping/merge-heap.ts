/**
 * A binary max-heap of candidate cluster merges: highest score first, ties by the smaller
 * cluster ids, so that the order of merges (and so the stories) never depends on chance.
 */

/** A possible merge of clusters `a` < `b`, valid while both are at the recorded versions. */
export interface MergeCandidate {
  /** How much the two clusters belong together; higher merges first. */
  score: number;
  /** The smaller cluster id. */
  a: number;
  /** The larger cluster id. */
  b: number;
  /** Versions of the clusters when scored: a cluster that changed since makes this stale. */
  versionA: number;
  versionB: number;
}

function before(x: MergeCandidate, y: MergeCandidate): boolean {
  return x.score > y.score || (x.score === y.score && (x.a < y.a || (x.a === y.a && x.b < y.b)));
}

/** Max-heap of merge candidates. */
export class MergeHeap {
  private readonly items: MergeCandidate[] = [];

  /** Adds a candidate. */
  push(item: MergeCandidate): void {
    const { items } = this;
    items.push(item);
    let k = items.length - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!before(items[k]!, items[parent]!)) break;
      [items[k], items[parent]] = [items[parent]!, items[k]!];
      k = parent;
    }
  }

  /** Removes and returns the best candidate, or undefined when empty. */
  pop(): MergeCandidate | undefined {
    const { items } = this;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let k = 0;
      for (;;) {
        const left = 2 * k + 1;
        const right = left + 1;
        let best = k;
        if (left < items.length && before(items[left]!, items[best]!)) best = left;
        if (right < items.length && before(items[right]!, items[best]!)) best = right;
        if (best === k) break;
        [items[k], items[best]] = [items[best]!, items[k]!];
        k = best;
      }
    }
    return top;
  }
}
