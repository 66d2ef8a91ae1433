/**
 * Publication dates as numbers, so that date-only and date-time values compare.
 * A bare `YYYY-MM-DD` counts as midnight UTC of that day.
 */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds since the epoch for an article's `published` value; throws when invalid. */
export function publishedTime(published: string): number {
  const dateOnly = DATE_ONLY.exec(published);
  const time = dateOnly ? Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])) : Date.parse(published);
  if (Number.isNaN(time)) throw new Error(`Invalid publication date: ${JSON.stringify(published)}`);
  return time;
}

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;
