/**
 * Claims: sentences of a story's articles aligned across articles.
 *
 * Sentence similarity blends weighted overlap of stemmed words, names and numbers (weights
 * are inverse sentence frequencies over the whole corpus, so "said" or "Ukraine" count little
 * and "Hnatov" or "five-hour" a lot):
 *   0.6 · Dice + 0.4 · containment (shared weight over the lighter sentence's weight),
 * halved when both sentences have numbers and share none ("lasted five hours" vs "three
 * hours") or both name people or places and share none ("Rubio said…" vs "Lavrov said…"),
 * raised a little when they share a number, and damped when only two features are shared
 * (fewer never count). The threshold and factors were tuned on the fixtures and the seed
 * articles (see claims.test.ts and seeds.test.ts), never on single sentences. Translations of one
 * source word things differently, which is why containment (a short sentence restated
 * inside a longer one) counts alongside Dice.
 *
 * Candidate pairs share at least two features (inverted index per story); pairs are merged
 * strongest first into groups with at most one sentence per article, and only when the new
 * group stays coherent on average. Every sentence ends up in exactly one claim.
 */
import { forEachCandidatePair } from './candidates.ts';
import type { ArticleDoc, Corpus, SentenceDoc } from './document.ts';
import type { FactSource } from './alignment.ts';
import { readableClaim } from './claim-text.ts';
import type { Claim } from './types.ts';

/** Sentences that must be one claim, as pairs of indexes into the story's sentences (see alignment.ts). */
export interface SentenceLinks {
  /** Sentences of one quotation in one article: always one claim. */
  quotations: ReadonlyArray<readonly [number, number]>;
  /** Sentences of one statement or one event: one claim unless that fuses two established claims. */
  facts: ReadonlyArray<readonly [number, number]>;
}

/** Tuning of sentence alignment. */
export interface ClaimOptions {
  /** Minimum similarity for two sentences to state the same thing. */
  threshold: number;
  /** Minimum average similarity over all sentence pairs of a merged claim. */
  averageThreshold: number;
}

export const DEFAULT_CLAIM_OPTIONS: ClaimOptions = { threshold: 0.42, averageThreshold: 0.3 };

const KIND_WEIGHT: Record<string, number> = { '@': 1.3, '#': 1.3, '=': 1 };
const NUMBER_MISMATCH_FACTOR = 0.5;
const NAME_MISMATCH_FACTOR = 0.5;
/** A shared number ("7.5%", "five-hour") is good evidence of the same statement. */
const SHARED_NUMBER_FACTOR = 1.1;
/** Two shared words are thin evidence ("talks" and "end" in unrelated sentences). */
const TWO_SHARED_FACTOR = 0.75;

/** Per-feature weights for sentence similarity, from sentence frequencies over the corpus. */
export interface SentenceWeights {
  weight: Float64Array;
  /** Feature kind per id: 0 term, 1 name, 2 number. */
  kind: Uint8Array;
}

export function sentenceWeights(corpus: Corpus): SentenceWeights {
  const { vocabulary, docs } = corpus;
  const frequency = new Int32Array(vocabulary.size);
  let sentences = 0;
  for (const doc of docs) {
    for (const sentence of doc.sentences) {
      sentences++;
      for (const id of sentence.features) frequency[id] += 1;
    }
  }
  const weight = new Float64Array(vocabulary.size);
  const kind = new Uint8Array(vocabulary.size);
  vocabulary.features.forEach((feature, id) => {
    const prefix = feature[0]!;
    kind[id] = prefix === '@' ? 1 : prefix === '#' ? 2 : 0;
    weight[id] = (Math.log((sentences + 1) / (frequency[id]! + 1)) + 1) * (KIND_WEIGHT[prefix] ?? 1);
  });
  return { weight, kind };
}

/**
 * What similarity needs of one sentence alone, computed once per story rather than once per
 * pair: a large story compares millions of sentence pairs.
 */
interface SentenceProfile {
  /** Distinct feature ids, ascending (the sentence's own array). */
  features: readonly number[];
  /** Sum of the features' weights, added in ascending id order (so the same float every time). */
  total: number;
  /** Bit k set: the sentence has a feature of kind k (0 term, 1 name, 2 number). */
  kinds: number;
}

function sentenceProfile(sentence: SentenceDoc, weights: SentenceWeights): SentenceProfile {
  let total = 0;
  let kinds = 0;
  for (const id of sentence.features) {
    total += weights.weight[id]!;
    kinds |= 1 << weights.kind[id]!;
  }
  return { features: sentence.features, total, kinds };
}

/** Similarity of two sentences (0–1); see the module comment. */
function similarity(a: SentenceProfile, b: SentenceProfile, weights: SentenceWeights): number {
  const { weight, kind } = weights;
  let shared = 0;
  let sharedCount = 0;
  let kindsShared = 0;
  const fa = a.features;
  const fb = b.features;
  let i = 0;
  let j = 0;
  while (i < fa.length && j < fb.length) {
    const idA = fa[i]!;
    const idB = fb[j]!;
    if (idA === idB) {
      shared += weight[idA]!;
      sharedCount++;
      kindsShared |= 1 << kind[idA]!;
      i++;
      j++;
    } else if (idA < idB) i++;
    else j++;
  }
  return score(a, b, shared, sharedCount, kindsShared);
}

/** The similarity of two sentences from what they share (weight, count, kinds). */
function score(a: SentenceProfile, b: SentenceProfile, shared: number, sharedCount: number, kindsShared: number): number {
  const totalA = a.total;
  const totalB = b.total;
  if (sharedCount < 2 || totalA === 0 || totalB === 0) return 0;
  let value = 0.6 * ((2 * shared) / (totalA + totalB)) + 0.4 * (shared / Math.min(totalA, totalB));
  if (sharedCount === 2) value *= TWO_SHARED_FACTOR;
  if (kindsShared & NUMBER_BIT) value = Math.min(1, value * SHARED_NUMBER_FACTOR);
  if (a.kinds & b.kinds & NUMBER_BIT && !(kindsShared & NUMBER_BIT)) value *= NUMBER_MISMATCH_FACTOR;
  if (a.kinds & b.kinds & NAME_BIT && !(kindsShared & NAME_BIT)) value *= NAME_MISMATCH_FACTOR;
  return value;
}

/**
 * Similarity of many sentences to one: its features are marked in an array over the
 * vocabulary, so each comparison walks only the other sentence's features. Shared weights are
 * still added in ascending id order, so every value equals similarity()'s to the bit. The marks
 * are one array for the process (a story's vocabulary is the corpus's): use one instance at a
 * time, as candidateEdges does.
 */
class SimilarityTo {
  /** `marks[id] === this.mark` when the current sentence has feature `id`. */
  private static marks = new Int32Array(0);
  private static lastMark = 0;
  private readonly weights: SentenceWeights;
  private current: SentenceProfile | undefined;
  private mark = 0;

  constructor(weights: SentenceWeights) {
    this.weights = weights;
    if (SimilarityTo.marks.length < weights.weight.length) SimilarityTo.marks = new Int32Array(weights.weight.length);
  }

  /** Makes `profile` the sentence the others are compared with. */
  compareWith(profile: SentenceProfile): void {
    if (SimilarityTo.lastMark === 0x7fffffff) {
      SimilarityTo.marks.fill(0);
      SimilarityTo.lastMark = 0;
    }
    this.mark = ++SimilarityTo.lastMark;
    this.current = profile;
    const marks = SimilarityTo.marks;
    for (const id of profile.features) marks[id] = this.mark;
  }

  /** Similarity of `other` to the sentence given to compareWith. */
  of(other: SentenceProfile): number {
    const { weight, kind } = this.weights;
    const marks = SimilarityTo.marks;
    const mark = this.mark;
    let shared = 0;
    let sharedCount = 0;
    let kindsShared = 0;
    for (const id of other.features) {
      if (marks[id] !== mark) continue;
      shared += weight[id]!;
      sharedCount++;
      kindsShared |= 1 << kind[id]!;
    }
    return score(this.current!, other, shared, sharedCount, kindsShared);
  }
}

/** Similarity of two sentences (0–1); see the module comment. */
export function sentenceSimilarity(a: SentenceDoc, b: SentenceDoc, weights: SentenceWeights): number {
  return similarity(sentenceProfile(a, weights), sentenceProfile(b, weights), weights);
}

const NAME_BIT = 1 << 1;
const NUMBER_BIT = 1 << 2;

interface Edge {
  x: number;
  y: number;
  value: number;
}

/**
 * Sentence pairs from different articles with similarity ≥ threshold, strongest first.
 * Candidates share at least two features, found with an inverted index over the story;
 * features in more than 30% of the story's sentences do not index (they pair everything).
 */
function candidateEdges(
  profiles: readonly SentenceProfile[],
  memberOf: readonly number[],
  weights: SentenceWeights,
  threshold: number,
): Edge[] {
  // Grouped by article (sentences come article by article): pairs within one article are never made.
  const items = profiles.map((profile, i) => ({ keys: profile.features, time: 0, group: memberOf[i]! }));
  const maxPostings = Math.max(8, Math.ceil(profiles.length * 0.3));
  const edges: Edge[] = [];
  const similarityTo = new SimilarityTo(weights);
  let current = -1;
  // Pairs come grouped by their first sentence: mark it once for all its partners.
  forEachCandidatePair(items, { minShared: 2, window: Infinity, maxPostings }, (x, y) => {
    if (x !== current) similarityTo.compareWith(profiles[(current = x)]!);
    const value = similarityTo.of(profiles[y]!);
    if (value >= threshold) edges.push({ x, y, value });
  });
  return edges.sort((p, q) => q.value - p.value || p.x - q.x || p.y - q.y);
}

/**
 * Aligns the sentences of a story's articles (`members`, in publication order) into claims.
 * `reportOfMember[i]` is the report of `members[i]`, to count independent reports per claim.
 */
export function alignClaims(
  members: readonly ArticleDoc[],
  reportOfMember: readonly number[],
  weights: SentenceWeights,
  options: ClaimOptions = DEFAULT_CLAIM_OPTIONS,
  links: SentenceLinks = { quotations: [], facts: [] },
  facts?: FactSource,
): Claim[] {
  const sentences: SentenceDoc[] = [];
  const memberOf: number[] = [];
  members.forEach((doc, member) => {
    for (const sentence of doc.sentences) {
      sentences.push(sentence);
      memberOf.push(member);
    }
  });

  // Each sentence starts as its own group; merged groups keep the lower group id.
  const groupOf = sentences.map((_, i) => i);
  const groupSentences = sentences.map((_, i) => [i]);
  // The articles (members) of each group, made on first use and kept up to date as groups
  // merge: a 300-article story has some 220,000 candidate edges, and comparing the sentences of two
  // large groups for a common article each time cost more than the rest of the alignment.
  const groupArticles: Array<Set<number> | undefined> = [];
  const articlesIn = (group: number): ReadonlySet<number> => {
    let articles = groupArticles[group];
    if (articles === undefined) groupArticles[group] = articles = new Set(groupSentences[group]!.map((s) => memberOf[s]!));
    return articles;
  };
  const shareAnArticle = (gx: number, gy: number): boolean => {
    const [small, large] = groupSentences[gx]!.length <= groupSentences[gy]!.length ? [gx, gy] : [gy, gx];
    const inLarge = articlesIn(large);
    for (const s of groupSentences[small]!) if (inLarge.has(memberOf[s]!)) return true;
    return false;
  };
  const merge = (gx: number, gy: number) => {
    const [keep, drop] = gx < gy ? [gx, gy] : [gy, gx];
    for (const s of groupSentences[drop]!) groupOf[s] = keep;
    const kept = groupArticles[keep];
    const dropped = groupArticles[drop];
    if (kept !== undefined) for (const s of groupSentences[drop]!) kept.add(memberOf[s]!);
    else if (dropped !== undefined) {
      for (const s of groupSentences[keep]!) dropped.add(memberOf[s]!);
      groupArticles[keep] = dropped;
    }
    groupSentences[keep]!.push(...groupSentences[drop]!);
    groupSentences[drop] = [];
    groupArticles[drop] = undefined;
  };
  // The sentences of one quotation are one claim (see alignment.ts).
  for (const [x, y] of links.quotations) if (groupOf[x] !== groupOf[y]) merge(groupOf[x]!, groupOf[y]!);
  if (members.length > 1) {
    const profiles = sentences.map((sentence) => sentenceProfile(sentence, weights));
    const edges = candidateEdges(profiles, memberOf, weights, options.threshold);
    for (const { x, y } of edges) {
      const gx = groupOf[x]!;
      const gy = groupOf[y]!;
      if (gx === gy) continue;
      const sentencesX = groupSentences[gx]!;
      const sentencesY = groupSentences[gy]!;
      // At most one sentence per article in a claim.
      if (shareAnArticle(gx, gy)) continue;
      if (sentencesX.length * sentencesY.length > 1) {
        let sum = 0;
        for (const sx of sentencesX) for (const sy of sentencesY) sum += similarity(profiles[sx]!, profiles[sy]!, weights);
        if (sum / (sentencesX.length * sentencesY.length) < options.averageThreshold) continue;
      }
      merge(gx, gy);
    }
  }
  // One statement or event (see alignment.ts) is one claim, even across several sentences of
  // an article; but a link never fuses two claims that already span articles and share one:
  // that sentence tells two things ("talks on Sunday…, and Umerov will meet Zelensky on
  // Monday"), and the similarity above already placed it with what it mostly says.
  for (const [x, y] of links.facts) {
    const gx = groupOf[x]!;
    const gy = groupOf[y]!;
    if (gx === gy) continue;
    const inX = articlesIn(gx);
    const inY = articlesIn(gy);
    if (inX.size > 1 && inY.size > 1 && [...inY].some((article) => inX.has(article))) continue;
    merge(gx, gy);
  }

  const claims: Array<{ order: number; claim: Claim }> = [];
  groupSentences.forEach((group) => {
    if (group.length === 0) return;
    // Sentence indexes follow article order, then reading order: sorting them is enough.
    group.sort((x, y) => x - y);
    const refs = group.map((i) => {
      const sentence = sentences[i]!;
      return {
        articleId: members[memberOf[i]!]!.article.id,
        paragraph: sentence.paragraph,
        sentence: sentence.index,
        text: sentence.text,
      };
    });
    const representative = refs[0]!;
    const member = memberOf[group[0]!]!;
    const readable = readableClaim(
      members[member]!,
      group.filter((i) => memberOf[i] === member).map((i) => sentences[i]!),
      facts,
    );
    claims.push({
      order: group[0]!,
      claim: {
        id: `${representative.articleId}#${representative.paragraph}.${representative.sentence}`,
        text: readable.text,
        ...(readable.context === undefined ? {} : { context: readable.context }),
        sentences: refs,
        articleIds: [...new Set(refs.map((ref) => ref.articleId))],
        reports: new Set(group.map((i) => reportOfMember[memberOf[i]!])).size,
      },
    });
  });
  claims.sort((p, q) => p.order - q.order);
  return claims.map(({ claim }) => claim);
}
