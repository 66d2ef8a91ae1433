/**
 * An event as a short line taken from its sentence: the clause that carries the date, without
 * the attribution ("According to Ukrainian officials,", ", the publication writes"), a leading
 * connective ("Meanwhile,") or a tail that says something else (", hoping to…", ", and
 * Zelenskyy wanted…"). Extractive: every word is the sentence's, in its order; a cut inside
 * the sentence is marked "…", a pronoun subject is named as the claims name it ("[Rubio]"),
 * and quotation marks are balanced. Also who (people, organisations) and where (places; a
 * country only when no narrower place is named) the line names, by registry id.
 */
import type { EntityRegistry } from '../entities/registry.ts';
import type { Mention } from '../entities/types.ts';
import { balanceQuotationMarks } from '../text/quote-marks.ts';
import { SPEECH_VERB_SOURCE } from '../text/speech-verbs.ts';
import { STOPWORDS } from '../text/word-lists.ts';

/**
 * Lengths of a line in characters. Tails after the date (a purpose: "to provide a more detailed
 * report") go only while the line is longer than TARGET; a line still longer than MAX is cut at
 * a word around the date. The seed articles' 17 event lines measure 47–134 characters (median 83).
 */
export const LINE_LENGTH = { target: 110, max: 140 } as const;

/** A half-open range of a sentence, in UTF-16 offsets. */
export interface SentenceRange {
  start: number;
  end: number;
}

/** What eventLineOf reads. */
export interface EventLineInput {
  /** The whole sentence, as the text layer gives it. */
  sentence: string;
  /** The date expression in `sentence`. */
  expression: SentenceRange;
  /** The date expressions before and after this one in the sentence, if any: the line keeps to its own part. */
  previous?: SentenceRange;
  next?: SentenceRange;
  /** The text before the sentence in its article (its paragraph suffices), to name a pronoun subject. */
  before?: string;
}

/** An event line and the entities it names. */
export interface EventLine {
  /** The line as shown: words of the sentence, "…" where it was cut, "[Name]" for a named pronoun. */
  text: string;
  /** People and organisations named in the line, by registry id, in order of first mention. */
  who: string[];
  /** Places named in the line (countries only when no narrower place is), by registry id, in order. */
  where: string[];
}

const SPEECH_VERB = `(?:${SPEECH_VERB_SOURCE})`;
/** A name or description of who reports: "Axios", "The Wall Street Journal", "the publication", "two Ukrainian officials". */
const REPORTER =
  `(?:(?:the|this|that)\\s+(?:publication|newspaper|agency|outlet|report|edition|website|media|magazine)|` +
  `(?:the\\s+)?\\p{Lu}[\\p{L}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}.&'’-]*){0,3}|` +
  `(?:(?:a|an|the|two|three|several|some|one)\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:officials?|sources?|diplomats?|spokesm[ae]n|spokesperson))`;

/**
 * Openings that are not the event, dropped from the sentence's start (repeatedly):
 * connectives, "According to X,", "Reportedly,", "Axios reports, citing two officials," / "… that".
 */
const LEADING_DROPS: readonly RegExp[] = [
  /^(?:Meanwhile|However|Moreover|Also|Additionally|In addition|At the same time|Separately|Earlier|Later|Now|Still|Thus|So|And|But|Reportedly|Notably|Previously|Furthermore)\s*,\s*/u,
  /^[Aa]ccording to [^,.;:"“”]{1,80},\s*/u,
  new RegExp(
    `^${REPORTER}\\s+(?:reports|reported|writes|wrote|has learned|learned)(?:,\\s*citing [^,.;:"“”]{1,80})?(?:,\\s*(?:that\\s+)?|\\s+that\\s+)`,
    'u',
  ),
];

/** Mid-sentence openings of a reported clause: ", indicating that", ", saying that", "; ", " - ". */
const CLAUSE_OPENINGS = new RegExp(
  `(?:,\\s*(?:indicating|saying|adding|noting|stressing|reporting|claiming|explaining|writing)\\s+that\\s+|;\\s+|\\s[-–—]\\s+)`,
  'gu',
);

/** Where a clause ends after the date: a comma, semicolon, colon, dash or bracket (outside or at the end of a quotation). */
const CLAUSE_END = /[,;:(]|\s[-–—]\s/gu;

/** Tails that may go when the line is long: purpose and circumstance ("to provide…", "for a more detailed report"). */
const OPTIONAL_TAIL = /\s(?:in order to|so that|to|for|and to|and provide|and discuss)\s/gu;

/** A dropped tail that is only the attribution: ", the publication writes.", " - Ukrainian officials said.", ", writes UNN." */
const ATTRIBUTION_TAIL = new RegExp(
  `^[\\s,;:–—-]*["”]?[\\s,]*(?:${REPORTER}\\s+(?:also\\s+)?${SPEECH_VERB}|(?:${SPEECH_VERB}|according to)\\s+${REPORTER})` +
    `(?:,?\\s*citing\\s+[^,.;:"“”]{1,80})?[\\s.,!?"”]*$`,
  'u',
);

/** Pronoun subjects the claims name too (src/lib/analysis/claim-text.ts): only he and she point at one person. */
const PERSONAL_PRONOUN = /^(?:He|She)\b/u;

/**
 * The subject and modal frame of a clause, kept for its second date: "Witkoff plans to" in
 * "Witkoff plans to travel to Moscow on Monday and meet with Putin on Tuesday".
 */
const SUBJECT_FRAME =
  /^(["“]?[^,;:"“”]{1,50}?\b(?:will|would|plans? to|planned to|intends? to|(?:is|are|was|were) (?:expected |scheduled |set |due |going )?to))\s/u;

/** The event line of one dated sentence (see the module comment). */
export function eventLineOf(input: EventLineInput, registry?: EntityRegistry): EventLine {
  const { sentence, expression, previous, next } = input;
  let start = 0;
  let end = sentence.length;

  // Attribution and connectives at the sentence's start.
  for (let dropped = true; dropped;) {
    dropped = false;
    for (const pattern of LEADING_DROPS) {
      const match = pattern.exec(sentence.slice(start));
      if (match !== null && start + match[0].length <= (previous ?? expression).start) {
        start += match[0].length;
        dropped = true;
      }
    }
  }
  const clauseStart = start;
  // A reported clause inside the sentence that holds the date: start at it.
  for (const match of sentence.slice(0, expression.start).matchAll(CLAUSE_OPENINGS)) {
    start = Math.max(start, match.index + match[0].length);
  }
  // Another date before this one ("travel to Moscow on Monday and meet with Putin on Tuesday"):
  // start after the last "and" or comma between them, keeping the clause's subject and frame.
  let frame = '';
  if (previous !== undefined && previous.end > start) {
    const between = sentence.slice(previous.end, expression.start);
    // A quotation of several sentences is one attributed sentence: a full stop between the dates ends the clause.
    const fullStop = between.search(/[.!?]["”]?\s+\S[^.!?]*$/u);
    const joint = Math.max(between.lastIndexOf(' and '), between.lastIndexOf(', '), fullStop >= 0 ? fullStop + 1 : -1);
    start = previous.end + (joint >= 0 ? joint + 1 : 0);
    if (fullStop < 0) frame = SUBJECT_FRAME.exec(sentence.slice(clauseStart, previous.start))?.[1] ?? '';
  }
  // Another date after it: end at the first "and" or comma between them.
  if (next !== undefined) {
    const between = sentence.slice(expression.end, next.start);
    const fullStop = between.search(/[.!?]["”]?\s/u);
    const joints = [between.indexOf(' and '), between.indexOf(','), fullStop].filter((index) => index >= 0);
    end = joints.length > 0 ? expression.end + Math.min(...joints) : next.start;
  }
  // The clause ends at the first boundary after the date, unless the date opens the clause ("On Monday, …").
  const opensClause = /^[\s"“]*$/u.test(sentence.slice(start, expression.start));
  let boundaries = 0;
  for (const match of sentence.slice(expression.end, end).matchAll(CLAUSE_END)) {
    boundaries += 1;
    if (opensClause && boundaries === 1) continue;
    end = expression.end + match.index;
    break;
  }
  // Still long: drop a purpose or circumstance tail after the date, then cut at a word.
  if (end - start > LINE_LENGTH.target) {
    for (const match of sentence.slice(expression.end, end).matchAll(OPTIONAL_TAIL)) {
      end = expression.end + match.index;
      break;
    }
  }
  if (end - start > LINE_LENGTH.max) ({ start, end } = wordWindow(sentence, start, end, expression));
  if (frame.length + end - start > LINE_LENGTH.max) frame = '';

  const tail = sentence.slice(end);
  const cutAfter = tail.trim() !== '' && !/^[\s.!?"”]*$/u.test(tail) && !ATTRIBUTION_TAIL.test(tail);
  let text = sentence.slice(start, end);
  if (end < sentence.length) text = text.replace(/[\s,;:–—-]+$/u, '').replace(/,(["”])$/u, '$1');
  text = text.replace(/^[\s,;:–—-]+|^and\s+/u, '');
  const lineStart = sentence.indexOf(text, start);
  const cutBefore = lineStart > clauseStart && frame === '';

  // A pronoun subject, named from the person mentioned last before it.
  let named: string | undefined;
  if (registry !== undefined && PERSONAL_PRONOUN.test(text)) {
    const context = `${input.before ?? ''} ${sentence.slice(0, lineStart)}`;
    const person = registry
      .findMentions(context)
      .filter((mention) => registry.get(mention.entityId)?.kind === 'person')
      .at(-1);
    const entity = person === undefined ? undefined : registry.get(person.entityId);
    if (entity !== undefined) {
      named = entity.id;
      text = text.replace(PERSONAL_PRONOUN, `[${entity.name}]`);
    }
  }
  if (frame !== '') text = `${frame} … ${text}`;
  text = balanceQuotationMarks(`${cutBefore ? '… ' : ''}${text}${cutAfter ? ' …' : ''}`);
  return { text, ...whoAndWhere(registry, text, named) };
}

/**
 * A window of at most MAX characters of [start, end) that keeps the date expression, starting
 * and ending at spaces: the clause's opening (its subject) when the date is near it, else
 * the words leading up to the date.
 */
function wordWindow(sentence: string, start: number, end: number, expression: SentenceRange): SentenceRange {
  let from = start;
  if (expression.end - from > LINE_LENGTH.max) {
    const space = sentence.indexOf(' ', Math.max(from, expression.end - LINE_LENGTH.max + 10));
    from = space >= 0 && space < expression.start ? space + 1 : expression.start;
  }
  let to = Math.min(end, from + LINE_LENGTH.max);
  if (to < end) {
    const space = sentence.lastIndexOf(' ', to);
    to = space >= expression.end ? space : Math.max(expression.end, to);
  }
  return { start: from, end: to };
}

/**
 * True when a country is named as a place ("talks between the US and Ukraine", "in Russia."),
 * not as a modifier ("US President", "US envoy", "Ukraine's delegation"): it is followed by
 * punctuation, the end, or a function word.
 */
function namesPlace(mention: Mention, text: string): boolean {
  if (mention.possessive) return false;
  const after = /^(?:\s*(?:[,.;:!?)"”]|$)|\s+(\p{L}+))/u.exec(text.slice(mention.end));
  if (after === null) return false;
  return after[1] === undefined || STOPWORDS.has(after[1]);
}

/** Who and where of a line's mentions (and a named pronoun, which comes first). */
function whoAndWhere(registry: EntityRegistry | undefined, text: string, named: string | undefined): Pick<EventLine, 'who' | 'where'> {
  const mentions = registry?.findMentions(text) ?? [];
  const who: string[] = named === undefined ? [] : [named];
  const places: string[] = [];
  const countries: string[] = [];
  for (const mention of mentions) {
    const entity = registry?.get(mention.entityId);
    if (entity === undefined) continue;
    const isCountry = entity.kind === 'place' && entity.country === undefined;
    if (isCountry && !namesPlace(mention, text)) continue;
    const list = entity.kind !== 'place' ? who : isCountry ? countries : places;
    if (!list.includes(entity.id)) list.push(entity.id);
  }
  return { who, where: places.length > 0 ? places : countries };
}
