import { describe, expect, it } from 'vitest';
import { mergeAliasGroups } from './alias-groups.ts';
import { aliasBucket, ALIAS_BUCKETS, bucketAliasGroups, bucketsForQuery, joinBuckets } from './alias-buckets.ts';
import { expandQuery } from './expand-query.ts';

const groups = [
  ['Gnatov', 'Hnatov'],
  ['Volodymyr Zelensky', 'Zelenskyy'],
  ['Ørsted', 'Orsted'],
];

describe('alias buckets', () => {
  it('put a word in the bucket of its first letter, folded for case, and anything else in "other"', () => {
    expect(aliasBucket('Zelensky')).toBe('z');
    expect(aliasBucket('2025')).toBe('2');
    expect(aliasBucket('Ørsted')).toBe('other');
    expect(aliasBucket('“Umerov”')).toBe('u');
  });

  it('file a group under the first word of each of its spellings', () => {
    const buckets = bucketAliasGroups(groups);
    expect([...buckets.keys()]).toEqual(ALIAS_BUCKETS);
    expect(buckets.get('g')).toEqual([['Gnatov', 'Hnatov']]);
    expect(buckets.get('h')).toEqual([['Gnatov', 'Hnatov']]);
    expect(buckets.get('v')).toEqual([['Volodymyr Zelensky', 'Zelenskyy']]);
    expect(buckets.get('z')).toEqual([['Volodymyr Zelensky', 'Zelenskyy']]);
    expect(buckets.get('other')).toEqual([['Ørsted', 'Orsted']]);
    expect(buckets.get('x')).toEqual([]);
  });

  it('give a query every group it expands with', () => {
    const published = mergeAliasGroups(groups);
    const buckets = bucketAliasGroups(published);
    for (const query of ['met hnatov', 'Volodymyr Zelensky said', 'zelenskyy, Ørsted']) {
      const fetched = joinBuckets(bucketsForQuery(query).map((bucket) => buckets.get(bucket) ?? []));
      expect(expandQuery(query, fetched)).toEqual(expandQuery(query, published));
      expect(expandQuery(query, fetched).length).toBeGreaterThan(1);
    }
  });

  it('ask for each bucket once, none for an empty query', () => {
    expect(bucketsForQuery('Zelensky zelenskyy met Umerov')).toEqual(['m', 'u', 'z']);
    expect(bucketsForQuery('  ')).toEqual([]);
  });
});
