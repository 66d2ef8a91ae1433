import { splitParagraphs } from './markdown-text';
import { findQuoteSpans, type QuoteSpan } from './quote-spans';

/** A sentence of a plain text, with its offsets in that text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Words ending in a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'gov',
  'sen',
  'rep',
  'pres',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'approx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/** Sentence-final punctuation, any closing marks, then space before what starts a sentence. */
const BOUNDARY = /[.!?…]+[”"’)\]]*(?=\s+[\p{Lu}\p{N}“"‘([])/gu;

function isAbbreviation(paragraph: string, dotIndex: number): boolean {
  const word = /[\p{L}.]+$/u.exec(paragraph.slice(0, dotIndex))?.[0] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials and dotted abbreviations: "J.", "U.S.", "D.C."
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word);
}

/**
 * Split a plain text into sentences. Paragraph breaks always end a sentence;
 * inside a paragraph a sentence ends at . ! ? … (with any closing quote) before
 * a capital, digit or opening quote, except after a known abbreviation or an
 * initial, and never inside a quotation, so that a quote and its attribution
 * ("“…. …,” Rubio said.") stay in one sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of splitParagraphs(text)) {
    const quotes = findQuoteSpans(paragraph.text);
    let from = 0;
    for (const match of paragraph.text.matchAll(BOUNDARY)) {
      const end = match.index + match[0].length;
      if (continuesQuote(quotes, match.index, end)) continue;
      if (match[0][0] === '.' && match[0].length === 1 && isAbbreviation(paragraph.text, match.index)) continue;
      pushTrimmed(sentences, paragraph.start, paragraph.text, from, end);
      from = end;
    }
    pushTrimmed(sentences, paragraph.start, paragraph.text, from, paragraph.text.length);
  }
  return sentences;
}

/** True when the punctuation at [from, to) sits inside a quotation that goes on after it. */
function continuesQuote(quotes: readonly QuoteSpan[], from: number, to: number): boolean {
  return quotes.some((quote) => quote.start < from && quote.end > to);
}

function pushTrimmed(sentences: Sentence[], base: number, paragraph: string, from: number, to: number): void {
  const raw = paragraph.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const value = raw.trim();
  if (value !== '') sentences.push({ start: base + from + lead, end: base + from + lead + value.length, text: value });
}
