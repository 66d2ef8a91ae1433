import type { EntityRegistry } from '../entities/registry.ts';
import type { EntityKind, Mention } from '../entities/types.ts';
import type { Speaker } from './types.ts';

/** What a phrase in subject position names. */
export type Subject =
  | { kind: 'speaker'; speaker: Speaker; entityKind?: EntityKind }
  /** "the publication", "the report": the article is quoting another outlet's prose. */
  | { kind: 'publication' };

/** The article text and its mentions outside quotations. */
export interface SubjectContext {
  text: string;
  registry: EntityRegistry;
  /** Mentions outside quotations, sorted by position. */
  mentions: readonly Mention[];
}

/** Words that may stand between a subject and its verb: "Rubio also said", "He later described". */
const TRAILING_ADVERBS =
  /\s+(?:also|later|then|again|further|previously|earlier|repeatedly|reportedly|once|first|separately|publicly|privately|simply|just|recently|has|had|have|was|were|is|would|will|had\s+earlier)$/u;

const PUBLICATION =
  /\b(?:the|this|that)\s+(?:publication|report|outlet|newspaper|agency|article|media|website|site|paper|magazine|edition)$/iu;
const PRONOUN = /(?:^|[\s,;:—–(])(?:he|she)$/iu;
/** An appositive between a name and its verb: "Umerov, the chief negotiator, said". */
const APPOSITIVE = /^\s*,[^,“”"]{1,80},?\s*$/u;

/** Nouns that head a description of an unnamed source. */
const SOURCE_HEADS = new Set(
  (
    'official officials source sources diplomat diplomats spokesperson spokespeople spokesman spokeswoman aide aides ' +
    'adviser advisers advisor advisors insider insiders representative representatives member members officer ' +
    'officers envoy envoys negotiator negotiators lawmaker lawmakers analyst analysts expert experts person people ' +
    'participant participants delegate delegates commander commanders minister ministers'
  ).split(' '),
);
const DETERMINERS = new Set(['the', 'a', 'an', 'one', 'another', 'two', 'three', 'four', 'several', 'some', 'many', 'other']);
/** Words that cannot be inside a source description before its head. */
const BREAKERS = new Set(
  'and or but that which who while as when where if to with from by for at on in of about after before during than via said told'.split(
    ' ',
  ),
);
/** What may follow the head: "a source close to the Ukrainian delegation". */
const POSTMODIFIER =
  /^(?:close to|familiar with|with knowledge of|briefed on|involved in|from|in|at|of|for|inside|within|on)\s+[^,.;:!?“”"]{1,60}$/u;
const MAX_WORDS_BEFORE_HEAD = 5;

/**
 * Resolve the phrase text[from, to) (the words right before a speech verb, or
 * right after an inverted one) to who is speaking. In order:
 * 1. a reference to a publication ("the publication") → publication;
 * 2. a pronoun (he/she) → the person mentioned last before it, outside quotations;
 * 3. a person or organisation named right before the verb (an appositive may
 *    intervene; a possessive "Trump’s" is a modifier, not the subject);
 * 4. a description of an unnamed source ending in a noun such as "official";
 * 5. a place named right before the verb ("Washington said"), as metonymy.
 * Returns null when none applies.
 */
export function resolveSubject(context: SubjectContext, from: number, to: number): Subject | null {
  let phrase = context.text.slice(from, to).replace(/[\s,—–-]+$/u, '');
  for (let previous = ''; previous !== phrase;) {
    previous = phrase;
    phrase = phrase.replace(TRAILING_ADVERBS, '');
  }
  const end = from + phrase.length;
  if (PUBLICATION.test(phrase)) return { kind: 'publication' };
  if (PRONOUN.test(phrase)) return resolvePronoun(context, end);

  const mentions = context.mentions.filter((mention) => mention.start >= from && mention.end <= end && !mention.possessive);
  const last = mentions.at(-1);
  const lastEntity = last === undefined ? undefined : context.registry.get(last.entityId);
  const remaining = last === undefined ? '' : context.text.slice(last.end, end);
  if (last !== undefined && lastEntity !== undefined && lastEntity.kind !== 'place') {
    if (remaining.trim() === '' || APPOSITIVE.test(remaining)) {
      return { kind: 'speaker', speaker: { kind: 'entity', entityId: last.entityId }, entityKind: lastEntity.kind };
    }
  }
  const description = describeSource(phrase);
  if (description !== null) return { kind: 'speaker', speaker: { kind: 'anonymous', description } };
  if (last !== undefined && lastEntity?.kind === 'place' && remaining.trim() === '') {
    return { kind: 'speaker', speaker: { kind: 'entity', entityId: last.entityId }, entityKind: 'place' };
  }
  return null;
}

function resolvePronoun(context: SubjectContext, position: number): Subject | null {
  for (let index = context.mentions.length - 1; index >= 0; index -= 1) {
    const mention = context.mentions[index];
    if (mention === undefined || mention.end > position) continue;
    if (context.registry.get(mention.entityId)?.kind === 'person') {
      return { kind: 'speaker', speaker: { kind: 'entity', entityId: mention.entityId }, entityKind: 'person' };
    }
  }
  return null;
}

/**
 * The description of an unnamed source at the end of `phrase`, as written:
 * up to five words before a head noun, cut after the last word that cannot be
 * part of it and started at the last determiner ("one Ukrainian official",
 * "A source close to the Ukrainian delegation"). Null if there is none.
 */
export function describeSource(phrase: string): string | null {
  const words = [...phrase.matchAll(/\S+/gu)].map((match) => ({ word: match[0], index: match.index }));
  for (let head = words.length - 1; head >= 0; head -= 1) {
    const headWord = words[head];
    if (headWord === undefined || !SOURCE_HEADS.has(headWord.word.toLowerCase())) continue;
    const after = phrase.slice(headWord.index + headWord.word.length).trim();
    if (after !== '' && !POSTMODIFIER.test(after)) continue;
    let start = head;
    for (let index = head - 1; index >= 0 && head - index <= MAX_WORDS_BEFORE_HEAD; index -= 1) {
      const word = words[index]?.word ?? '';
      const bare = word.toLowerCase();
      if (/[,;:—–(]$/u.test(word) || BREAKERS.has(bare)) break;
      start = index;
      if (DETERMINERS.has(bare)) break;
    }
    const first = words[start];
    return first === undefined ? null : phrase.slice(first.index).trim();
  }
  return null;
}
