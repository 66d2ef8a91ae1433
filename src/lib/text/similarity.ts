/**
 * Dice coefficient of two token multisets: 2·|A∩B| / (|A|+|B|), in [0, 1].
 * Multisets, so a word repeated in both counts twice; 0 for two empty inputs.
 */
export function diceSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of b) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      shared += 1;
      counts.set(token, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * Token multisets as sorted ids, for comparing many pairs: each distinct token gets one id,
 * and diceOfBags merges two sorted arrays instead of counting through a Map per pair.
 */
export class TokenInterner {
  private readonly ids = new Map<string, number>();

  /** The tokens' ids, ascending, repeats kept (a bag is a multiset, as diceSimilarity reads it). */
  bag(tokens: readonly string[]): Int32Array {
    const bag = new Int32Array(tokens.length);
    tokens.forEach((token, k) => {
      let id = this.ids.get(token);
      if (id === undefined) this.ids.set(token, (id = this.ids.size));
      bag[k] = id;
    });
    return bag.sort();
  }
}

/** diceSimilarity of two bags of one interner: the same value as on their tokens. */
export function diceOfBags(a: Int32Array, b: Int32Array): number {
  if (a.length + b.length === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a[i]! < b[j]!) i += 1;
    else j += 1;
  }
  return (2 * shared) / (a.length + b.length);
}

/** The largest diceSimilarity two bags of these sizes can have (all of the smaller shared). */
export function diceBound(sizeA: number, sizeB: number): number {
  return sizeA + sizeB === 0 ? 0 : (2 * Math.min(sizeA, sizeB)) / (sizeA + sizeB);
}
