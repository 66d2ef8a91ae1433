import type { ArticleEvent, DatePrecision, EventGroup } from './types.ts';

/** One calendar day of the timeline: what happened on it and what was published on it. */
export interface TimelineDay<A> {
  kind: 'day';
  /** `YYYY-MM-DD`. */
  day: string;
  /** Single-day events, in the input order. */
  events: EventGroup[];
  /** Publications of the day, in the input order. */
  articles: A[];
}

/** A stretch of days the text gives only as a week, month or year ("next week", "in February 2022"). */
export interface TimelinePeriod {
  kind: 'period';
  start: string;
  end: string;
  /** The coarsest precision among its events (they share start and end, so normally one). */
  precision: DatePrecision;
  events: EventGroup[];
}

export type TimelineEntry<A> = TimelineDay<A> | TimelinePeriod;

/** A day of publications, as groupByDay returns it. */
export interface PublicationDay<A> {
  day: string;
  items: readonly A[];
}

const PRECISION_ORDER: readonly DatePrecision[] = ['day', 'week', 'month', 'year'];

function startOf(entry: TimelineEntry<unknown>): string {
  return entry.kind === 'day' ? entry.day : entry.start;
}
function endOf(entry: TimelineEntry<unknown>): string {
  return entry.kind === 'day' ? entry.day : entry.end;
}

/**
 * Events and publications interleaved in one chronology. A single-day event
 * joins the publications of its day; an event dated only to a week, month or
 * year stays a span (a period of its own). Entries are ordered by first day,
 * then by last day, so "1 December" comes before "1–7 December", which comes
 * before "2 December". Deterministic for a given input order.
 */
export function buildTimeline<A>(events: readonly EventGroup[], publications: readonly PublicationDay<A>[]): TimelineEntry<A>[] {
  const entries = new Map<string, TimelineEntry<A>>();
  const dayEntry = (day: string): TimelineDay<A> => {
    const existing = entries.get(day);
    if (existing?.kind === 'day') return existing;
    const created: TimelineDay<A> = { kind: 'day', day, events: [], articles: [] };
    entries.set(day, created);
    return created;
  };

  for (const { day, items } of publications) dayEntry(day).articles.push(...items);
  for (const event of events) {
    const { start, end } = event.date;
    if (start === end) {
      dayEntry(start).events.push(event);
      continue;
    }
    const key = `${start}--${end}`;
    const existing = entries.get(key);
    if (existing?.kind === 'period') {
      existing.events.push(event);
      if (PRECISION_ORDER.indexOf(event.precision) > PRECISION_ORDER.indexOf(existing.precision)) existing.precision = event.precision;
    } else {
      entries.set(key, { kind: 'period', start, end, precision: event.precision, events: [event] });
    }
  }

  return [...entries.values()].sort((a, b) => {
    const startA = startOf(a);
    const startB = startOf(b);
    if (startA !== startB) return startA < startB ? -1 : 1;
    const endA = endOf(a);
    const endB = endOf(b);
    return endA < endB ? -1 : endA > endB ? 1 : 0;
  });
}

/** The report that dates an event: the first whose precision is the event's (reports come in article order). */
export function datingReport(event: Pick<EventGroup, 'reports' | 'precision'>): ArticleEvent | undefined {
  return event.reports.find((report) => report.precision === event.precision) ?? event.reports[0];
}

/** The sentence that stands for an event: its dating report's. */
export function eventText(event: Pick<EventGroup, 'reports' | 'precision'>): string {
  return datingReport(event)?.text ?? '';
}

/**
 * The event as a short line from the text: its dating report's (see event-line.ts), the clause
 * that carries the date without attribution, "…" where it was cut. Every word is the article's.
 */
export function eventLine(event: Pick<EventGroup, 'reports' | 'precision'>): string {
  return datingReport(event)?.line ?? '';
}

/**
 * True when every report speaks of the event as still to come ("will meet",
 * "is expected to"): at the time of reporting it was a plan, not a fact.
 */
export function eventWasAnnounced(event: Pick<EventGroup, 'reports'>): boolean {
  return event.reports.length > 0 && event.reports.every((report) => report.tense === 'future');
}
