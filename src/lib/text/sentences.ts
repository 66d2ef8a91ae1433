/**
 * Sentence splitting for news prose.
 *
 * A sentence ends at `.`, `!`, `?` or an ellipsis, followed by any closing quotes or
 * brackets (they belong to the sentence they close), then whitespace, then something that
 * can start a sentence: a capital, a digit or an opening quote. On top of that:
 * - a period after a personal title ("Gen.", "Mr.") or an initial ("J. D. Vance") never ends
 *   a sentence;
 * - a period after an abbreviation that may also end a sentence ("U.S.", "Inc.", "p.m.")
 *   ends one only when the next word is a typical sentence opener ("The", "He", "But"…);
 * - "No. 5", "Jan. 12": such abbreviations followed by a number never end a sentence;
 * - decimals ("2.5") never qualify because no whitespace follows the period;
 * - `“Is it over?” Rubio asked.` stays one sentence: after a `?`/`!`/ellipsis that closes a
 *   quotation, a short attribution (a name and a speech verb) continues the sentence.
 *   (Lower-case attributions, `“It was tense!” he said.`, never qualify as a new sentence.)
 * Sentences inside a quotation are split like any other, so that
 * `“It was tense. We appreciate it,” he said.` becomes `“It was tense.` and
 * `We appreciate it,” he said.` — each piece can then align with its paraphrase elsewhere.
 * With `keepQuotations`, a quotation is never split: the whole quotation and its attribution
 * are one sentence, which is what quote and event extraction need.
 * Golden fixtures: `__fixtures__/sentences/` (see sentences.test.ts).
 */
import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import { SPEECH_VERB_SOURCE } from './speech-verbs.ts';

const TERMINATOR = /[.!?\u2026]/;
const TERMINATORS = /[.!?\u2026]/g;
const CLOSER = /["'\u201D\u2019\u00BB)\]]/;
const OPENER = /["'\u201C\u2018\u00AB([\u00BF\u00A1]/;
const UPPER = /\p{Lu}/u;
const DIGIT = /\p{Nd}/u;
const WORD_CHAR = /[\p{L}\p{N}.'’]/u;

/** Titles that precede a name, so their period never ends a sentence. */
const TITLES = new Set(
  'mr mrs ms messrs dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr brig gov sen rep rev hon pres supt insp det atty fr st mt ft'.split(
    ' ',
  ),
);

/** Abbreviations that never end a sentence, whatever their case. */
const NEVER_FINAL = new Set(['e.g', 'i.e', 'cf', 'vs', 'viz']);

/** Abbreviations usually followed by a number ("No. 5", "Jan. 12"). */
const BEFORE_NUMBER = new Set(
  'no nos art fig figs vol vols ch sec p pp para ed jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

/** Abbreviations that may or may not end a sentence. */
const AMBIGUOUS = new Set('jr sr inc ltd co corp bros llc plc etc al approx est dept govt univ assn intl'.split(' '));

/** Words that typically open a sentence; used to decide after an ambiguous abbreviation. */
const SENTENCE_OPENERS = new Set(
  'the a an he she it they we i you this that these those there his her its their our my but and however meanwhile in on at after before when while as if some many most according earlier later still yet so also then since officials both no not such what who why how'.split(
    ' ',
  ),
);

const ATTRIBUTION_AFTER_QUOTE = new RegExp(`^(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}(?:${SPEECH_VERB_SOURCE})\\b`, 'u');

/** One sentence of a paragraph: offsets into the paragraph as given, and its text. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

/** How to split. */
export interface SplitOptions {
  /** Never split inside a quotation, so a quotation stays with its attribution. */
  keepQuotations?: boolean;
}

/** Splits one paragraph of plain text (whitespace already collapsed) into sentences. */
export function splitSentences(paragraph: string, options: SplitOptions = {}): SentenceSpan[] {
  const text = paragraph;
  const limit = text.trimEnd().length;
  const quotations = options.keepQuotations ? findQuoteSpans(text) : [];
  const sentences: SentenceSpan[] = [];
  let start = 0;
  let i = text.length - text.trimStart().length;
  while (i < limit) {
    TERMINATORS.lastIndex = i;
    const found = TERMINATORS.exec(text);
    if (found === null || found.index >= limit) break;
    i = found.index;
    const terminatorStart = i;
    while (i + 1 < limit && TERMINATOR.test(text[i + 1]!)) i++;
    const terminator = text.slice(terminatorStart, i + 1);
    let end = i + 1;
    let closedQuote = false;
    while (end < limit && CLOSER.test(text[end]!)) {
      if (text[end] !== ')' && text[end] !== ']') closedQuote = true;
      end++;
    }
    if (end >= limit) break;
    if (text[end] !== ' ') {
      i = end;
      continue;
    }
    const next = end + 1;
    if (isBoundary(text, terminatorStart, terminator, closedQuote, next) && !insideQuotation(quotations, terminatorStart, end)) {
      pushSentence(sentences, text, start, end);
      start = next;
    }
    i = next;
  }
  pushSentence(sentences, text, start, limit);
  return sentences;
}

/** True when the punctuation at [from, to) sits inside a quotation that goes on after it. */
function insideQuotation(quotations: readonly QuoteSpan[], from: number, to: number): boolean {
  return quotations.some((quotation) => quotation.start < from && quotation.end > to);
}

function isBoundary(text: string, terminatorAt: number, terminator: string, closedQuote: boolean, next: number): boolean {
  const first = text[next];
  if (first === undefined) return false;
  if (!UPPER.test(first) && !DIGIT.test(first) && !OPENER.test(first)) return false;
  const rest = text.slice(next, next + 80);

  if (terminator !== '.') {
    // “Is it over?” Rubio asked.
    return !(closedQuote && ATTRIBUTION_AFTER_QUOTE.test(rest));
  }
  if (closedQuote) return true;
  const word = wordBefore(text, terminatorAt);
  if (word === '') return true;
  const lower = word.toLowerCase();
  if (word.length === 1 && UPPER.test(word)) return false; // an initial: "J. D. Vance"
  if (NEVER_FINAL.has(lower)) return false;
  if (TITLES.has(lower) && UPPER.test(word[0]!)) return false;
  if (BEFORE_NUMBER.has(lower) && DIGIT.test(first)) return false;
  const dotted = word.includes('.'); // "U.S", "a.m"
  if (dotted || AMBIGUOUS.has(lower)) {
    const nextWord = /^[\p{L}]+/u.exec(rest)?.[0]?.toLowerCase() ?? '';
    return SENTENCE_OPENERS.has(nextWord);
  }
  return true;
}

/** The word (letters, digits, inner periods) directly before position `at`. */
function wordBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && WORD_CHAR.test(text[from - 1]!)) from--;
  return text.slice(from, at).replace(/^[.'’]+/, '');
}

function pushSentence(sentences: SentenceSpan[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const trimmed = raw.trim();
  if (trimmed === '') return;
  const start = from + (raw.length - raw.trimStart().length);
  const end = start + trimmed.length;
  const previous = sentences[sentences.length - 1];
  // A fragment without a letter or digit (a stray dash or quote) joins the previous sentence.
  if (!/[\p{L}\p{N}]/u.test(trimmed) && previous !== undefined) {
    previous.end = end;
    previous.text = text.slice(previous.start, end);
    return;
  }
  sentences.push({ start, end, text: trimmed });
}
