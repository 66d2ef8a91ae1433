/**
 * The dated archive: every article under the year, month and day it appeared (in the site's
 * time zone), with each level in date order so a page can link to its neighbours. Only
 * periods with articles exist: there is no empty day page to link to.
 */
import { groupByDay } from '../articles/group-by-day.ts';
import type { Dated } from '../articles/order.ts';

/** One day of the archive: `2025-12-01` and its items in publication order. */
export interface ArchiveDay<T> {
  /** `YYYY-MM-DD` */
  key: string;
  year: string;
  /** `01`–`12` */
  month: string;
  /** `01`–`31` */
  day: string;
  items: T[];
}

/** One month: `2025-12`, its days with articles, and how many articles in all. */
export interface ArchiveMonth<T> {
  /** `YYYY-MM` */
  key: string;
  year: string;
  month: string;
  days: ArchiveDay<T>[];
  count: number;
}

/** One year: its months with articles, and how many articles in all. */
export interface ArchiveYear<T> {
  year: string;
  months: ArchiveMonth<T>[];
  count: number;
}

/** The whole archive, oldest first at every level. */
export interface Archive<T> {
  years: ArchiveYear<T>[];
  /** Every month with articles, across years. */
  months: ArchiveMonth<T>[];
  /** Every day with articles, across months and years. */
  days: ArchiveDay<T>[];
}

/** The archive of `items`, by the calendar day each appeared on in `timeZone`. */
export function buildArchive<T extends Dated>(items: readonly T[], timeZone: string): Archive<T> {
  const days = groupByDay(items, timeZone).map(({ day, items: onDay }): ArchiveDay<T> => {
    const [year = '', month = '', date = ''] = day.split('-');
    return { key: day, year, month, day: date, items: onDay };
  });
  const months: ArchiveMonth<T>[] = [];
  const years: ArchiveYear<T>[] = [];
  for (const day of days) {
    let month = months.at(-1);
    if (month?.key !== `${day.year}-${day.month}`) {
      month = { key: `${day.year}-${day.month}`, year: day.year, month: day.month, days: [], count: 0 };
      months.push(month);
      let year = years.at(-1);
      if (year?.year !== day.year) {
        year = { year: day.year, months: [], count: 0 };
        years.push(year);
      }
      year.months.push(month);
    }
    month.days.push(day);
    month.count += day.items.length;
    years.at(-1)!.count += day.items.length;
  }
  return { years, months, days };
}

/** The entries just before and after `key` in a list ordered by key. */
export function around<T extends { key: string } | { year: string }>(list: readonly T[], key: string): { previous?: T; next?: T } {
  const index = list.findIndex((entry) => ('key' in entry ? entry.key : entry.year) === key);
  if (index === -1) return {};
  return { previous: list[index - 1], next: list[index + 1] };
}
