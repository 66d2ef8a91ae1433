/**
 * How much of its text an article shares with another: the one place near-duplicate text
 * is measured, over the text layer's words (typography folded, lower case).
 *
 * Jaccard similarity of word 4-grams. Tuned on the seeds (similarity.test.ts
 * checks these): AXY Media's article against itself with two words corrected scores 0.98,
 * with a paragraph added 0.93, with its last paragraph dropped 0.93, with its last third
 * cut 0.74; AXY Media's and UNN's retellings of the one Axios report (same facts, same
 * quotes, other words) score 0.14, and unrelated seeds below 0.01. 0.8 sits between
 * "the same article, lightly edited" and "another article".
 */

import { words as textWords } from '../text/tokens.ts';

/** Scores at or above this, from the same outlet, are the same article. */
export const NEAR_DUPLICATE_SIMILARITY = 0.8;

const SHINGLE = 4;

/** Jaccard similarity (0–1) of two texts' word 4-grams. */
export function textSimilarity(a: string, b: string): number {
  const shingles = (text: string) => {
    const words = textWords(text);
    const set = new Set<string>();
    // A text shorter than one shingle is one shingle of all its words.
    if (words.length > 0 && words.length < SHINGLE) set.add(words.join(' '));
    for (let i = 0; i + SHINGLE <= words.length; i++) set.add(words.slice(i, i + SHINGLE).join(' '));
    return set;
  };
  const left = shingles(a);
  const right = shingles(b);
  let shared = 0;
  for (const shingle of left) if (right.has(shingle)) shared++;
  const union = left.size + right.size - shared;
  return union === 0 ? 0 : shared / union;
}
