import { describe, expect, it } from 'vitest';
import { calendarDay, isDateOnly, normalizeCalendarValue, toEpochMs } from './calendar-value.ts';

describe('normalizeCalendarValue', () => {
  it('keeps a bare day and reads a YAML date back as its day', () => {
    expect(normalizeCalendarValue('2025-12-01')).toBe('2025-12-01');
    expect(normalizeCalendarValue(new Date('2025-12-01'))).toBe('2025-12-01');
  });
  it('keeps a date-time with offset', () => {
    expect(normalizeCalendarValue('2025-12-01T14:30:00+02:00')).toBe('2025-12-01T14:30:00+02:00');
    expect(normalizeCalendarValue(new Date('2025-12-01T14:30:00Z'))).toBe('2025-12-01T14:30:00Z');
  });
  it('rejects impossible and malformed dates', () => {
    expect(normalizeCalendarValue('2025-02-30')).toBeUndefined();
    expect(normalizeCalendarValue('1 December 2025')).toBeUndefined();
    expect(normalizeCalendarValue('2025-12-01T14:30')).toBeUndefined();
    expect(normalizeCalendarValue(new Date('nonsense'))).toBeUndefined();
  });
});

describe('calendarDay', () => {
  it('never moves a bare day, whatever the zone', () => {
    expect(calendarDay('2025-12-01', 'Pacific/Kiritimati')).toBe('2025-12-01');
    expect(calendarDay('2025-12-01', 'America/Los_Angeles')).toBe('2025-12-01');
    expect(isDateOnly('2025-12-01')).toBe(true);
  });
  it('places an instant on the day it is in the given zone', () => {
    expect(calendarDay('2025-12-01T02:00:00Z', 'America/New_York')).toBe('2025-11-30');
    expect(calendarDay('2025-11-30T20:00:00Z', 'Pacific/Kiritimati')).toBe('2025-12-01');
  });
  it('orders bare days and instants on one scale', () => {
    expect(toEpochMs('2025-12-01')).toBeLessThan(toEpochMs('2025-12-01T00:00:01Z'));
  });
});
