/**
 * What an article is about, as one weighted vector for story grouping.
 *
 * The terms come from the text model's features (`=stem`, `@name`, `#number`):
 * - every word counts as its stem, whether the text model read it as a name or not, so that
 *   "Snowden" in a Title Case headline and "snowden" elsewhere still match;
 * - a name counts a second time as a name ("@snowden"), and a number as itself ("#1.8"):
 *   names, places and numbers say more about which event an article covers than common
 *   words, and this doubles their say without a weight to tune;
 * - a term's frequency is weighted by zone (headline, lead, rest of the body), damped
 *   (1 + ln tf) and multiplied by its inverse document frequency over the corpus;
 * - only the `KEYWORDS` heaviest terms are kept: they say what the article is about, and
 *   full texts and headlines then compare on a similar scale (and fast).
 * A body that only repeats the headline (a feed item, a wire brief) adds nothing.
 */
import { stem } from '../../text/tokens.ts';
import type { ArticleDoc, Corpus } from '../document.ts';
import { normalizeVector, type SparseVector } from '../vectors.ts';

/**
 * Zone weights: what the headline and lead say is what the article is about. Not tuned (the
 * labelled data has headlines only); the seeds and fixtures group the same with 2 and 1.5.
 */
const HEADLINE_WEIGHT = 3;
const LEAD_WEIGHT = 2;
/**
 * Extra weight of a name or number term (on top of counting twice). On the dev set
 * (B-cubed F1, threshold 0.2): 0.5 → 0.874, 1 → 0.879, 1.5 → 0.845, 2 → 0.828.
 */
const NAME_WEIGHT = 1;
/**
 * Terms kept per article. Headlines have fewer, so the dev set does not see it. With 24 the
 * seed articles fall apart and two fixture stories sharing names merge; with 32 neither
 * happens and 10,000 synthetic articles cluster in about 2 s (48: no better, slower).
 */
const KEYWORDS = 32;

/** Grouping vectors of all articles (unit length, ascending term ids), and the term count. */
export interface StoryVectors {
  vectors: SparseVector[];
  /** Number of distinct terms (ids are 0…terms−1). */
  terms: number;
}

/** Builds the grouping vector of every article of the corpus. */
export function storyVectors(corpus: Corpus): StoryVectors {
  const { docs, vocabulary } = corpus;
  const terms = new TermTable(vocabulary.features);
  const termCounts = docs.map((doc) => zoneCounts(doc, terms));
  const documentFrequency = new Int32Array(terms.size);
  for (const counts of termCounts) for (const id of counts.keys()) documentFrequency[id] += 1;
  const idf = Array.from(documentFrequency, (df) => Math.log((docs.length + 1) / (df + 1)) + 1);
  const vectors = termCounts.map((counts) => {
    const weighted = Array.from(counts, ([id, tf]): [number, number] => [
      id,
      (1 + Math.log(tf)) * idf[id]! * (terms.isEvidence[id] ? NAME_WEIGHT : 1),
    ]);
    // Heaviest first, ties by term id (deterministic), then back to id order.
    const kept = weighted.length > KEYWORDS ? weighted.sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, KEYWORDS) : weighted;
    kept.sort((x, y) => x[0] - y[0]);
    return normalizeVector({ ids: Int32Array.from(kept, (term) => term[0]), weights: Float64Array.from(kept, (term) => term[1]) });
  });
  return { vectors, terms: terms.size };
}

/** Zone-weighted term frequencies of one article. */
function zoneCounts(doc: ArticleDoc, terms: TermTable): Map<number, number> {
  const counts = new Map<number, number>();
  const add = (feature: number, weight: number): void => {
    for (const term of terms.of(feature)) counts.set(term, (counts.get(term) ?? 0) + weight);
  };
  for (const feature of doc.headlineFeatures) add(feature, HEADLINE_WEIGHT);
  if (!repeatsHeadline(doc)) {
    for (const sentence of doc.sentences) {
      const weight = sentence.paragraph === 0 ? LEAD_WEIGHT : 1;
      for (const feature of sentence.features) add(feature, weight);
    }
  }
  return counts;
}

/** True when the body is only the headline again (punctuation and case aside). */
function repeatsHeadline(doc: ArticleDoc): boolean {
  if (doc.paragraphs.length !== 1) return false;
  const letters = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return letters(doc.paragraphs[0]!) === letters(doc.article.headline);
}

/** Maps text-model features to grouping terms; a name maps to its word and to itself. */
class TermTable {
  private readonly ids = new Map<string, number>();
  private readonly byFeature: number[][] = [];
  /** Per term: true for names and numbers. */
  readonly isEvidence: boolean[] = [];
  private readonly features: readonly string[];

  constructor(features: readonly string[]) {
    this.features = features;
  }

  get size(): number {
    return this.isEvidence.length;
  }

  /** The grouping terms of a feature id. */
  of(feature: number): number[] {
    let terms = this.byFeature[feature];
    if (terms === undefined) {
      const text = this.features[feature]!;
      const body = text.slice(1);
      if (text[0] === '=') terms = [this.id(`=${collapseDoubles(body)}`, false)];
      else if (text[0] === '#') terms = [this.id(text, true)];
      else terms = [this.id(`=${collapseDoubles(stem(body))}`, false), this.id(text, true)];
      this.byFeature[feature] = terms;
    }
    return terms;
  }

  private id(term: string, evidence: boolean): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.isEvidence.length;
      this.ids.set(term, id);
      this.isEvidence.push(evidence);
    }
    return id;
  }
}

/** Doubled letters collapsed, as name keys have them: "kill" and "Kill" (name key "kil") meet. */
function collapseDoubles(word: string): string {
  return word.replace(/(\p{L})\1+/gu, '$1');
}
