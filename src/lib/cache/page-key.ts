/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key
 * and code are unchanged since the last build is copied from it instead of rendered again.
 *
 * A key must change whenever anything the page shows changes, so it is a digest of the data
 * the page is rendered from, not a version number someone must remember to bump. Data is
 * hashed as JSON, with what JSON would silently lose made explicit: a Map or Set is hashed by
 * its entries, and a function is an error (it means
 * something other than data reached the key, and a key that ignores it could keep a stale
 * page). Large shared values, such as an article with its text model and rendered body,
 * go in as a short reference chosen by the caller (`ref`), e.g. the article's id and content
 * digest.
 *
 * Object keys are hashed in the order they were set, not sorted: the same code builds the same
 * data in the same order, and a change of code re-renders the page anyway (Astro hashes its
 * module graph). Sorting every object of every story (the analysis of 10,000 articles is
 * ~130 MB of JSON) would cost seconds of every build for no page kept.
 */
import { createHash } from 'node:crypto';

/**
 * Returns a stand-in for values that should be keyed by reference (e.g. `['article', id,
 * digest]`), or `undefined` to hash the value itself.
 */
export type KeyRef = (value: object) => unknown;

/** SHA-256 (hex, first 32 digits) of `parts` as JSON; see the module comment. */
export function pageKey(parts: unknown, ref: KeyRef = () => undefined): string {
  return keyDigest(keyJson(parts, ref));
}

/**
 * The key of JSON texts already made (by `keyJson` or `plainKeyJson`), in order: one text gives
 * what `pageKey` gives for its value. Texts are joined by a newline, which JSON never holds raw.
 */
export function keyDigest(...json: string[]): string {
  const hash = createHash('sha256');
  json.forEach((text, index) => hash.update(index === 0 ? text : `\n${text}`));
  return hash.digest('hex').slice(0, 32);
}

/**
 * Data JSON keeps whole, checked by the compiler: strings, numbers, booleans, null and
 * arrays and objects of them (no Map, Set, function or other class instance).
 */
export type PlainData<T> = T extends (...args: never[]) => unknown
  ? never
  : T extends ReadonlyMap<unknown, unknown> | ReadonlySet<unknown> | Date | RegExp
    ? never
    : T extends object
      ? { [K in keyof T]: PlainData<T[K]> }
      : T;

/**
 * `keyJson` of plain data, without the replacer: the same text, about twice as fast, for the
 * largest values keyed (a story's analysis: 139 MB of JSON at 10,000 articles).
 */
export function plainKeyJson<T>(value: T & PlainData<T>): string {
  return JSON.stringify(value);
}

/** The JSON `pageKey` hashes (exported for tests and for debugging a stale page). */
export function keyJson(parts: unknown, ref: KeyRef = () => undefined): string {
  return JSON.stringify(parts, function replace(this: unknown, key: string, inner: unknown) {
    if (typeof inner === 'function') throw new Error(`page key: "${key}" is a function, not data`);
    if (inner === null || typeof inner !== 'object') return inner;
    const stand = ref(inner);
    if (stand !== undefined) return stand;
    if (inner instanceof Map) return { '(map)': [...inner] };
    if (inner instanceof Set) return { '(set)': [...inner] };
    return inner;
  });
}
