import type { EntityRegistry } from '../entities/registry.ts';
import type { ArticleText } from '../text/article-text.ts';
import { insideQuote, type QuoteSpan } from '../text/quote-spans.ts';
import { isReportingVerb, speechVerbPattern } from '../text/speech-verbs.ts';
import { textDocument, type Sentence } from '../text/text-document.ts';
import { resolveSubject, type Subject, type SubjectContext } from './resolve-subject.ts';
import type { Quote } from './types.ts';

/** Quotations shorter than this are scare quotes ("tense", "not easy"), not statements. */
export const MIN_QUOTE_WORDS = 4;
/** An attribution after a quotation names its speaker within this many words. */
const MAX_SUBJECT_WORDS = 12;

/** A sentence break inside an attribution window; a full stop after a capital initial ("U.S.") is not one. */
const CLAUSE_BREAK = /(?<!\b\p{Lu})[.!?;:](?=\s|$)/u;
const CLAUSE_END = /(?<!\b\p{Lu})[.,!?;:](?=\s|$)/u;
const CONJUNCTION_FIRST = /^[\s,—–-]*(?:while|whereas|and|but|as|although|though|when|after|before|because|since|so)\b/iu;

interface Attribution {
  subject: Subject;
  verb: string;
  /** The attribution as written. */
  phrase: string;
  /**
   * Offset just past the attribution clause's closing punctuation, or null when
   * the clause runs on into the next quotation ("Rubio called them “…”"), which
   * is then the verb's object, never a continuation.
   */
  clauseEnd: number | null;
}

interface Context extends SubjectContext {
  quotes: readonly QuoteSpan[];
  sentences: readonly Sentence[];
}

/** Words as a reader counts them ("Trump’s", "five-hour" are one each). */
export function countQuoteWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * Direct quotations of one article's text, each with its speaker (offsets in the text
 * layer's `plainText`).
 *
 * Rules (see also resolveSubject):
 * - Attribution after the quote wins ("“…,” Rubio said", "“…,” said Rubio"),
 *   when the quote ends in , ? ! or a dash, or is followed by a comma.
 * - Otherwise the attribution comes before it in the same sentence
 *   ("Umerov highlighted …: “…”", "Trump told reporters … he believed “…”"):
 *   the speech verb nearest the quote whose subject resolves.
 * - “A,” X said. “B.” is one quote with two parts when B follows the
 *   attribution directly and has no attribution of its own.
 * - Skipped: quotes with no resolvable speaker (we never guess), quotes of
 *   another outlet's prose ("…," the publication writes; "…," Axios reports),
 *   and attributed quotes under MIN_QUOTE_WORDS words (scare quotes).
 * - Only double quotes delimit (see findQuoteSpans); quotes nested inside a
 *   quotation are part of it.
 */
export function extractQuotes(article: { id: string; text: ArticleText }, registry: EntityRegistry): Quote[] {
  const document = textDocument(article.text);
  const text = document.plainText;
  const quotes = document.quotations;
  // Quotations are in text order and never cross a block, so one pass sorts them into blocks.
  let next = 0;
  const quotesByParagraph = document.blocks.map((block) => {
    const end = block.start + block.text.length;
    const first = next;
    while (next < quotes.length && quotes[next]!.end <= end) next++;
    return { end, spans: quotes.slice(first, next) };
  });
  const context: Context = {
    text,
    registry,
    quotes,
    sentences: document.attributedSentences,
    mentions: registry.findMentions(text).filter((mention) => !insideQuote(quotes, mention.start)),
  };

  const found: Quote[] = [];
  for (const paragraph of quotesByParagraph) {
    const { spans } = paragraph;
    for (let index = 0; index < spans.length;) {
      const span = spans[index] as QuoteSpan;
      const after = attributionAfter(context, span, spans[index + 1]?.start ?? paragraph.end);
      if (after !== null) {
        const parts = [span];
        let previousEnd = after.clauseEnd;
        for (let next = index + 1; previousEnd !== null && next < spans.length; next += 1) {
          const candidate = spans[next] as QuoteSpan;
          if (text.slice(previousEnd, candidate.start).trim() !== '') break;
          if (attributionAfter(context, candidate, spans[next + 1]?.start ?? paragraph.end) !== null) break;
          parts.push(candidate);
          previousEnd = candidate.end;
        }
        pushQuote(found, article.id, text, parts, after);
        index += parts.length;
        continue;
      }
      const before = attributionBefore(context, span);
      if (before !== null) pushQuote(found, article.id, text, [span], before);
      index += 1;
    }
  }
  return found;
}

function pushQuote(found: Quote[], articleId: string, text: string, spans: QuoteSpan[], attribution: Attribution): void {
  const { subject } = attribution;
  if (subject.kind === 'publication') return;
  // An organisation that "reports" or "writes" is an outlet being cited, not a speaker.
  if (subject.entityKind === 'organization' && isReportingVerb(attribution.verb)) return;
  const parts = spans.map((span) => text.slice(span.innerStart, span.innerEnd));
  const joined = parts.map((part) => part.trim().replace(/[\s,—–-]+$/u, '')).join(' … ');
  if (countQuoteWords(joined) < MIN_QUOTE_WORDS) return;
  const first = spans[0] as QuoteSpan;
  const last = spans.at(-1) as QuoteSpan;
  found.push({
    articleId,
    text: joined,
    parts,
    speaker: subject.speaker,
    attribution: attribution.phrase,
    start: first.start,
    end: last.end,
  });
}

/** “…,” Rubio said / “…,” said Rubio / “…” — the Ukrainian official added. */
function attributionAfter(context: Context, span: QuoteSpan, windowEnd: number): Attribution | null {
  const { text } = context;
  const inner = text.slice(span.innerStart, span.innerEnd).trimEnd();
  const following = text.slice(span.end, windowEnd);
  const opensAttribution =
    /[,?!…—–-]$/u.test(inner) || /^\s*[,—–]/u.test(following) || (/\.$/u.test(inner) && /^\s+\p{Ll}/u.test(following));
  if (!opensAttribution) return null;

  const verbMatch = speechVerbPattern().exec(following);
  if (verbMatch === null) return null;
  const prefix = following.slice(0, verbMatch.index);
  if (CLAUSE_BREAK.test(prefix) || countQuoteWords(prefix) > MAX_SUBJECT_WORDS) return null;
  // "“A,” while Rubio called them “B”": a new clause, not this quote's attribution.
  if (CONJUNCTION_FIRST.test(prefix)) return null;

  const verbStart = span.end + verbMatch.index;
  const verbEnd = verbStart + verbMatch[0].length;
  const clauseEnd = endOfClause(text, verbEnd, windowEnd);
  const clauseLimit = clauseEnd ?? windowEnd;
  let subject: Subject | null;
  if (prefix.replace(/[\s,—–-]/gu, '') === '') {
    // Inverted: “…,” said Rubio. The subject runs from the verb to the clause end.
    const subjectEnd = text.slice(0, clauseLimit).replace(/[.,!?;:]$/u, '').length;
    subject = resolveSubject(context, verbEnd, subjectEnd);
  } else {
    subject = resolveSubject(context, span.end, verbStart);
  }
  if (subject === null) return null;
  const phraseStart = span.end + (following.length - following.replace(/^[\s,—–-]+/u, '').length);
  return { subject, verb: verbMatch[0], phrase: trimPhrase(text.slice(phraseStart, clauseLimit)), clauseEnd };
}

/** Umerov highlighted the issues: “…” / Trump told reporters that he believed “…”. */
function attributionBefore(context: Context, span: QuoteSpan): Attribution | null {
  const sentence = context.sentences.find((candidate) => candidate.start <= span.start && span.start < candidate.end);
  const sentenceStart = sentence?.start ?? span.start;
  const region = context.text.slice(sentenceStart, span.start);
  const verbs = [...region.matchAll(speechVerbPattern())].filter((match) => !insideQuote(context.quotes, sentenceStart + match.index));
  for (const verb of verbs.reverse()) {
    const subject = resolveSubject(context, sentenceStart, sentenceStart + verb.index);
    if (subject === null) continue;
    return { subject, verb: verb[0], phrase: trimPhrase(region), clauseEnd: null };
  }
  return null;
}

/** Offset just past the first clause-ending punctuation in [from, limit), or null. */
function endOfClause(text: string, from: number, limit: number): number | null {
  const match = CLAUSE_END.exec(text.slice(from, limit));
  return match === null ? null : from + match.index + 1;
}

function trimPhrase(phrase: string): string {
  return phrase.trim().replace(/[\s.,;:—–-]+$/u, '');
}
