/**
 * Copied text: how many sentences articles share nearly word for word.
 *
 * Two sentences are shared when the Jaccard overlap of their word-trigram sets reaches
 * `SHARED_SENTENCE_JACCARD`; paraphrases and translations of one source do not get there,
 * copies and light rewrites do. Two articles overlap heavily when at least `HEAVY_OVERLAP`
 * of the shorter one's sentences are shared with the other.
 */
import type { SentenceDoc } from './document.ts';

/** Minimum trigram Jaccard for two sentences to count as the same sentence. */
export const SHARED_SENTENCE_JACCARD = 0.5;

/** Share of shared sentences from which two articles are one report. */
export const HEAVY_OVERLAP = 0.5;

/** Two articles (indexes into the list given) and the share of sentences they share. */
export interface OverlapLink {
  a: number;
  b: number;
  /** Shared sentences as a share of the shorter article's sentences (0–1). */
  fraction: number;
}

/**
 * Article pairs whose texts overlap heavily, in ascending order of (a, b). One pass over a
 * trigram index of all sentences, so the cost grows with the text, not with article pairs.
 */
export function heavyOverlaps(articles: ReadonlyArray<readonly SentenceDoc[]>): OverlapLink[] {
  const sentences: SentenceDoc[] = [];
  const articleOf: number[] = [];
  articles.forEach((list, article) => {
    for (const sentence of list) {
      sentences.push(sentence);
      articleOf.push(article);
    }
  });
  const postings = new Map<number, number[]>();
  sentences.forEach((sentence, s) => {
    for (const shingle of sentence.shingles) {
      const list = postings.get(shingle);
      if (list === undefined) postings.set(shingle, [s]);
      else list.push(s);
    }
  });

  // For every article pair with shared sentences: which sentences of each are shared.
  const sharedByPair = new Map<number, { inA: Set<number>; inB: Set<number> }>();
  const common = new Int32Array(sentences.length);
  const touched: number[] = [];
  // Index just past each sentence's article: sentences come article by article and postings
  // are ascending, so scanning a posting list from its end and stopping there visits only
  // other articles' sentences (a long article does not pay for its own n² pairs).
  const articleEnd = new Int32Array(sentences.length);
  for (let s = sentences.length - 1; s >= 0; s--) {
    articleEnd[s] = s + 1 < sentences.length && articleOf[s + 1] === articleOf[s] ? articleEnd[s + 1]! : s + 1;
  }
  sentences.forEach((sentence, s) => {
    const first = articleEnd[s]!;
    for (const shingle of sentence.shingles) {
      const list = postings.get(shingle)!;
      for (let p = list.length - 1; p >= 0; p--) {
        const t = list[p]!;
        if (t < first) break;
        if (common[t] === 0) touched.push(t);
        common[t] += 1;
      }
    }
    for (const t of touched) {
      const union = sentence.shingles.length + sentences[t]!.shingles.length - common[t]!;
      if (common[t]! / union >= SHARED_SENTENCE_JACCARD) {
        const [a, b] = [articleOf[s]!, articleOf[t]!]; // a < b: sentences are in article order
        const key = a * articles.length + b;
        let shared = sharedByPair.get(key);
        if (shared === undefined) sharedByPair.set(key, (shared = { inA: new Set(), inB: new Set() }));
        shared.inA.add(s);
        shared.inB.add(t);
      }
      common[t] = 0;
    }
    touched.length = 0;
  });

  const links: OverlapLink[] = [];
  for (const [key, shared] of sharedByPair) {
    const a = Math.floor(key / articles.length);
    const b = key % articles.length;
    const lengthA = articles[a]!.length;
    const lengthB = articles[b]!.length;
    const fraction = lengthA <= lengthB ? shared.inA.size / lengthA : shared.inB.size / lengthB;
    if (fraction >= HEAVY_OVERLAP) links.push({ a, b, fraction });
  }
  return links.sort((x, y) => x.a - y.a || x.b - y.b);
}
