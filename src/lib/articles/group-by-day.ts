import { calendarDay } from '../dates/calendar-value.ts';
import { inPublicationOrder, type Dated } from './order.ts';

/** One day of the timeline: its `YYYY-MM-DD` key in the site's zone, and what appeared on it. */
export interface Day<T> {
  day: string;
  items: T[];
}

/** Items in publication order, grouped under the calendar day they fall on in `timeZone`. */
export function groupByDay<T extends Dated>(items: readonly T[], timeZone: string): Day<T>[] {
  const days: Day<T>[] = [];
  for (const item of inPublicationOrder(items)) {
    const day = calendarDay(item.published, timeZone);
    const last = days.at(-1);
    if (last?.day === day) last.items.push(item);
    else days.push({ day, items: [item] });
  }
  return days;
}
