import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A publication date as the content states it: either a calendar day
 * (`2025-12-01`, no time of day known) or an instant with its offset
 * (`2025-12-01T14:30:00+02:00`). Keeping the two apart matters: a bare day
 * must never shift to the previous day because the site shows dates in a
 * time zone west of UTC.
 */
export type CalendarValue = string;

/** True for a bare calendar day such as `2025-12-01`. */
export function isDateOnly(value: CalendarValue): boolean {
  return DATE_ONLY.test(value);
}

/**
 * Normalise frontmatter input into a CalendarValue, or `undefined` when it is
 * not a real date. YAML turns an unquoted `2025-12-01` into a Date at UTC
 * midnight; that is read back as the calendar day it was written as.
 */
export function normalizeCalendarValue(value: Date | string): CalendarValue | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
  }
  const text = value.trim();
  if (DATE_ONLY.test(text)) {
    const day = new TZDate(`${text}T00:00:00Z`, 'UTC');
    return !Number.isNaN(day.getTime()) && format(day, 'yyyy-MM-dd') === text ? text : undefined;
  }
  if (DATE_TIME.test(text) && !Number.isNaN(Date.parse(text))) return text;
  return undefined;
}

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

/**
 * Milliseconds since the epoch, for ordering and time windows; a bare day counts from its UTC
 * midnight. NaN when the value is not a date. The one date-to-milliseconds function.
 */
export function toEpochMs(value: CalendarValue): number {
  return Date.parse(isDateOnly(value) ? `${value}T00:00:00Z` : value);
}

/** A date-fns-formattable date that shows the value as a reader in `timeZone` would see it. */
export function toZonedDate(value: CalendarValue, timeZone: string): TZDate {
  // A bare day is the same day everywhere: show it as written, whatever the zone.
  return isDateOnly(value) ? new TZDate(`${value}T00:00:00Z`, 'UTC') : new TZDate(Date.parse(value), timeZone);
}

/** Days already worked out: a build asks for the same article's day on many pages, and zone math is slow. */
const days = new Map<string, string>();

/** The calendar day (`YYYY-MM-DD`) the value falls on in `timeZone`. */
export function calendarDay(value: CalendarValue, timeZone: string): string {
  const key = `${value} ${timeZone}`;
  let day = days.get(key);
  if (day === undefined) {
    day = format(toZonedDate(value, timeZone), 'yyyy-MM-dd');
    days.set(key, day);
  }
  return day;
}
