import { tz } from '@date-fns/tz';
// Per-function imports: the package root loads all of date-fns, seconds of start-up for a CLI.
import { endOfMonth } from 'date-fns/endOfMonth';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { normalizeCalendarValue, type CalendarValue } from '../dates/calendar-value.ts';

/**
 * Publication dates from what pages and feeds state. A stated date keeps its offset;
 * a time of day without one keeps only the day (it cannot be placed on the timeline).
 * Nothing here looks at the clock or at a file's modification time.
 */

/** How a publication date is known, ready for the frontmatter. */
export interface PublicationDate {
  /** `YYYY-MM-DD`, or an ISO date-time with offset. */
  published: CalendarValue;
  /** `stated` when the page or feed gives it; `inferred` when we worked it out. */
  status: 'stated' | 'inferred';
  /** Inferred only: the latest day it can be. */
  latest?: CalendarValue;
  /** Inferred only: how, in words a reader can check. */
  reason?: string;
}

/** RFC 822 zone names (RFC 822 §5.1, still used by RSS 2.0 feeds) and their offsets. */
const RFC822_ZONES: Record<string, string> = {
  UT: 'Z',
  UTC: 'Z',
  GMT: 'Z',
  Z: 'Z',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
};

/** Parsing in UTC keeps the wall-clock fields as written, whatever the machine's `TZ`. */
const inUtc = { in: tz('UTC') };

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const RFC822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4})\s+(\d{1,2}:\d{2}(?::\d{2})?)\s*([+-]\d{4}|[A-Za-z]{1,5})?$/;

/** `+0200` or `+02:00` as `+02:00`, `Z` for UTC spelled as a name. */
function isoOffset(zone: string): string | undefined {
  const named = RFC822_ZONES[zone.toUpperCase()];
  if (named) return named;
  const numeric = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  return numeric ? `${numeric[1]}${numeric[2]}:${numeric[3]}` : undefined;
}

/**
 * A date as a page or feed states it (ISO 8601 as in JSON-LD, OpenGraph and Atom; RFC 822
 * as in RSS 2.0), or `undefined` when it is not a real date. The offset is kept as
 * written; without one, only the day is kept.
 */
export function parseStatedDate(raw: string | undefined): CalendarValue | undefined {
  const text = raw?.trim();
  if (!text) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return normalizeCalendarValue(text);
  const iso = ISO_DATE_TIME.exec(text);
  if (iso) {
    const [, day = '', time = '', zone] = iso;
    const offset = zone ? isoOffset(zone) : undefined;
    const seconds = time.length === 5 ? `${time}:00` : time;
    return normalizeCalendarValue(offset ? `${day}T${seconds}${offset}` : day);
  }
  const rfc = RFC822.exec(text);
  if (rfc) {
    const [, dayText = '', time = '', zone] = rfc;
    const dayFormat = /\d{4}$/.test(dayText) ? 'd MMM yyyy' : 'd MMM yy';
    const day = parse(dayText, dayFormat, new Date(0), inUtc);
    if (!isValid(day)) return undefined;
    const offset = zone ? isoOffset(zone) : undefined;
    const seconds = time.length <= 5 ? `${time.padStart(5, '0')}:00` : time.padStart(8, '0');
    const isoDay = format(day, 'yyyy-MM-dd', inUtc);
    return normalizeCalendarValue(offset ? `${isoDay}T${seconds}${offset}` : isoDay);
  }
  return undefined;
}

/** A stated publication date, or `undefined`. */
export function statedDate(raw: string | undefined): PublicationDate | undefined {
  const published = parseStatedDate(raw);
  return published ? { published, status: 'stated' } : undefined;
}

/** A plausible year for a news article, so that ids like `/1234/56/` are not read as dates. */
const plausibleYear = (year: number) => year >= 1990 && year <= 2099;

/**
 * The date an article's address carries in its path (`/2016/02/01/`, `/2016-02-01-title`,
 * `-20160201`), as an inferred date with that reason; a year and month alone
 * (`/2016/02/`) give the month's first and last days. `undefined` when there is none.
 */
export function dateFromUrlPath(address: string): PublicationDate | undefined {
  let path: string;
  try {
    path = new URL(address).pathname;
  } catch {
    return undefined;
  }
  const patterns = [
    /\/((\d{4})\/(\d{2})\/(\d{2}))(?=\/|$|\.)/,
    /(?:^|[/_-])((\d{4})-(\d{2})-(\d{2}))(?=$|[/_.,-])/,
    /(?:^|[/_-])((\d{4})(\d{2})(\d{2}))(?=$|[/_.,-])/,
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(path);
    if (!match || !plausibleYear(Number(match[2]))) continue;
    const day = normalizeCalendarValue(`${match[2]}-${match[3]}-${match[4]}`);
    if (day)
      return { published: day, status: 'inferred', reason: `Read from the article’s address (${match[1]}); the page states no date.` };
  }
  const month = /\/((\d{4})\/(\d{2}))\//.exec(path);
  if (month && plausibleYear(Number(month[2]))) {
    const first = normalizeCalendarValue(`${month[2]}-${month[3]}-01`);
    if (first) {
      const last = format(endOfMonth(parse(first, 'yyyy-MM-dd', new Date(0), inUtc)), 'yyyy-MM-dd', inUtc);
      return {
        published: first,
        status: 'inferred',
        latest: last,
        reason: `Read from the article’s address (${month[1]}), which gives only the month; the page states no date.`,
      };
    }
  }
  return undefined;
}
