export type { ArticleEvent, DatePrecision, DateRange, EventGroup, Tense } from './types';
export { extractEvents, type EventSource, type ExtractEventsOptions } from './extract-events';
export { mergeEvents, MERGE_RULES, sameEvent } from './merge-events';
