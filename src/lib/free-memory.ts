import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Gives the memory of the garbage left so far back to the system. V8 (13, Node 24) keeps the
 * pages a collection frees in a pool for reuse, still resident, and returns them only on a
 * memory-reducing collection, which it runs on its own only when the process is idle, never
 * during a build. The corpus-wide analysis leaves ~1 GB of such garbage at 10,000 articles:
 * without this the build process kept it to the end and reached 3.0 GB on a rebuild (measured
 * with `--trace-gc`: "pooled: 796 MB" beside a 450 MB live heap). It is two full collections:
 * 8 s there, measured on a busy 2-core machine.
 */
export function returnFreedMemory(): void {
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as ((options: object) => void) | undefined;
  collectGarbage?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

/**
 * Lets the heap grow to at most twice what the last full collection kept (V8's own factor goes
 * up to four when collections are quick), for the rest of the process. The corpus-wide
 * analysis keeps ~0.55 GB live at 10,000 articles but makes garbage so fast that the heap
 * reached 1.4 GB before V8 collected it, and that was the build's peak: 1.83–1.96 GB resident
 * in three cold builds, 1.58–1.60 GB with this bound in two of three (the third peaked at 1.92
 * GB earlier, while the Markdown workers ran), in the same time (medians 79.8 s and 80.8 s).
 * Set at runtime, the flag applies from the next collection on.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=100');
}
