/** Written by the build-cache integration (src/integrations/build-cache.ts). */
declare module 'virtual:crosscheck/build-cache' {
  /** Absolute path of Astro's cache folder (`cacheDir`), where build caches are kept. */
  export const cacheDir: string;
  /** Hash of the analysis sources and the lockfile; part of every cache key. */
  export const codeVersion: string;
}
