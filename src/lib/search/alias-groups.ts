import type { AliasGroups } from './expand-query.ts';

const fold = (text: string) => text.toLocaleLowerCase('en');

/**
 * One list of spelling groups from several sources (the alias file, the entity
 * registry): groups that share a spelling are joined, duplicates dropped, and
 * the result sorted so the published JSON is the same on every build.
 */
export function mergeAliasGroups(...sources: AliasGroups[]): AliasGroups {
  const merged: Map<string, string>[] = [];
  for (const group of sources.flat()) {
    const spellings = new Map(group.map((spelling) => [fold(spelling.trim()), spelling.trim()] as const).filter(([key]) => key !== ''));
    const overlapping = merged.filter((existing) => [...spellings.keys()].some((key) => existing.has(key)));
    const target = overlapping[0] ?? new Map<string, string>();
    for (const other of overlapping.slice(1)) {
      for (const [key, value] of other) target.set(key, value);
      merged.splice(merged.indexOf(other), 1);
    }
    for (const [key, value] of spellings) if (!target.has(key)) target.set(key, value);
    if (overlapping.length === 0) merged.push(target);
  }
  return merged
    .filter((group) => group.size > 1)
    .map((group) => [...group.values()].sort((a, b) => a.localeCompare(b, 'en')))
    .sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? '', 'en'));
}

/**
 * Every spelling in the groups once (folded for case), sorted: the list near-miss
 * correction reads. Unlike the merged groups it keeps names with a single spelling.
 */
export function knownNames(...sources: AliasGroups[]): string[] {
  const byFolded = new Map<string, string>();
  for (const spelling of sources.flat(2)) {
    const trimmed = spelling.trim();
    if (trimmed !== '' && !byFolded.has(fold(trimmed))) byFolded.set(fold(trimmed), trimmed);
  }
  return [...byFolded.values()].sort((a, b) => a.localeCompare(b, 'en'));
}
