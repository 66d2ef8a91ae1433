/**
 * Near-misses of names the site knows: a reader who types "Yermack", "Umerow" or
 * "Rustam" meant Yermak, Umerov or Rustem. Pure and deterministic: the same query
 * and name list always give the same correction and the same suggestions.
 *
 * Distance is the optimal-string-alignment form of Damerau-Levenshtein (insert,
 * delete, substitute, swap two neighbours), computed only up to a bound, over
 * words folded to lower case without diacritics ("Zelenskyy" and "zelenskyý" are 0 apart).
 */

/** Lower case, no diacritics, NFC: the form names are compared in. */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .normalize('NFC');
}

/**
 * Edits a query word of this many letters may be from a name and still count as
 * that name. Short words get none: "Kiev" one edit away from "Kyiv" is an alias's
 * job, and four-letter words collide with too many others. Checked on the issue's
 * misspellings (Yermack, Umerow, Rustam: one edit each).
 */
export function editBudget(length: number): number {
  if (length < 5) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * Optimal-string-alignment distance between `a` and `b`, or `max + 1` as soon as
 * it is known to exceed `max` (so comparing a word against thousands of names stays cheap).
 */
export function boundedDistance(a: string, b: string, max: number): number {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > max) return max + 1;
  let before = new Array<number>(y.length + 1).fill(0);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = new Array<number>(y.length + 1).fill(0);
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  const distance = previous[y.length]!;
  return distance > max ? max + 1 : distance;
}

/** The words of a query or a name: runs of letters, digits, apostrophes and hyphens. */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/** The names' words, folded, each mapped to its spelling as the site writes it. */
function vocabulary(names: readonly string[]): Map<string, string> {
  const known = new Map<string, string>();
  for (const name of names) for (const word of words(name)) if (!known.has(foldName(word))) known.set(foldName(word), word);
  return known;
}

/** The known word closest to `word` within its edit budget; ties go to the alphabetically first, for determinism. */
function closestWord(word: string, known: Map<string, string>, budget: number): { word: string; distance: number } | undefined {
  let best: { word: string; distance: number; folded: string } | undefined;
  const folded = foldName(word);
  for (const [candidate, spelling] of known) {
    const distance = boundedDistance(folded, candidate, budget);
    if (distance > budget) continue;
    if (!best || distance < best.distance || (distance === best.distance && candidate < best.folded))
      best = { word: spelling, distance, folded: candidate };
  }
  return best && { word: best.word, distance: best.distance };
}

/**
 * The query with each word that is a near-miss of a known name's word replaced by
 * that word ("Yermack talks" → "Yermak talks"), or undefined when nothing changes.
 * Words the names contain exactly, and words with no name within their budget, stay.
 *
 * With `replaceKnown` (for when the corrected query still finds nothing), a known word
 * may give way to another known word nearby: "Rustam" is a word of a known alias
 * ("Rustam Umerov") that no article uses alone, while "Rustem" is in the articles.
 */
export function correctQuery(query: string, names: readonly string[], options: { replaceKnown?: boolean } = {}): string | undefined {
  const known = vocabulary(names);
  let changed = false;
  const corrected = query.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (word) => {
    const folded = foldName(word);
    if (known.has(folded) && !options.replaceKnown) return word;
    const others = options.replaceKnown ? new Map([...known].filter(([candidate]) => candidate !== folded)) : known;
    const closest = closestWord(word, others, editBudget([...word].length));
    if (!closest) return word;
    changed = true;
    return closest.word;
  });
  return changed ? corrected : undefined;
}

/** Most names a "nothing matches" message suggests. */
export const MAX_SUGGESTIONS = 5;

/**
 * Names the site knows that are closest to the query's words, for the "nothing
 * matches" state: a name qualifies when one of its words is within a third of the
 * query word's length in edits (at least one), closest first, then alphabetical.
 */
export function suggestNames(query: string, names: readonly string[], limit = MAX_SUGGESTIONS): string[] {
  const queryWords = words(query)
    .map(foldName)
    .filter((word) => [...word].length >= 3);
  if (queryWords.length === 0) return [];
  const scored: { name: string; distance: number }[] = [];
  for (const name of names) {
    let distance = Infinity;
    for (const nameWord of words(name).map(foldName)) {
      for (const word of queryWords) {
        const budget = Math.max(1, Math.floor([...word].length / 3));
        const d = boundedDistance(word, nameWord, budget);
        if (d <= budget) distance = Math.min(distance, d);
      }
    }
    if (distance < Infinity) scored.push({ name, distance });
  }
  const seen = new Set<string>();
  return scored
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name, 'en'))
    .filter(({ name }) => !seen.has(foldName(name)) && seen.add(foldName(name)))
    .slice(0, limit)
    .map(({ name }) => name);
}
