/**
 * Sparse weighted vectors over feature ids, for cosine similarity.
 */

/** A sparse vector: ascending feature ids with their weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Scales a vector to unit length (in place) and returns it. */
export function normalizeVector(vector: SparseVector): SparseVector {
  let norm = 0;
  for (const weight of vector.weights) norm += weight * weight;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < vector.weights.length; i++) vector.weights[i] /= norm;
  return vector;
}

/** Dot product by merging the two id lists; the cosine when both are unit length. */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const idA = a.ids[i]!;
    const idB = b.ids[j]!;
    if (idA === idB) sum += a.weights[i++]! * b.weights[j++]!;
    else if (idA < idB) i++;
    else j++;
  }
  return sum;
}

/** The sum of some unit vectors; its direction is the centroid of a cluster. */
export class Centroid {
  private readonly weights = new Map<number, number>();
  private squaredNorm = 0;

  constructor(vector?: SparseVector) {
    if (vector) this.addVector(vector);
  }

  addVector(vector: SparseVector): void {
    for (let i = 0; i < vector.ids.length; i++) this.addWeight(vector.ids[i]!, vector.weights[i]!);
  }

  /** Adds another centroid's vectors to this one. */
  absorb(other: Centroid): void {
    for (const [id, weight] of other.weights) this.addWeight(id, weight);
  }

  /** Cosine between the two centroids. */
  cosine(other: Centroid): number {
    if (this.squaredNorm === 0 || other.squaredNorm === 0) return 0;
    const [small, large] = this.weights.size <= other.weights.size ? [this, other] : [other, this];
    let sum = 0;
    for (const [id, weight] of small.weights) sum += weight * (large.weights.get(id) ?? 0);
    return sum / Math.sqrt(this.squaredNorm * other.squaredNorm);
  }

  private addWeight(id: number, weight: number): void {
    const old = this.weights.get(id) ?? 0;
    const updated = old + weight;
    this.weights.set(id, updated);
    this.squaredNorm += updated * updated - old * old;
  }
}
