/**
 * Story clustering: which articles report the same event.
 *
 * Thresholds were tuned on hand-written fixtures and the seed articles: articles about the
 * same event score 0.29–0.8 (the seeds' independent Imaya News report vs the AXY Media
 * retelling: 0.34), while unrelated stories of the same days that share names (a strike on
 * Ukraine's grid vs prisoner-swap talks, both with Zelensky, Kyiv, Russia) score up to 0.2.
 *
 * Each article is a TF-IDF vector over its features (stems, names, numbers; the headline
 * counts twice). Candidate pairs come from an inverted index over each article's rarest,
 * heaviest features, limited to a publication-time window; a candidate pair is linked when
 * its cosine reaches `linkThreshold`. Links are then merged strongest first (average
 * linkage via cluster centroids), so that one bridging article cannot chain two unrelated
 * stories together: clusters merge only when their centroids are similar too.
 *
 * Editor pins (`ArticleInput.story`) override similarity: all articles pinned to a slug are
 * one story, never merged with another pin; unpinned articles can still join it. A pin may
 * name another article's id (the default slug of that article's story): that article then
 * counts as pinned to the same slug.
 */
import { candidatePairs } from './candidates.ts';
import { DAY_MS } from '../dates/calendar-value.ts';
import type { ArticleDoc, Corpus } from './document.ts';
import { UnionFind } from '../union-find.ts';
import { Centroid, dot, normalizeVector, type SparseVector } from './vectors.ts';

/** Tuning of story clustering. */
export interface StoryOptions {
  /** Minimum cosine for two articles to be linked. */
  linkThreshold: number;
  /** Minimum centroid cosine for two clusters to merge. */
  mergeThreshold: number;
  /** Maximum publication-time difference of a linked pair, in days. */
  windowDays: number;
  /** Maximum span of a story formed by similarity (pins excepted), in days. */
  maxSpanDays: number;
  /** How many of its heaviest features index an article for candidate generation. */
  indexKeys: number;
  /** Compare all pairs in the time window instead of indexed candidates (for tests). */
  allPairs?: boolean;
}

export const DEFAULT_STORY_OPTIONS: StoryOptions = {
  linkThreshold: 0.25,
  mergeThreshold: 0.2,
  windowDays: 3,
  maxSpanDays: 7,
  indexKeys: 16,
};

/** Weight of a feature kind: names say most about which event an article covers. */
const KIND_WEIGHT: Record<string, number> = { '@': 1.5, '#': 0.5, '=': 1 };
const HEADLINE_REPEAT = 2;

/** A cluster of articles: indexes into `corpus.docs`, and the editor pin if any. */
export interface StoryCluster {
  members: number[];
  pin?: string;
}

/** Groups the corpus into stories. Deterministic; clusters ordered by smallest member index. */
export function clusterStories(corpus: Corpus, options: StoryOptions = DEFAULT_STORY_OPTIONS): StoryCluster[] {
  const { docs } = corpus;
  const { vectors, documentFrequency } = articleVectors(corpus);
  const maxPostings = Math.max(32, Math.ceil(docs.length * 0.01));
  const items = docs.map((doc, i) => ({
    keys: indexKeys(vectors[i]!, documentFrequency, maxPostings, options.indexKeys),
    time: doc.time,
  }));
  const window = options.windowDays * DAY_MS;
  const links: Array<{ a: number; b: number; cosine: number }> = [];
  const pairs = options.allPairs ? allPairsInWindow(items, window) : candidatePairs(items, { minShared: 2, window, maxPostings });
  for (const [a, b] of pairs) {
    const cosine = dot(vectors[a]!, vectors[b]!);
    if (cosine >= options.linkThreshold) links.push({ a, b, cosine });
  }
  links.sort((x, y) => y.cosine - x.cosine || x.a - y.a || x.b - y.b);

  const sets = new UnionFind(docs.length);
  const pins = resolvePins(docs);
  const clusterPin = new Map<number, string>();
  const centroid = new Map<number, Centroid>();
  const span = new Map<number, { first: number; last: number }>();
  docs.forEach((doc, i) => {
    centroid.set(i, new Centroid(vectors[i]));
    span.set(i, { first: doc.time, last: doc.time });
  });
  const join = (a: number, b: number): void => {
    const rootA = sets.find(a);
    const rootB = sets.find(b);
    const root = sets.union(rootA, rootB);
    const other = root === rootA ? rootB : rootA;
    centroid.get(root)!.absorb(centroid.get(other)!);
    const spanRoot = span.get(root)!;
    const spanOther = span.get(other)!;
    spanRoot.first = Math.min(spanRoot.first, spanOther.first);
    spanRoot.last = Math.max(spanRoot.last, spanOther.last);
    const pin = clusterPin.get(rootA) ?? clusterPin.get(rootB);
    if (pin !== undefined) clusterPin.set(root, pin);
    centroid.delete(other);
    span.delete(other);
  };

  // Pinned articles first, regardless of similarity.
  const firstWithPin = new Map<string, number>();
  pins.forEach((pin, i) => {
    if (pin === undefined) return;
    const first = firstWithPin.get(pin);
    if (first === undefined) {
      firstWithPin.set(pin, i);
      clusterPin.set(sets.find(i), pin);
    } else if (sets.find(first) !== sets.find(i)) {
      join(first, i);
    }
  });

  const maxSpan = options.maxSpanDays * DAY_MS;
  for (const { a, b } of links) {
    const rootA = sets.find(a);
    const rootB = sets.find(b);
    if (rootA === rootB) continue;
    const pinA = clusterPin.get(rootA);
    const pinB = clusterPin.get(rootB);
    if (pinA !== undefined && pinB !== undefined) continue;
    const spanA = span.get(rootA)!;
    const spanB = span.get(rootB)!;
    if (Math.max(spanA.last, spanB.last) - Math.min(spanA.first, spanB.first) > maxSpan) continue;
    if (centroid.get(rootA)!.cosine(centroid.get(rootB)!) < options.mergeThreshold) continue;
    join(rootA, rootB);
  }

  return sets.groups().map((members) => {
    const pin = clusterPin.get(sets.find(members[0]!));
    return pin === undefined ? { members } : { members, pin };
  });
}

function allPairsInWindow(items: ReadonlyArray<{ time: number }>, window: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let a = 0; a < items.length; a++) {
    for (let b = a + 1; b < items.length; b++) {
      if (Math.abs(items[a]!.time - items[b]!.time) <= window) pairs.push([a, b]);
    }
  }
  return pairs;
}

/**
 * The pin of each article: its own `story` field, or, when another article is pinned to a
 * slug equal to this article's id, that slug.
 */
function resolvePins(docs: readonly ArticleDoc[]): Array<string | undefined> {
  const pins = docs.map((doc) => doc.article.story?.trim() || undefined);
  const pinned = new Set(pins.filter((pin): pin is string => pin !== undefined));
  return docs.map((doc, i) => pins[i] ?? (pinned.has(doc.article.id) ? doc.article.id : undefined));
}

/** Unit TF-IDF vectors of all articles, and the document frequency of every feature. */
export function articleVectors(corpus: Corpus): { vectors: SparseVector[]; documentFrequency: Int32Array } {
  const { docs, vocabulary } = corpus;
  const documentFrequency = new Int32Array(vocabulary.size);
  // Term counts: body counts plus the headline's, which count HEADLINE_REPEAT times.
  const termCounts = docs.map((doc) => {
    const extra = new Map<number, number>();
    for (const id of doc.headlineFeatures) extra.set(id, (extra.get(id) ?? 0) + HEADLINE_REPEAT);
    const ids: number[] = Array.from(doc.bodyFeatures);
    const counts: number[] = Array.from(doc.bodyCounts);
    doc.bodyFeatures.forEach((id, k) => {
      const more = extra.get(id);
      if (more !== undefined) {
        counts[k]! += more;
        extra.delete(id);
      }
    });
    for (const [id, count] of extra) {
      ids.push(id);
      counts.push(count);
    }
    for (const id of ids) documentFrequency[id] += 1;
    return { ids, counts };
  });
  const kindWeight = vocabulary.features.map((feature) => KIND_WEIGHT[feature[0]!] ?? 1);
  const idf = Array.from(documentFrequency, (df) => Math.log((docs.length + 1) / (df + 1)) + 1);
  const vectors = termCounts.map(({ ids, counts }) => {
    const order = ids.map((_, k) => k).sort((x, y) => ids[x]! - ids[y]!);
    const sortedIds = Int32Array.from(order, (k) => ids[k]!);
    const weights = Float64Array.from(order, (k) => (1 + Math.log(counts[k]!)) * idf[ids[k]!]! * kindWeight[ids[k]!]!);
    return normalizeVector({ ids: sortedIds, weights });
  });
  return { vectors, documentFrequency };
}

/** The article's heaviest features that at least one other article shares and few do. */
function indexKeys(vector: SparseVector, documentFrequency: Int32Array, maxPostings: number, count: number): Int32Array {
  const eligible: number[] = [];
  vector.ids.forEach((id, k) => {
    const df = documentFrequency[id]!;
    if (df >= 2 && df <= maxPostings) eligible.push(k);
  });
  eligible.sort((x, y) => vector.weights[y]! - vector.weights[x]! || vector.ids[x]! - vector.ids[y]!);
  return Int32Array.from(eligible.slice(0, count), (k) => vector.ids[k]!);
}
