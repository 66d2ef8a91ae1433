/**
 * Who a claim's opening pronoun stands for, read off the sentence before it, the way a reader
 * would, and only where that sentence leaves one reading:
 *
 * - "He" / "She" / "His" / "Her": the one person named in the sentence before as a possible
 *   subject (outside quotations, not the object of a preposition such as "with Witkoff", not a
 *   possessive such as "Trump’s adviser"), and not named again in the claim itself
 *   ("He told Umerov…" is not Umerov);
 * - "They" before a speech verb ("They described…", "They said…"): people who speak, so either
 *   the persons the sentence before names as one coordination ("Umerov and Hnatov") or the one
 *   group of people it describes ("two Ukrainian officials", "the Ukrainian delegation").
 *
 * Anything else (two candidates, "They were held…", "It", "We" outside a quotation) is left
 * unresolved: the caller then shows the sentence before as context. A wrong name is worse
 * than none, so every rule refuses rather than guesses.
 */
import type { EntityRegistry } from '../entities/registry.ts';
import { findQuoteSpans, insideQuote } from '../text/quote-spans.ts';
import { SPEECH_VERBS } from '../text/speech-verbs.ts';
import { TITLE_WORDS } from '../text/word-lists.ts';

/** A person named in a text, with offsets into that text. */
export interface NamedPerson {
  /** The entity (see src/lib/entities). */
  entityId: string;
  start: number;
  end: number;
  /** True for "Trump’s": a modifier, not a subject. */
  possessive: boolean;
}

/** What the resolver reads: the claim, the sentence before it and the people each names. */
export interface PronounContext {
  /** The claim as shown, opening with the pronoun. */
  claim: string;
  /** People named in the claim. */
  claimPeople: readonly NamedPerson[];
  /** The sentence before the claim, a quotation kept whole with its attribution. */
  previous: string;
  /** People named in `previous`. */
  previousPeople: readonly NamedPerson[];
  /** The display name of an entity. */
  nameOf: (entityId: string) => string | undefined;
}

/** The people a registry finds in a text: what a FactSource's `peopleIn` gives. */
export function peopleFinder(registry: EntityRegistry): (text: string) => NamedPerson[] {
  return (text) =>
    registry
      .findMentions(text)
      .filter((mention) => registry.get(mention.entityId)?.kind === 'person')
      .map(({ entityId, start, end, possessive }) => ({ entityId, start, end, possessive }));
}

const PERSONAL = /^(He|She|His|Her)\b/u;
const PLURAL = /^They\b\s+(?:(?:also|later|then|again|further|earlier|separately|both|all)\s+)?(\p{L}+)/u;
const SPEECH = new Set(SPEECH_VERBS);

/** Words before a name that make it an object, not a subject: "a session with Witkoff". */
const PREPOSITIONS = new Set(
  'with to by for from of about against between among at on in into toward towards than via like and or nor beside besides including'.split(
    ' ',
  ),
);

/**
 * Plural or collective nouns for people who speak, heads of a group a "They" can stand for.
 * The plural heads of unnamed sources in src/lib/quotes/resolve-subject.ts, with the collective
 * nouns news uses for a negotiating side.
 */
const GROUP_HEADS = new Set(
  (
    'officials sources diplomats spokespeople aides advisers advisors insiders representatives members officers ' +
    'envoys negotiators lawmakers analysts experts participants delegates commanders ministers leaders ' +
    'delegation delegations team teams sides'
  ).split(' '),
);
/** Words that open a group description; kept as written after "the". */
const GROUP_DETERMINERS = new Set(['the', 'a', 'an', 'one', 'both', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'other']);
/** Determiners a bracket replaces with "The": "[The officials]" for "several officials". */
const INDEFINITE = new Set(['the', 'a', 'an', 'one', 'some', 'several', 'many']);
/** Words that cannot be inside a group description before its head (they end the phrase). */
const GROUP_BREAKERS = new Set(
  'and or but that which who while as when where if to with from by for at on in of about after before during than via said told citing according their its his her our'.split(
    ' ',
  ),
);
/** Lower-case words that describe a group of officials: "two senior US officials". */
const GROUP_MODIFIERS = new Set(
  'senior top unnamed anonymous negotiating military government administration security foreign defence defense intelligence western european american russian ukrainian'.split(
    ' ',
  ),
);
const MAX_GROUP_MODIFIERS = 4;

/**
 * The claim with its opening pronoun replaced by a bracketed name ("[Rustem Umerov] then
 * called…"), or undefined when the sentence before does not make the pronoun clear.
 */
export function resolveOpeningPronoun(context: PronounContext): string | undefined {
  const personal = PERSONAL.exec(context.claim);
  if (personal !== null) {
    const person = soleSubject(context.previous, context.previousPeople);
    if (person === undefined || context.claimPeople.some((named) => named.entityId === person)) return undefined;
    const name = context.nameOf(person);
    if (name === undefined) return undefined;
    const possessive = personal[1] === 'His' || personal[1] === 'Her';
    return `[${name}${possessive ? '’s' : ''}]${context.claim.slice(personal[1]!.length)}`;
  }
  const plural = PLURAL.exec(context.claim);
  if (plural === null || !SPEECH.has(plural[1]!)) return undefined;
  const group = speakingGroup(context.previous, context.previousPeople, context.nameOf);
  return group === undefined ? undefined : `[${group}]${context.claim.slice('They'.length)}`;
}

/** People named outside quotations, in order. */
function peopleOutsideQuotations(text: string, people: readonly NamedPerson[]): NamedPerson[] {
  const spans = findQuoteSpans(text);
  return [...people].filter((person) => !insideQuote(spans, person.start)).sort((a, b) => a.start - b.start);
}

/** The word before `offset`, skipping titles ("with special envoy Steve Witkoff" → "with"). */
function wordBefore(text: string, offset: number): string {
  const words = text.slice(0, offset).split(/[^\p{L}\p{N}’'.-]+/u);
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const word = words[index]!.replace(/\.$/u, '');
    if (word === '') {
      // A comma or dash between: "…, Umerov held" — the name opens a clause.
      if (/[,;:—–(]\s*$/u.test(text.slice(0, offset))) return ',';
      continue;
    }
    if (TITLE_WORDS.has(word.toLowerCase()) || /^(?:of|the|US|U\.S|State)$/u.test(word)) continue;
    return word.toLowerCase();
  }
  return '';
}

/** The one person `text` names where a subject can stand; undefined for none or several. */
function soleSubject(text: string, people: readonly NamedPerson[]): string | undefined {
  const candidates = new Set<string>();
  for (const person of peopleOutsideQuotations(text, people)) {
    if (person.possessive || PREPOSITIONS.has(wordBefore(text, person.start))) continue;
    candidates.add(person.entityId);
  }
  if (candidates.size !== 1) return undefined;
  const [only] = candidates;
  // The subject joined by "and" to another person is two people: "Rubio and Witkoff met…".
  const named = peopleOutsideQuotations(text, people);
  const coordinated = named.some(
    (person, index) => index > 0 && named[index - 1]!.entityId === only && wordBefore(text, person.start) === 'and',
  );
  return coordinated ? undefined : only;
}

/** The people a "They" that speaks stands for in `text`, as the bracket shows them. */
function speakingGroup(text: string, people: readonly NamedPerson[], nameOf: (id: string) => string | undefined): string | undefined {
  // People named only as objects or modifiers ("a delegation led by Umerov") are not who speaks.
  const named = peopleOutsideQuotations(text, people);
  const subjects = named.filter((person) => !person.possessive && !PREPOSITIONS.has(wordBefore(text, person.start)));
  if (subjects.length > 0)
    return coordinatedNames(
      text,
      named.filter((person) => !person.possessive),
      nameOf,
    );
  const groups = groupDescriptions(maskQuotations(text));
  if (groups.length !== 1) return undefined;
  const group = groups[0]!;
  const [first = '', ...rest] = group.split(' ');
  const bare = first.toLowerCase();
  const opening = INDEFINITE.has(bare) ? 'The' : bare === 'both' ? 'Both' : `The ${first}`;
  return [opening, ...rest].join(' ');
}

/** "[Rustem Umerov and Andriy Hnatov]" when the people named are one list and nothing else. */
function coordinatedNames(text: string, people: readonly NamedPerson[], nameOf: (id: string) => string | undefined): string | undefined {
  const ids = [...new Set(people.map((person) => person.entityId))];
  if (ids.length < 2 || ids.length !== people.length) return undefined;
  if (PREPOSITIONS.has(wordBefore(text, people[0]!.start))) return undefined;
  for (let index = 1; index < people.length; index += 1) {
    const between = text.slice(people[index - 1]!.end, people[index]!.start);
    // Only a comma or "and", and titles: "Rubio and special envoy Steve Witkoff".
    const words = between
      .replace(/^\s*(?:,\s*and|,|and)\s+/u, '')
      .trim()
      .split(/\s+/u)
      .filter((word) => word !== '');
    if (!/^\s*(?:,\s*and|,|and)\s/u.test(between) || words.some((word) => !TITLE_WORDS.has(word.toLowerCase()) && word !== 'of')) {
      return undefined;
    }
  }
  const names = ids.map(nameOf);
  if (names.some((name) => name === undefined)) return undefined;
  return names.length === 2 ? `${names[0]} and ${names[1]}` : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The text with every quotation blanked out (same length, so offsets hold). */
function maskQuotations(text: string): string {
  let masked = text;
  for (const span of findQuoteSpans(text)) {
    masked = masked.slice(0, span.start) + ' '.repeat(span.end - span.start) + masked.slice(span.end);
  }
  return masked;
}

/** Descriptions of groups of people, as written: "two Ukrainian officials", "the Ukrainian delegation". */
export function groupDescriptions(text: string): string[] {
  const words = [...text.matchAll(/[\p{L}\p{N}’'-]+|[^\s\p{L}\p{N}’'-]/gu)].map((match) => match[0]);
  const found: string[] = [];
  words.forEach((word, head) => {
    if (!GROUP_HEADS.has(word)) return;
    let start = head;
    for (let index = head - 1; index >= 0 && head - index <= MAX_GROUP_MODIFIERS; index -= 1) {
      const before = words[index]!;
      const bare = before.toLowerCase();
      // Only what describes people may stand before the head: a nationality or name ("Ukrainian",
      // "US"), a rank ("senior"), a number; a verb or a possessive ("met", "Putin’s") ends it.
      if (!/^\p{L}/u.test(before) || GROUP_BREAKERS.has(bare) || /['’]s?$/u.test(before)) break;
      if (!GROUP_DETERMINERS.has(bare) && !GROUP_MODIFIERS.has(bare) && !/^\p{Lu}/u.test(before)) break;
      start = index;
      if (GROUP_DETERMINERS.has(bare)) break;
    }
    // A bare "officials" or "people" says too little to name anyone.
    if (start === head) return;
    found.push(words.slice(start, head + 1).join(' '));
  });
  return found;
}
