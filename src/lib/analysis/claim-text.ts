/**
 * A claim's text as a reader reads it out of its article: the claim's sentences joined
 * (" … " where they are not consecutive), quotation marks balanced, and a pronoun subject
 * named when a quote in the sentence says who speaks ("[Rubio] stressed that…"); when the
 * text does not say, the sentence before it goes along as context.
 */
import type { FactSource } from './alignment.ts';
import { balanceQuotationMarks } from '../text/quote-marks.ts';
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
  if (first === undefined || !PRONOUN_OPENING.test(text)) return { text };
  if (PERSONAL_OPENING.test(text)) {
    const name = speakerNamed(doc, first, facts);
    if (name !== undefined) return { text: text.replace(PERSONAL_OPENING, `[${name}]`) };
  }
  const before = doc.sentences[doc.sentences.indexOf(first) - 1];
  return before === undefined ? { text } : { text, context: balanceQuotationMarks(before.text) };
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
