import { STOPWORDS, TITLE_WORDS } from '../text/word-lists.ts';

/** A word as the word lists hold it: lower case, no possessive. */
const listForm = (word: string) => word.toLowerCase().replace(/['’]s$/u, '');

/**
 * Why a spelling is a common word rather than a name, or `undefined`: every
 * word of it is a stop word ("the", "said", "according to"), or it is one
 * title ("President"), from the analysis word lists. Several capitalised
 * title words make a name ("National Security Council"). An all-capitals acronym is a name even when its
 * letters spell a word ("US", "WHO").
 */
export function commonWordProblem(spelling: string): string | undefined {
  if (!/\p{Ll}/u.test(spelling) && /\p{Lu}/u.test(spelling)) return undefined;
  const words = spelling.split(/[^\p{L}\p{N}\p{M}'’]+/u).filter(Boolean);
  const common =
    words.every((word) => STOPWORDS.has(listForm(word))) || (words.length === 1 && TITLE_WORDS.has(listForm(words[0] ?? '')));
  return common ? `"${spelling}" is a common word or title, not a name: it would match every "${spelling}" in every article` : undefined;
}

/**
 * Why a spelling cannot be an entity alias, or `undefined` when it can. The
 * mention matcher links every occurrence of an alias in every article, and the
 * quote extractor credits quotes to it, so an alias must be a name:
 * - at least two letters or digits, one of them a letter;
 * - not made only of common words or titles (see commonWordProblem; matching
 *   is case-sensitive, so the acronym "US" never matches the pronoun "us");
 * - capitalised somewhere when its script has capitals ("al-Assad", "iPhone"
 *   are names; "kremlin" is not). Scripts without case (Arabic, Chinese) pass.
 */
export function aliasProblem(alias: string): string | undefined {
  const characters = alias.match(/[\p{L}\p{N}]/gu) ?? [];
  if (characters.length < 2 || !/\p{L}/u.test(alias)) return `"${alias}" is not a name: an alias needs at least two letters`;
  const common = commonWordProblem(alias);
  if (common !== undefined) return common;
  if (/\p{Ll}/u.test(alias) && !/[\p{Lu}\p{Lt}]/u.test(alias)) {
    return `"${alias}" does not look like a name: write it capitalised, as articles print it`;
  }
  return undefined;
}
