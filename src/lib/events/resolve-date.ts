import {
  type CalendarDay,
  calendarDay,
  dayRange,
  daysBetween,
  isoWeekRange,
  monthRange,
  shiftDays,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
  yearRange,
} from './calendar.ts';
import type { DateExpression } from './date-expressions.ts';
import type { DatePrecision, DateRange, Tense } from './types.ts';

/** A resolved expression: its days, and whether the publication date decided them. */
export interface ResolvedDate {
  date: DateRange;
  precision: DatePrecision;
  dependsOnPublication: boolean;
}

/**
 * Turn an expression into calendar days, relative to the publication day.
 *
 * Rules:
 * - Weekday, past tense: the latest such day on or before publication
 *   ("talks on Sunday", published Sunday → that Sunday).
 * - Weekday, future tense: the earliest such day on or after publication
 *   (published Monday, "is expected to meet … on Monday" → that same Monday).
 * - "last Monday": strictly before publication; "next Monday": strictly after.
 * - Explicit date without a year: the year that puts it nearest publication
 *   (published 30 Dec, "January 2" → next year); ties go to the earlier date.
 * - "this/next/last week": the ISO week (Monday–Sunday) containing
 *   publication, the one after, the one before. On a Sunday, a future-tense
 *   "this week" means the coming week: the ISO week has no future left.
 * - Months and years are whole ranges.
 * Returns null for days that do not exist (31 November).
 */
export function resolveDate(expression: DateExpression, published: CalendarDay, tense: Tense): ResolvedDate | null {
  const day = (date: CalendarDay | null): ResolvedDate | null =>
    date === null ? null : { date: dayRange(date), precision: 'day', dependsOnPublication: true };
  switch (expression.type) {
    case 'date': {
      const { month, day: dayOfMonth, year } = expression;
      if (year !== undefined) {
        const date = calendarDay(year, month - 1, dayOfMonth);
        return date === null ? null : { date: dayRange(date), precision: 'day', dependsOnPublication: false };
      }
      const base = published.getFullYear();
      const candidates = [base - 1, base, base + 1]
        .map((candidate) => calendarDay(candidate, month - 1, dayOfMonth))
        .filter((candidate): candidate is CalendarDay => candidate !== null);
      const nearest = candidates.reduce<CalendarDay | null>((best, candidate) => {
        if (best === null) return candidate;
        return Math.abs(daysBetween(published, candidate)) < Math.abs(daysBetween(published, best)) ? candidate : best;
      }, null);
      return day(nearest);
    }
    case 'weekday': {
      const { weekday, modifier } = expression;
      if (modifier === 'last') return day(weekdayOnOrBefore(published, weekday, true));
      if (modifier === 'next') return day(weekdayOnOrAfter(published, weekday, true));
      const future = tense === 'future' || modifier === 'coming';
      return day(future ? weekdayOnOrAfter(published, weekday) : weekdayOnOrBefore(published, weekday));
    }
    case 'relative-day':
      return day(shiftDays(published, expression.offset));
    case 'week': {
      const sundayAhead = expression.offset === 0 && tense === 'future' && published.getDay() === 0;
      return { date: isoWeekRange(published, sundayAhead ? 1 : expression.offset), precision: 'week', dependsOnPublication: true };
    }
    case 'month': {
      const first = calendarDay(expression.year, expression.month - 1, 1);
      return first === null ? null : { date: monthRange(first), precision: 'month', dependsOnPublication: false };
    }
    case 'relative-month':
      return { date: monthRange(published, expression.offset), precision: 'month', dependsOnPublication: true };
    case 'year':
      return { date: yearRange(expression.year), precision: 'year', dependsOnPublication: false };
    case 'relative-year':
      return { date: yearRange(published.getFullYear() + expression.offset), precision: 'year', dependsOnPublication: true };
  }
}
