/** Vitest global setup of the `large` project: one large-corpus build shared by all its test files. */
import { buildLargeCorpus } from './large-corpus.ts';

export default function setup(): void {
  buildLargeCorpus();
}
