export type { Quote, QuoteGroup, QuoteVariant, Speaker } from './types';
export { countQuoteWords, extractQuotes, MIN_QUOTE_WORDS } from './extract-quotes';
export { groupQuotes, SAME_STATEMENT_THRESHOLD } from './group-quotes';
export { speakersCompatible } from './speaker-match';
