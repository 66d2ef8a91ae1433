/**
 * A claim's text as a reader reads it out of its article: the claim's sentences joined
 * (" … " where they are not consecutive), quotation marks balanced, and a pronoun subject
 * named where the text makes it clear ("[Rubio] stressed that…"): by the quote the sentence
 * attributes to it, or by the sentence before (claim-subject.ts). A claim that still does not
 * stand on its own — an unresolved pronoun, or a quotation with no one to attribute it to —
 * goes with the sentence before it as context, which the story page shows alongside.
 */
import type { FactSource } from './alignment.ts';
import { resolveOpeningPronoun } from './claim-subject.ts';
import { balanceQuotationMarks } from '../text/quote-marks.ts';
import { findQuoteSpans } from '../text/quote-spans.ts';
import { textDocument } from '../text/text-document.ts';
import type { ArticleDoc, SentenceDoc } from './document.ts';

/** Subjects that do not stand on their own: "He then called…", "They described…", "Our position…". */
const PRONOUN_OPENING = /^(?:He|She|They|We|Our|His|Her|Their|It|Its|This|These|Those|I|My)\b/u;
const PERSONAL_OPENING = /^(?:He|She)\b/u;

/** The readable text of a claim carried by `sentences` of `doc` (in reading order), and its context. */
export function readableClaim(doc: ArticleDoc, sentences: readonly SentenceDoc[], facts?: FactSource): { text: string; context?: string } {
  let text = '';
  sentences.forEach((sentence, k) => {
    const previous = sentences[k - 1];
    const consecutive = previous !== undefined && previous.paragraph === sentence.paragraph && previous.index + 1 === sentence.index;
    text += k === 0 ? sentence.text : consecutive ? ` ${sentence.text}` : ` … ${sentence.text}`;
  });
  text = balanceQuotationMarks(text);

  const first = sentences[0];
  if (first === undefined || !(PRONOUN_OPENING.test(text) || isBareQuotation(text))) return { text };
  if (PERSONAL_OPENING.test(text)) {
    const name = speakerNamed(doc, first, facts);
    if (name !== undefined) return { text: text.replace(PERSONAL_OPENING, `[${name}]`) };
  }
  const before = sentenceBefore(doc, first);
  if (before === undefined) return { text };
  if (facts?.peopleIn !== undefined && PRONOUN_OPENING.test(text)) {
    const resolved = resolveOpeningPronoun({
      claim: text,
      claimPeople: facts.peopleIn(text),
      previous: before,
      previousPeople: facts.peopleIn(before),
      nameOf: (id) => facts.nameOf(id),
    });
    if (resolved !== undefined) return { text: resolved };
  }
  return { text, context: balanceQuotationMarks(before) };
}

/** A claim that is one quotation and nothing else: who says it is in the sentence before. */
function isBareQuotation(text: string): boolean {
  const spans = findQuoteSpans(text);
  return spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end >= text.trimEnd().length;
}

/**
 * The sentence before `sentence` in its article as a reader reads it, a quotation kept whole
 * with its attribution (so the context of "He later described…" is "Umerov highlighted…: “…”",
 * not the quotation's last sentence alone); none at the start of the article.
 */
function sentenceBefore(doc: ArticleDoc, sentence: SentenceDoc): string | undefined {
  const document = textDocument(doc.article.text);
  let before: string | undefined;
  for (const candidate of document.attributedSentences) {
    if (candidate.end > sentence.start) break;
    if (candidate.paragraph !== undefined) before = candidate.text;
  }
  return before;
}

/** The entity the sentence's pronoun stands for, when a quote in it is attributed to that pronoun and the quote extractor resolved it. */
function speakerNamed(doc: ArticleDoc, sentence: SentenceDoc, facts: FactSource | undefined): string | undefined {
  const quote = facts
    ?.of(doc.article.id)
    ?.quotes.find(
      (candidate) =>
        candidate.start >= sentence.start &&
        candidate.start < sentence.end &&
        candidate.speaker.kind === 'entity' &&
        PERSONAL_OPENING.test(candidate.attribution),
    );
  const name = quote?.speaker.kind === 'entity' ? facts?.nameOf(quote.speaker.entityId) : undefined;
  // "He described…, while Rubio called them “…”": the speaker named in the attribution is not the "He".
  const familyName = name?.split(' ').at(-1);
  return familyName !== undefined && quote!.attribution.includes(familyName) ? undefined : name;
}
