import { describe, expect, it } from 'vitest';
import {
  asCached,
  canonicalJson,
  fingerprint,
  KeyedCache,
  parseCacheFile,
  serializeCacheFile,
  serializeCacheLines,
} from './keyed-cache.ts';

const isNumberList = (value: unknown): value is number[] => Array.isArray(value) && value.every((n) => typeof n === 'number');

describe('fingerprint', () => {
  it('ignores the order object keys were set in, at every depth', () => {
    expect(fingerprint({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(fingerprint({ b: { d: 'x', c: [1, 2] }, a: 1 }));
    expect(canonicalJson({ b: 1, a: { d: 1, c: 2 } })).toBe('{"a":{"c":2,"d":1},"b":1}');
  });

  it('changes with any value, and with the order of a list', () => {
    const base = fingerprint({ aliases: ['Hnatov', 'Gnatov'] });
    expect(fingerprint({ aliases: ['Gnatov', 'Hnatov'] })).not.toBe(base);
    expect(fingerprint({ aliases: ['Hnatov', 'Gnatov', 'Hnatow'] })).not.toBe(base);
    expect(fingerprint({ aliases: ['Hnatov', 'Gnatov'] })).toBe(base);
  });
});

describe('cache file', () => {
  const entries = new Map([
    ['b2', [3, 4]],
    ['a1', [1, 2]],
  ]);

  it('round-trips its entries, written in key order whatever the insertion order', () => {
    const text = serializeCacheFile(entries, 'numbers');
    expect(
      text
        .split('\n')
        .slice(1, 3)
        .map((line) => line.split(' ')[0]),
    ).toEqual(['a1', 'b2']);
    expect(parseCacheFile(text, 'numbers', isNumberList)).toEqual({ entries: new Map([...entries].sort()), dropped: 0 });
  });

  it('drops a damaged line and keeps the others', () => {
    const lines = serializeCacheFile(entries, 'numbers').split('\n');
    const damaged = [lines[0], lines[1]!.replace('[1,2]', '[1,9]'), lines[2]].join('\n');
    expect(parseCacheFile(damaged, 'numbers', isNumberList)).toEqual({ entries: new Map([['b2', [3, 4]]]), dropped: 1 });
    const truncated = [lines[0], lines[1]!.slice(0, -3), lines[2]].join('\n');
    expect(parseCacheFile(truncated, 'numbers', isNumberList).entries).toEqual(new Map([['b2', [3, 4]]]));
  });

  it('reads a file with lines appended to it as one cache', () => {
    const text = serializeCacheFile(entries, 'numbers') + serializeCacheLines(new Map([['a0', [0]]]));
    expect(parseCacheFile(text, 'numbers', isNumberList)).toEqual({ entries: new Map([...entries, ['a0', [0]]]), dropped: 0 });
  });

  it('drops an entry of the wrong shape even when its checksum is right', () => {
    const text = serializeCacheFile(new Map<string, unknown>([['a1', { not: 'a list' }]]), 'numbers');
    expect(parseCacheFile(text, 'numbers', isNumberList)).toEqual({ entries: new Map(), dropped: 1 });
  });

  it('ignores a whole file of another cache, another format, or no header', () => {
    const text = serializeCacheFile(entries, 'numbers');
    expect(parseCacheFile(text, 'letters', isNumberList).entries.size).toBe(0);
    expect(parseCacheFile(text.replace(/^crosscheck-cache 1/, 'crosscheck-cache 0'), 'numbers', isNumberList).entries.size).toBe(0);
    expect(parseCacheFile('\u0000\u0001garbage', 'numbers', isNumberList).entries.size).toBe(0);
    expect(parseCacheFile('', 'numbers', isNumberList).entries.size).toBe(0);
  });
});

describe('KeyedCache', () => {
  it('answers from the stored entries and computes only what is missing', () => {
    const cache = new KeyedCache(new Map([['a1', [1, 2]]]));
    let computed = 0;
    expect(cache.get('a1', () => (computed++, [0]))).toEqual([1, 2]);
    expect(cache.get('c3', () => (computed++, [5]))).toEqual([5]);
    expect(computed).toBe(1);
    expect(cache.stats).toEqual({ hits: 1, misses: 1 });
    expect(cache.changed()).toBe(true);
  });

  it('keeps only the entries the build used, so stale ones drop out of the next file', () => {
    const cache = new KeyedCache(
      new Map([
        ['old', [0]],
        ['a1', [1]],
      ]),
    );
    cache.get('a1', () => [9]);
    expect([...cache.entriesUsed().keys()]).toEqual(['a1']);
    expect(cache.changed()).toBe(true);
  });

  it('is unchanged when every stored entry was used and nothing computed', () => {
    const cache = new KeyedCache(new Map([['a1', [1]]]));
    cache.get('a1', () => [9]);
    expect(cache.changed()).toBe(false);
  });

  it('asks only for the computed entries to be added when the build used the whole file', () => {
    const cache = new KeyedCache(new Map([['a1', [1]]]), true);
    cache.get('a1', () => [9]);
    cache.get('b2', () => [2]);
    expect(cache.onlyAdded()).toBe(true);
    expect([...cache.entriesComputed()]).toEqual([['b2', [2]]]);
  });

  it('asks for the file written whole when an entry went unused or the file was not whole', () => {
    const unused = new KeyedCache(
      new Map([
        ['old', [0]],
        ['a1', [1]],
      ]),
      true,
    );
    unused.get('a1', () => [9]);
    unused.get('b2', () => [2]);
    expect(unused.onlyAdded()).toBe(false);
    const damaged = new KeyedCache(new Map([['a1', [1]]]), false);
    damaged.get('a1', () => [9]);
    damaged.get('b2', () => [2]);
    expect(damaged.onlyAdded()).toBe(false);
  });

  it('hands out a computed value as a later build will read it back (a JSON round trip)', () => {
    const cache = new KeyedCache<{ n: number; missing?: string }>();
    const value = cache.get('k', () => ({ n: -0, missing: undefined }));
    expect(value).toStrictEqual({ n: 0 });
    expect(Object.is(value.n, -0)).toBe(false);
    expect(asCached({ n: -0 })).toStrictEqual(value);
  });
});
