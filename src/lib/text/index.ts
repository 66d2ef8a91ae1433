/**
 * The text layer: one model of an article's text (built from the Markdown tree the page is
 * rendered from) and the views every analysis reads — paragraphs, headings, sentences with
 * offsets, quotations, words, stems and names. See README "Stories, reports and claims".
 */
export { headingAnchor, paragraphAnchor, BODY_ID, type ArticleText, type TextHeading } from './article-text.ts';
export { collectArticleText } from './collect-article-text.ts';
export { findQuoteSpans, insideQuote, type QuoteSpan } from './quote-spans.ts';
export { splitSentences, type SentenceSpan, type SplitOptions } from './sentences.ts';
export { diceSimilarity } from './similarity.ts';
export { isReportingVerb, speechVerbPattern, SPEECH_VERBS } from './speech-verbs.ts';
export { textDocument, type Sentence, type TextBlock, type TextDocument } from './text-document.ts';
export { contentStems, stem, stemmedWords, words } from './tokens.ts';
