/**
 * Title Case detection: "Bachelor Finale: Juan Pablo Makes His Decision" capitalizes every
 * word, so its capitals say nothing about which words are names. Headlines are often set so,
 * and a feed item or wire brief whose body is its headline brings that style into the body.
 */

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
/** Words this short are left lower case by most Title Case styles ("of", "in", "and", "the"). */
const MIN_LENGTH = 4;
/**
 * At least this many long words after the first: "Marco Rubio met Sergei Lavrov." is a
 * sentence, not a title, though all its long words are capitalized.
 */
const MIN_WORDS = 4;

/**
 * True when every word of four letters or more after the first starts with a capital. One
 * lower-case word is enough to tell a sentence full of names ("Delegations led by Secretary
 * Marco Rubio and Minister Sergei Lavrov arrived on Sunday") from a title.
 */
export function isTitleCase(text: string): boolean {
  const words =
    text
      .match(WORD)
      ?.slice(1)
      .filter((word) => word.length >= MIN_LENGTH) ?? [];
  return words.length >= MIN_WORDS && words.every((word) => /^\p{Lu}/u.test(word));
}
