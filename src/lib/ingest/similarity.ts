/**
 * How much of its text an article shares with another: the one place near-duplicate text
 * is measured (the text layer will supply the words when it lands).
 *
 * Jaccard similarity of word 4-grams, lower-cased. Tuned on the seeds (see similarity.test.ts):
 * the same article re-captured with a corrected word scores 0.96, with a paragraph added
 * 0.87, with its last third cut 0.66; AXY Media's and UNN's retellings of the one Axios
 * report (different outlets, same facts, same quotes) score 0.01.
 */

/** Scores at or above this, from the same outlet, are the same article. */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;

const SHINGLE = 4;

/** Jaccard similarity (0–1) of two texts' word 4-grams. */
export function textSimilarity(a: string, b: string): number {
  const shingles = (text: string) => {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const set = new Set<string>();
    for (let i = 0; i + SHINGLE <= Math.max(words.length, SHINGLE); i++) set.add(words.slice(i, i + SHINGLE).join(' '));
    return set;
  };
  const left = shingles(a);
  const right = shingles(b);
  let shared = 0;
  for (const shingle of left) if (right.has(shingle)) shared++;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}
