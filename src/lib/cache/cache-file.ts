/**
 * The file side of the build cache (the logic is in keyed-cache.ts): one file per cache,
 * `<cacheDir>/crosscheck/<name>.cache`, read once when a build starts using it and written
 * once when the build has computed everything. A missing, unreadable or damaged file only
 * costs time: its entries are recomputed, never trusted.
 */
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KeyedCache, parseCacheFile, serializeCacheFile, serializeCacheLines } from './keyed-cache.ts';

/** Where a named cache lives in `cacheDir`. */
function cacheFile(cacheDir: string, name: string): string {
  return join(cacheDir, 'crosscheck', `${name}.cache`);
}

/** Opens the named cache in `cacheDir`, keeping the entries of its file that pass `isValue`. */
export function openCacheFile<T>(cacheDir: string, name: string, isValue: (value: unknown) => value is T): KeyedCache<T> {
  let text = '';
  try {
    text = readFileSync(cacheFile(cacheDir, name), 'utf8');
  } catch {
    // No file yet (a cold build), or unreadable: start empty.
  }
  if (text === '') return new KeyedCache();
  const { entries, dropped } = parseCacheFile(text, name, isValue);
  return new KeyedCache(entries, dropped === 0);
}

/**
 * Writes the entries the build used, when they differ from the file. When the file was whole
 * and the build used all of it, the computed entries are appended to it (`serializeCacheLines`): a
 * build stopped halfway leaves at worst a damaged last line, which the next build drops and
 * computes again. Otherwise the file is written whole, beside the old one and renamed over it,
 * so a build stopped halfway leaves the old file or the new one, never half of one. A failure
 * to write is only a slower next build, so it is not fatal.
 */
export function saveCacheFile<T>(cacheDir: string, name: string, cache: KeyedCache<T>): void {
  const { hits, misses } = cache.stats;
  console.info(`[crosscheck:build-cache] ${name}: ${hits} from cache, ${misses} computed`);
  if (!cache.changed()) return;
  const file = cacheFile(cacheDir, name);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(join(cacheDir, 'crosscheck'), { recursive: true });
    if (cache.onlyAdded()) {
      appendFileSync(file, serializeCacheLines(cache.entriesComputed()));
      return;
    }
    writeFileSync(temporary, serializeCacheFile(cache.entriesUsed(), name));
    renameSync(temporary, file);
  } catch (error) {
    console.warn(`[crosscheck:build-cache] could not write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
