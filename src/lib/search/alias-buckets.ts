/**
 * Spelling groups split into small files by the first letter of their spellings, so a
 * search fetches only the groups its words can match: at 10,000 articles all groups are
 * 4.5 KB gzipped, a bucket a few hundred bytes. A group is relevant to a query only if
 * one of its spellings occurs in it as whole words (see expandQuery), so the query holds
 * that spelling's first word: the bucket of that word is the one to fetch.
 */
import type { AliasGroups } from './expand-query.ts';

/** Every bucket there is, so the site publishes each one (maybe empty) and no fetch is a 404. */
export const ALIAS_BUCKETS: readonly string[] = [...'0123456789abcdefghijklmnopqrstuvwxyz', 'other'];

/** The words of a text as expandQuery bounds them: runs of letters and digits, folded for case. */
function words(text: string): string[] {
  return text
    .toLocaleLowerCase('en')
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** The bucket a word belongs to: its first letter or digit when ASCII, `other` for the rest. */
export function aliasBucket(word: string): string {
  const first = words(word)[0]?.charAt(0) ?? '';
  return /^[0-9a-z]$/.test(first) ? first : 'other';
}

/** The buckets a query needs, one per distinct first letter of its words. */
export function bucketsForQuery(query: string): string[] {
  return [...new Set(words(query).map(aliasBucket))].sort();
}

/**
 * The groups of each bucket: a group is in the bucket of every spelling's first word.
 * Every bucket of ALIAS_BUCKETS is present; groups keep their order (mergeAliasGroups sorts them).
 */
export function bucketAliasGroups(groups: AliasGroups): Map<string, AliasGroups> {
  const buckets = new Map(ALIAS_BUCKETS.map((bucket) => [bucket, [] as AliasGroups]));
  for (const group of groups) {
    const keys = new Set(group.map(aliasBucket));
    for (const key of keys) buckets.get(key)!.push(group);
  }
  return buckets;
}

/**
 * The groups of several buckets as one list: each group once (a group sits in the bucket
 * of each of its spellings), in the order mergeAliasGroups publishes them, so a query
 * expands exactly as it would with every group.
 */
export function joinBuckets(buckets: AliasGroups[]): AliasGroups {
  const byKey = new Map(buckets.flat().map((group) => [group.join('\u0000'), group] as const));
  return [...byKey.values()].sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? '', 'en'));
}
