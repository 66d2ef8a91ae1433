export type { ArticleEvent, DatePrecision, DateRange, EventGroup, Tense } from './types.ts';
export { extractEvents, type EventSource, type ExtractEventsOptions } from './extract-events.ts';
export { mergeEvents, MERGE_RULES, sameEvent } from './merge-events.ts';
