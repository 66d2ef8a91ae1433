import { afterEach, describe, expect, it } from 'vitest';
import {
  calendarDay,
  isoDay,
  isoWeekRange,
  monthRange,
  publicationDay,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
  yearRange,
} from './calendar.ts';

const KYIV = 'Europe/Kyiv';
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('publicationDay', () => {
  it('takes a bare date as written, in any zone', () => {
    expect(isoDay(publicationDay('2025-12-01', KYIV))).toBe('2025-12-01');
    expect(isoDay(publicationDay('2025-12-01', 'Pacific/Pago_Pago'))).toBe('2025-12-01');
  });

  it('places an instant on the calendar of the given zone', () => {
    expect(isoDay(publicationDay('2025-11-30T23:30:00-05:00', KYIV))).toBe('2025-12-01');
    expect(isoDay(publicationDay('2025-11-30T23:30:00-05:00', 'America/New_York'))).toBe('2025-11-30');
    expect(isoDay(publicationDay('2025-11-30T22:30:00Z', KYIV))).toBe('2025-12-01');
  });

  it('rejects what is not a date', () => {
    expect(() => publicationDay('2025-11-31', KYIV)).toThrow(RangeError);
    expect(() => publicationDay('yesterday', KYIV)).toThrow(RangeError);
  });

  it('does not depend on the machine time zone', () => {
    const results = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'].map((tz) => {
      process.env.TZ = tz;
      const day = publicationDay('2025-11-30T23:30:00-05:00', KYIV);
      return [isoDay(day), isoWeekRange(day, 1), isoDay(weekdayOnOrAfter(day, 2))];
    });
    expect(results[0]).toEqual(['2025-12-01', { start: '2025-12-08', end: '2025-12-14' }, '2025-12-02']);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
  });
});

describe('calendar arithmetic', () => {
  const sunday = publicationDay('2025-11-30', KYIV);
  const monday = publicationDay('2025-12-01', KYIV);

  it('finds weekdays on or before / on or after a day', () => {
    expect(isoDay(weekdayOnOrBefore(monday, 0))).toBe('2025-11-30');
    expect(isoDay(weekdayOnOrBefore(sunday, 0))).toBe('2025-11-30');
    expect(isoDay(weekdayOnOrBefore(sunday, 0, true))).toBe('2025-11-23');
    expect(isoDay(weekdayOnOrAfter(monday, 1))).toBe('2025-12-01');
    expect(isoDay(weekdayOnOrAfter(monday, 1, true))).toBe('2025-12-08');
    expect(isoDay(weekdayOnOrAfter(sunday, 2))).toBe('2025-12-02');
  });

  it('gives ISO weeks, months and years as ranges', () => {
    expect(isoWeekRange(sunday, 0)).toEqual({ start: '2025-11-24', end: '2025-11-30' });
    expect(isoWeekRange(sunday, 1)).toEqual({ start: '2025-12-01', end: '2025-12-07' });
    expect(isoWeekRange(monday, -1)).toEqual({ start: '2025-11-24', end: '2025-11-30' });
    expect(monthRange(sunday, 3)).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(yearRange(2014)).toEqual({ start: '2014-01-01', end: '2014-12-31' });
  });

  it('crosses daylight-saving changes by calendar days', () => {
    const beforeDst = publicationDay('2025-10-25', KYIV);
    expect(isoDay(weekdayOnOrAfter(beforeDst, 1))).toBe('2025-10-27');
  });

  it('refuses days that do not exist', () => {
    expect(calendarDay(2025, 10, 31)).toBeNull();
    expect(calendarDay(2024, 1, 29)).not.toBeNull();
  });
});
