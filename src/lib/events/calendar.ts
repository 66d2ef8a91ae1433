import { TZDate } from '@date-fns/tz';
// One module per function: importing the date-fns index loads all of it.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { endOfISOWeek } from 'date-fns/endOfISOWeek';
import { endOfMonth } from 'date-fns/endOfMonth';
import { format } from 'date-fns/format';
import { getDay } from 'date-fns/getDay';
import { startOfDay } from 'date-fns/startOfDay';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { startOfMonth } from 'date-fns/startOfMonth';
import type { DateRange } from './types.ts';

/*
 * Calendar arithmetic in an explicit IANA time zone. Every date is a TZDate
 * in that zone, so date-fns reads and writes its fields there and nothing
 * depends on the machine's time zone (process.env.TZ).
 */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/u;

/**
 * The publication day in `timeZone`: a bare `YYYY-MM-DD` is that day as
 * written (it is already a local calendar day); an ISO date-time is the day on
 * which that instant falls in the zone.
 * @throws RangeError for anything else.
 */
export function publicationDay(published: string, timeZone: string): TZDate {
  const parts = DATE_ONLY.exec(published);
  if (parts !== null) {
    const day = calendarDay(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3]), timeZone);
    if (day !== null) return day;
  } else if (!Number.isNaN(Date.parse(published)) && /T\d{2}:\d{2}/u.test(published)) {
    return startOfDay(new TZDate(Date.parse(published), timeZone));
  }
  throw new RangeError(`not a publication date: "${published}"`);
}

/** Midnight of a calendar day in the zone, or null when the day does not exist (31 November). */
export function calendarDay(year: number, monthIndex: number, day: number, timeZone: string): TZDate | null {
  const date = new TZDate(year, monthIndex, day, timeZone);
  return date.getFullYear() === year && date.getMonth() === monthIndex && date.getDate() === day ? date : null;
}

/** `YYYY-MM-DD` of a date in its own zone. */
export function isoDay(date: TZDate): string {
  return format(date, 'yyyy-MM-dd');
}

/** A single-day range. */
export function dayRange(date: TZDate): DateRange {
  const day = isoDay(date);
  return { start: day, end: day };
}

/** The day `offset` days from `date`. */
export function shiftDays(date: TZDate, offset: number): TZDate {
  return addDays(date, offset);
}

/** The latest day with this weekday (0 = Sunday) on or before `date` (or strictly before). */
export function weekdayOnOrBefore(date: TZDate, weekday: number, strict = false): TZDate {
  const back = (getDay(date) - weekday + 7) % 7;
  return addDays(date, -(back === 0 && strict ? 7 : back));
}

/** The earliest day with this weekday (0 = Sunday) on or after `date` (or strictly after). */
export function weekdayOnOrAfter(date: TZDate, weekday: number, strict = false): TZDate {
  const ahead = (weekday - getDay(date) + 7) % 7;
  return addDays(date, ahead === 0 && strict ? 7 : ahead);
}

/** Monday–Sunday of the ISO week `offset` weeks from the one containing `date`. */
export function isoWeekRange(date: TZDate, offset: number): DateRange {
  const week = addWeeks(date, offset);
  return { start: isoDay(startOfISOWeek(week)), end: isoDay(endOfISOWeek(week)) };
}

/** First to last day of the month `offset` months from the one containing `date`. */
export function monthRange(date: TZDate, offset = 0): DateRange {
  const first: TZDate = startOfMonth(date);
  const month = addMonths(first, offset);
  return { start: isoDay(month), end: isoDay(endOfMonth(month)) };
}

/** 1 January to 31 December of a year. */
export function yearRange(year: number): DateRange {
  return { start: `${String(year).padStart(4, '0')}-01-01`, end: `${String(year).padStart(4, '0')}-12-31` };
}

/** Whole days from `a` to `b` on the calendar (b − a). */
export function daysBetween(a: TZDate, b: TZDate): number {
  return differenceInCalendarDays(b, a);
}
