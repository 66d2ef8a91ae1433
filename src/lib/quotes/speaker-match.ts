import { stem, words } from '../text/tokens.ts';
import type { Speaker } from './types.ts';

/** Words that only say how many or which: "one", "the", "a" Ukrainian official are the same kind of source. */
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'some', 'this', 'that']);

/** Descriptions already reduced to terms: the same few descriptions are compared thousands of times. */
const termsByDescription = new Map<string, ReadonlySet<string>>();

/** Stemmed content words of an anonymous description: "one Ukrainian official" → {ukrainian, offici}. */
function descriptionTerms(description: string): ReadonlySet<string> {
  let terms = termsByDescription.get(description);
  if (terms === undefined) {
    terms = new Set(
      words(description)
        .filter((word) => !DETERMINERS.has(word))
        .map(stem),
    );
    termsByDescription.set(description, terms);
  }
  return terms;
}

function isSubset(small: ReadonlySet<string>, large: ReadonlySet<string>): boolean {
  for (const term of small) if (!large.has(term)) return false;
  return true;
}

/**
 * True when two speakers may be the same source: the same entity, or two
 * anonymous descriptions where one is a more specific form of the other
 * ("one Ukrainian official" / "the Ukrainian official" / "a Ukrainian official";
 * "a US official" / "a senior US official"). A named and an anonymous speaker
 * never match: that they are one person would be a guess.
 */
export function speakersCompatible(a: Speaker, b: Speaker): boolean {
  if (a.kind === 'entity' || b.kind === 'entity') {
    return a.kind === 'entity' && b.kind === 'entity' && a.entityId === b.entityId;
  }
  const termsA = descriptionTerms(a.description);
  const termsB = descriptionTerms(b.description);
  if (termsA.size === 0 || termsB.size === 0) return false;
  return isSubset(termsA, termsB) || isSubset(termsB, termsA);
}

/** A short stable key for a speaker: the entity id, or the description's content words. */
export function speakerKey(speaker: Speaker): string {
  if (speaker.kind === 'entity') return speaker.entityId;
  return words(speaker.description)
    .filter((word) => !DETERMINERS.has(word))
    .join('-');
}
