/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key
 * and code are unchanged since the last build is copied from it instead of rendered again.
 *
 * A key must change whenever anything the page shows changes, so it is a digest of the data
 * the page is rendered from, not a version number someone must remember to bump. Data is
 * hashed as canonical JSON (object keys sorted), with what JSON would silently lose made
 * explicit: a Map or Set is hashed by its entries, and a function is an error (it means
 * something other than data reached the key, and a key that ignores it could keep a stale
 * page). Large shared values, such as an article with its text model and rendered body,
 * go in as a short reference chosen by the caller (`ref`), e.g. the article's id and content
 * digest.
 */
import { createHash } from 'node:crypto';

/**
 * Returns a stand-in for values that should be keyed by reference (e.g. `['article', id,
 * digest]`), or `undefined` to hash the value itself.
 */
export type KeyRef = (value: object) => unknown;

/** SHA-256 (hex, first 32 digits) of `parts` as canonical JSON; see the module comment. */
export function pageKey(parts: unknown, ref: KeyRef = () => undefined): string {
  return createHash('sha256').update(keyJson(parts, ref)).digest('hex').slice(0, 32);
}

/** The canonical JSON `pageKey` hashes (exported for tests and for debugging a stale page). */
export function keyJson(parts: unknown, ref: KeyRef = () => undefined): string {
  return JSON.stringify(parts, function replace(this: unknown, key: string, inner: unknown) {
    if (typeof inner === 'function') throw new Error(`page key: "${key}" is a function, not data`);
    if (inner === null || typeof inner !== 'object') return inner;
    const stand = ref(inner);
    if (stand !== undefined) return stand;
    if (inner instanceof Map) return { '(map)': [...inner] };
    if (inner instanceof Set) return { '(set)': [...inner] };
    if (Array.isArray(inner) || inner instanceof Date) return inner;
    const sorted: Record<string, unknown> = {};
    for (const name of Object.keys(inner).sort()) sorted[name] = (inner as Record<string, unknown>)[name];
    return sorted;
  });
}
