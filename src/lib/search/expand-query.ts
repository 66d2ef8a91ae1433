/**
 * Spelling variants for search: outlets transliterate names differently
 * (Zelensky, Zelenskyy, Zelenskiy), and a reader should find every article
 * whichever spelling they type. The variants come from data (the alias file
 * and the entity registry); this module only expands a query with them.
 */

/** Groups of interchangeable spellings, each a list of words or phrases. */
export type AliasGroups = string[][];

const fold = (text: string) => text.toLocaleLowerCase('en').normalize('NFC');

/** Most expanded queries run for one search; more variants than this are dropped. */
export const MAX_VARIANTS = 10;

const wordCount = (text: string) => text.trim().split(/\s+/).length;

/**
 * Every version of `query` with each known spelling swapped for its variants,
 * the reader's own query first. Only whole words are swapped; multi-word
 * spellings ("Vladimir Putin") match as phrases within the query.
 */
export function expandQuery(query: string, groups: AliasGroups): string[] {
  const variants = [query.trim()];
  if (!variants[0]) return [];
  for (const group of groups) {
    for (const current of [...variants]) {
      const folded = fold(current);
      const found = group.find((spelling) =>
        new RegExp(`(^|[^\\p{L}\\p{N}])${escape(fold(spelling))}($|[^\\p{L}\\p{N}])`, 'u').test(folded),
      );
      if (!found) continue;
      const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escape(found)}(?=$|[^\\p{L}\\p{N}])`, 'giu');
      // Shortest spellings first: they find the most. A longer form that contains the
      // reader's word ("Volodymyr Zelenskyy" for "Zelenskyy") can only find fewer: skip it.
      const spellings = [...group].sort((a, b) => wordCount(a) - wordCount(b) || a.length - b.length || a.localeCompare(b));
      for (const spelling of spellings) {
        if (fold(spelling) === fold(found)) continue;
        if (pattern.test(spelling)) {
          pattern.lastIndex = 0;
          continue;
        }
        pattern.lastIndex = 0;
        const swapped = current.replace(pattern, (_match, before: string) => `${before}${spelling}`);
        if (!variants.some((v) => fold(v) === fold(swapped))) variants.push(swapped);
        if (variants.length >= MAX_VARIANTS) return variants;
      }
    }
  }
  return variants;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
