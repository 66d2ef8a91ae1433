/**
 * The build caches of the data layer, in Astro's `cacheDir` (src/lib/cache/cache-file.ts).
 */
import { cacheDir } from 'virtual:crosscheck/build-cache';
import { openCacheFile, saveCacheFile } from '../lib/cache/cache-file';
import type { KeyedCache } from '../lib/cache/keyed-cache';

/** Opens the named cache, keeping the entries of its file that pass `isValue`. */
export function openCache<T>(name: string, isValue: (value: unknown) => value is T): KeyedCache<T> {
  return openCacheFile(cacheDir, name, isValue);
}

/** Writes the entries the build used, when they differ from the file (see `saveCacheFile`). */
export function saveCache<T>(name: string, cache: KeyedCache<T>): void {
  saveCacheFile(cacheDir, name, cache);
}
