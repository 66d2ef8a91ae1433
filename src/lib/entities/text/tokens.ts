import { stemmer } from 'stemmer';

/*
 * Word tokens for comparing two wordings of the same statement: case and
 * punctuation folded, contractions spelled out, words stemmed, so that
 * "there's a good chance" and "there is a strong chance" share most tokens.
 */

/** Contractions outlets and translators use interchangeably with the full form. */
const CONTRACTIONS: readonly [RegExp, string][] = [
  [/\bwon't\b/gu, 'will not'],
  [/\bcan't\b/gu, 'can not'],
  [/n't\b/gu, ' not'],
  [/'ll\b/gu, ' will'],
  [/'re\b/gu, ' are'],
  [/'ve\b/gu, ' have'],
  [/'m\b/gu, ' am'],
  [/'d\b/gu, ' would'],
  // 's is "is" after pronouns and there/here; elsewhere it is a possessive and goes.
  [/\b(it|that|there|here|what|who|he|she|where|how)'s\b/gu, '$1 is'],
  [/'s\b/gu, ''],
];

/** Lower-cased words with straight apostrophes, contractions expanded, no punctuation. */
export function words(text: string): string[] {
  let folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/gu, "'");
  for (const [pattern, replacement] of CONTRACTIONS) folded = folded.replace(pattern, replacement);
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Stemmed words of `text`, in order. */
export function stemmedTokens(text: string): string[] {
  return words(text).map((word) => stemmer(word));
}

/**
 * Dice coefficient of two token multisets: 2·|A∩B| / (|A|+|B|), in [0, 1].
 * Multisets, so a word repeated in both counts twice; 0 for two empty inputs.
 */
export function diceSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of b) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      shared += 1;
      counts.set(token, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** Function words that say nothing about what a sentence is about. */
const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of to in on at by for with from into onto over under about after before ' +
    'between during through toward towards against without within near than as that this these those there here ' +
    'it its is are was were be been being am has have had do does did will would shall should can could may might ' +
    'must not no he she they we you i him her them us me his hers their our your my who whom whose which what when ' +
    'where why how also then just only very more most some any all each both either neither other such own same ' +
    'up down out off again further once'
  ).split(' '),
);

/** Stemmed words of `text` without function words: what it is about. */
export function contentTokens(text: string): string[] {
  return words(text)
    .filter((word) => !STOPWORDS.has(word))
    .map((word) => stemmer(word));
}
