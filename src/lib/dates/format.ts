import { format } from 'date-fns';
import { type CalendarValue, isDateOnly, toZonedDate } from './calendar-value.ts';

/** How much of a date to show. */
export type DateStyle = 'long' | 'short' | 'day-heading' | 'month' | 'year';

const PATTERNS: Record<DateStyle, string> = {
  long: 'd MMMM yyyy',
  short: 'd MMM yyyy',
  'day-heading': 'EEEE d MMMM yyyy',
  month: 'MMMM yyyy',
  year: 'yyyy',
};

/** Human text for a date in the site's time zone, with the time of day when one is known. */
export function formatCalendarValue(value: CalendarValue, timeZone: string, style: DateStyle = 'long'): string {
  const zoned = toZonedDate(value, timeZone);
  const day = format(zoned, PATTERNS[style]);
  if (isDateOnly(value) || (style !== 'long' && style !== 'short')) return day;
  // Offsets rather than abbreviations: date-fns spells most zones as "GMT-5" anyway.
  return `${day}, ${format(zoned, 'HH:mm')} ${timeZone === 'UTC' ? 'UTC' : `UTC${format(zoned, 'xxx')}`}`;
}

/** The machine-readable form for `<time datetime>`: the value itself, which is already ISO 8601. */
export function datetimeAttribute(value: CalendarValue): string {
  return value;
}

/**
 * A range of possible days, e.g. "30 November or 1 December 2025", for inferred
 * dates that could fall on either of two days; longer ranges read "between … and …".
 */
export function formatPossibleDays(earliest: CalendarValue, latest: CalendarValue, timeZone: string): string {
  const from = toZonedDate(earliest, timeZone);
  const to = toZonedDate(latest, timeZone);
  const sameYear = format(from, 'yyyy') === format(to, 'yyyy');
  const last = format(to, 'd MMMM yyyy');
  if (format(from, 'yyyy-MM-dd') === format(to, 'yyyy-MM-dd')) return last;
  const first = format(from, sameYear ? 'd MMMM' : 'd MMMM yyyy');
  const oneDayApart = Math.round((to.getTime() - from.getTime()) / 86_400_000) === 1;
  return oneDayApart ? `${first} or ${last}` : `between ${first} and ${last}`;
}

/** Dates already formatted: the same article's date is shown on many pages of a build, and zone math is slow. */
const formatted = new Map<string, string>();

/**
 * A date as a reader should see it: one day, or, when the day is only known to
 * lie between two dates, the possible days ("30 November or 1 December 2025").
 */
export function formatDateOrRange(value: CalendarValue, timeZone: string, style: DateStyle = 'long', latest?: CalendarValue): string {
  const key = `${value} ${timeZone} ${style} ${latest ?? ''}`;
  let text = formatted.get(key);
  if (text === undefined) {
    text = latest ? formatPossibleDays(value, latest, timeZone) : formatCalendarValue(value, timeZone, style);
    formatted.set(key, text);
  }
  return text;
}
