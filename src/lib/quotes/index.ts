export type { Quote, QuoteGroup, QuoteVariant, Speaker } from './types.ts';
export { countQuoteWords, extractQuotes, MIN_QUOTE_WORDS } from './extract-quotes.ts';
export { groupQuotes, SAME_STATEMENT_THRESHOLD } from './group-quotes.ts';
export { speakersCompatible } from './speaker-match.ts';
