/**
 * Scores of a clustering against true labels, as used for news-story grouping:
 * B-cubed precision and recall (Bagga & Baldwin 1998; Amigó et al. 2009, "A comparison of
 * extrinsic clustering evaluation metrics") and pairwise precision and recall.
 *
 * Both take two parallel arrays: the predicted cluster and the true class of every item.
 */

/** Precision, recall and their harmonic mean. */
export interface PrecisionRecall {
  /** How much of what was put together belongs together (0–1). */
  precision: number;
  /** How much of what belongs together was put together (0–1). */
  recall: number;
  /** Their harmonic mean. */
  f1: number;
}

/** Harmonic mean of precision and recall; 0 when both are 0. */
export function f1Score(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/**
 * B-cubed scores: for every item, the share of its predicted cluster that has its true class
 * (precision) and the share of its true class that is in its predicted cluster (recall),
 * averaged over items. Large clusters weigh by their size, as they do for a reader.
 */
export function bCubed(predicted: readonly string[], truth: readonly string[]): PrecisionRecall {
  checkParallel(predicted, truth);
  if (predicted.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const clusterSize = countBy(predicted);
  const classSize = countBy(truth);
  const both = countBy(predicted.map((cluster, i) => pairKey(cluster, truth[i]!)));
  let precision = 0;
  let recall = 0;
  predicted.forEach((cluster, i) => {
    const shared = both.get(pairKey(cluster, truth[i]!))!;
    precision += shared / clusterSize.get(cluster)!;
    recall += shared / classSize.get(truth[i]!)!;
  });
  precision /= predicted.length;
  recall /= predicted.length;
  return { precision, recall, f1: f1Score(precision, recall) };
}

/**
 * Pairwise scores: of the item pairs put in one cluster, the share that share a class
 * (precision); of the pairs that share a class, the share put in one cluster (recall).
 * With no pairs on a side, that side's score is 1.
 */
export function pairwise(predicted: readonly string[], truth: readonly string[]): PrecisionRecall {
  checkParallel(predicted, truth);
  const pairs = (counts: Map<string, number>): number => {
    let sum = 0;
    for (const n of counts.values()) sum += (n * (n - 1)) / 2;
    return sum;
  };
  const predictedPairs = pairs(countBy(predicted));
  const truePairs = pairs(countBy(truth));
  const sharedPairs = pairs(countBy(predicted.map((cluster, i) => pairKey(cluster, truth[i]!))));
  const precision = predictedPairs === 0 ? 1 : sharedPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : sharedPairs / truePairs;
  return { precision, recall, f1: f1Score(precision, recall) };
}

/** Number of distinct values. */
export function distinctCount(labels: readonly string[]): number {
  return new Set(labels).size;
}

/** How often each value occurs, in order of first occurrence. */
export function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function pairKey(cluster: string, label: string): string {
  return `${cluster}\u0000${label}`;
}

function checkParallel(predicted: readonly string[], truth: readonly string[]): void {
  if (predicted.length !== truth.length) {
    throw new Error(`Predicted and true labels differ in length (${predicted.length} vs ${truth.length})`);
  }
}
