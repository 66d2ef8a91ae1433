/**
 * A build cache as plain data: values keyed by a content hash, kept in one text file that a
 * reader can check line by line. The file I/O is in cache-file.ts; everything here is pure,
 * so keying and (de)serialization are unit-tested without a build.
 *
 * File format, one entry per line:
 *
 *   crosscheck-cache <format> <name>            (header)
 *   <key> <checksum> <value as JSON>            (entries)
 *
 * A file written whole is sorted by key, so equal caches are equal files. A build that only
 * added entries (every stored one was used) appends their lines instead (`serializeCacheLines`):
 * a rebuild after one new article at 10,000 articles wrote one line, not 40 MB (serializing
 * and writing them took 1.1–1.6 s). The next build that leaves an entry unused writes it whole.
 *
 * `checksum` is the first 16 hex digits of the SHA-256 of the JSON, so a line damaged on disk
 * (truncated write, flipped bytes, an edit) is noticed and dropped rather than believed. A
 * damaged header drops the whole file. Whatever is dropped is recomputed by the build.
 */
import { createHash } from 'node:crypto';

/** Bumped when the file layout above changes; older files are then ignored whole. */
export const CACHE_FILE_FORMAT = 1;

const HEADER = 'crosscheck-cache';

/**
 * SHA-256 (hex) of a value's canonical JSON: object keys sorted at every depth, so two equal
 * values built in different orders share a key. `undefined` properties are left out, as
 * JSON.stringify does.
 */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** JSON with object keys sorted at every depth (arrays keep their order). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key];
    return sorted;
  });
}

/** First 16 hex digits of the SHA-256 of a text: enough to notice damage, short on disk. */
function checksum(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** What reading a cache file kept and what it dropped. */
export interface ParsedCache<T> {
  entries: Map<string, T>;
  /** Lines that were damaged or failed validation (their values are recomputed). */
  dropped: number;
}

/**
 * Reads a cache file's text. Entries whose checksum or shape (`isValue`) is wrong are dropped;
 * a missing or foreign header (another name or format) drops everything. Never throws.
 */
export function parseCacheFile<T>(text: string, name: string, isValue: (value: unknown) => value is T): ParsedCache<T> {
  const entries = new Map<string, T>();
  const lines = text.split('\n');
  if (lines[0] !== `${HEADER} ${CACHE_FILE_FORMAT} ${name}`) {
    return { entries, dropped: lines.filter((line) => line !== '').length };
  }
  let dropped = 0;
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const [key, sum] = line.split(' ', 2);
    const json = line.slice((key?.length ?? 0) + (sum?.length ?? 0) + 2);
    const value = key && sum && checksum(json) === sum ? parseJson(json) : undefined;
    if (value !== undefined && isValue(value)) entries.set(key!, value);
    else dropped++;
  }
  return { entries, dropped };
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/** The text of a cache file holding `entries` (keys must contain no spaces or newlines). */
export function serializeCacheFile<T>(entries: ReadonlyMap<string, T>, name: string): string {
  return `${HEADER} ${CACHE_FILE_FORMAT} ${name}\n${serializeCacheLines(entries)}`;
}

/** The entry lines of `entries`, sorted by key, each ending in a newline: what a file appends. */
export function serializeCacheLines<T>(entries: ReadonlyMap<string, T>): string {
  const lines: string[] = [];
  for (const key of [...entries.keys()].sort()) {
    if (/[\s]/.test(key)) throw new Error(`cache key "${key}" contains white space`);
    const json = JSON.stringify(entries.get(key));
    lines.push(`${key} ${checksum(json)} ${json}\n`);
  }
  return lines.join('');
}

/**
 * A value as the cache will give it back on the next build: a JSON round trip. A build uses
 * this copy even when it has just computed the value, so a warm build and a cold one read
 * exactly the same data (no `undefined` fields or `-0` in one and not the other).
 */
export function asCached<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Looks values up by key and remembers which keys a build used, so the file written after the
 * build holds exactly the entries of the current content (stale ones drop out).
 */
export class KeyedCache<T> {
  private readonly stored: Map<string, T>;
  private readonly used = new Map<string, T>();
  private readonly computed = new Map<string, T>();
  private readonly appendable: boolean;
  /** How many lookups were answered from the stored file, and how many computed. */
  readonly stats = { hits: 0, misses: 0 };

  /**
   * @param stored The entries of the file.
   * @param appendable The file holds exactly `stored` under a valid header (nothing was dropped),
   *   so lines added to it make a valid file.
   */
  constructor(stored: Map<string, T> = new Map(), appendable = false) {
    this.stored = stored;
    this.appendable = appendable;
  }

  /** The stored value for `key`, else `compute()`'s value as the cache would return it (see asCached). */
  get(key: string, compute: () => T): T {
    const known = this.used.get(key) ?? this.stored.get(key);
    if (known !== undefined) {
      this.stats.hits++;
      this.used.set(key, known);
      return known;
    }
    this.stats.misses++;
    const value = asCached(compute());
    this.used.set(key, value);
    this.computed.set(key, value);
    return value;
  }

  /** The entries this build used: what the next build can reuse. */
  entriesUsed(): ReadonlyMap<string, T> {
    return this.used;
  }

  /** The entries this build computed (none of them was stored). */
  entriesComputed(): ReadonlyMap<string, T> {
    return this.computed;
  }

  /** True when the file on disk would change: something was computed or something went unused. */
  changed(): boolean {
    return this.computed.size > 0 || this.used.size !== this.stored.size;
  }

  /** True when the file needs only the computed entries added: it was whole and the build used all of it. */
  onlyAdded(): boolean {
    return this.appendable && this.used.size - this.computed.size === this.stored.size;
  }
}
