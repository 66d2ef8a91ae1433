/**
 * Candidate pairs for a Dice-similarity join, without comparing every pair: prefix filtering
 * (Chaudhuri, Ganti & Kaushik, "A Primitive Operator for Similarity Joins in Data Cleaning",
 * ICDE 2006), exact for the multiset Dice of src/lib/text/similarity.ts.
 *
 * Each multiset becomes a set of numbered tokens ("the#1", "the#2"), so multiset intersection is
 * set intersection. Two lists with Dice ≥ t share s ≥ t(|a|+|b|)/2 tokens, and since s ≤ |b|,
 * s ≥ t/(2−t)·|a| (and likewise for b). Order every list's tokens rarest first, by one global
 * order: two lists sharing at least o tokens share one among the first |a| − o + 1 of each. So
 * indexing only those prefixes finds every pair that can reach t; the caller still checks each
 * candidate. Rare tokens come first, so the common words that pair everything stay out.
 */

/**
 * Index pairs [i, j], i < j, in ascending order, that include every pair whose Dice similarity
 * (diceSimilarity) is at least `threshold` (0 < threshold ≤ 1). Some candidates fall below it.
 */
export function diceCandidatePairs(lists: readonly (readonly string[])[], threshold: number): Array<[number, number]> {
  if (!(threshold > 0 && threshold <= 1)) throw new Error(`threshold must be in (0, 1], not ${threshold}`);
  const numbered = lists.map(numberedTokens);
  const frequency = new Map<string, number>();
  for (const tokens of numbered) for (const token of tokens) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0);

  const share = threshold / (2 - threshold);
  const postings = new Map<string, number[]>();
  const pairs = new Set<number>();
  const result: Array<[number, number]> = [];
  numbered.forEach((tokens, j) => {
    if (tokens.length === 0) return;
    // The least overlap any partner needs (a small epsilon keeps 3 × 1/3 from rounding up to 2).
    const overlap = Math.max(1, Math.ceil(share * tokens.length - 1e-9));
    const prefix = [...tokens].sort(rarestFirst).slice(0, tokens.length - overlap + 1);
    for (const token of prefix) {
      const list = postings.get(token);
      if (list === undefined) {
        postings.set(token, [j]);
        continue;
      }
      for (const i of list) {
        const key = i * lists.length + j;
        if (!pairs.has(key)) {
          pairs.add(key);
          result.push([i, j]);
        }
      }
      list.push(j);
    }
  });
  return result.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** A multiset as a set: the k-th occurrence of a token becomes `token#k`. */
function numberedTokens(tokens: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return tokens.map((token) => {
    const k = (seen.get(token) ?? 0) + 1;
    seen.set(token, k);
    return `${token}#${k}`;
  });
}
