import { toEpochMs, type CalendarValue } from '../dates/calendar-value.ts';

/** Anything with an id and a publication date. */
export interface Dated {
  id: string;
  published: CalendarValue;
}

/** Oldest first; equal dates fall back to the id so the order never depends on file order. */
export function byPublication<T extends Dated>(a: T, b: T): number {
  return toEpochMs(a.published) - toEpochMs(b.published) || a.id.localeCompare(b.id);
}

/** A new array in publication order (oldest first). */
export function inPublicationOrder<T extends Dated>(items: readonly T[]): T[] {
  return [...items].sort(byPublication);
}

/** A new array, newest first. */
export function newestFirst<T extends Dated>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => byPublication(b, a));
}

/** The items just before and after `id` in publication order. */
export function neighbours<T extends Dated>(items: readonly T[], id: string): { previous?: T; next?: T } {
  const ordered = inPublicationOrder(items);
  const index = ordered.findIndex((item) => item.id === id);
  if (index === -1) return {};
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}
