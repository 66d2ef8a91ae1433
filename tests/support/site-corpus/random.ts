/** Seeded random choices for the site-corpus generator: the same seed gives the same corpus. */
import { seededRandom } from '../synthetic.ts';

/** A seeded source of random numbers and choices. */
export class Random {
  readonly next: () => number;

  constructor(seed: number) {
    this.next = seededRandom(seed);
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** Any element, uniformly. */
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }

  /** An element, early ones much more often (Zipf-like: some names are always in the news). */
  pickCommon<T>(list: readonly T[], skew = 2.5): T {
    return list[Math.floor(list.length * this.next() ** skew)]!;
  }

  /** `size` distinct elements. */
  sample<T>(list: readonly T[], size: number): T[] {
    const taken = new Set<number>();
    while (taken.size < Math.min(size, list.length)) taken.add(Math.floor(this.next() * list.length));
    return [...taken].map((i) => list[i]!);
  }
}
