/**
 * Where a build writes, relative to the project root: the site (`outDir`) and Astro's cache
 * folder (`cacheDir`, which also holds the content data store and Crosscheck's build caches).
 * Tests and benchmarks point them elsewhere (CROSSCHECK_OUT_DIR, CROSSCHECK_CACHE_DIR) so they
 * never touch dist/. Read by astro.config.mjs and by the search-index step that runs after
 * `astro build` (scripts/search-index.ts), so both steps agree.
 */
export const outDir: string = process.env.CROSSCHECK_OUT_DIR || './dist';

/** See `outDir`. */
export const cacheDir: string = process.env.CROSSCHECK_CACHE_DIR || './node_modules/.astro';
