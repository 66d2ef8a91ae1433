import { describe, expect, it } from 'vitest';
import { formatCalendarValue, formatDateOrRange, formatPossibleDays } from './format.ts';

describe('formatCalendarValue', () => {
  it('formats a bare day without a time', () => {
    expect(formatCalendarValue('2025-12-01', 'UTC')).toBe('1 December 2025');
    expect(formatCalendarValue('2025-12-01', 'America/Los_Angeles', 'short')).toBe('1 Dec 2025');
    expect(formatCalendarValue('2025-11-30', 'UTC', 'day-heading')).toBe('Sunday 30 November 2025');
    expect(formatCalendarValue('2022-02-01', 'UTC', 'month')).toBe('February 2022');
    expect(formatCalendarValue('2022-02-01T10:00:00Z', 'UTC', 'year')).toBe('2022');
  });
  it('shows an instant in the site zone with its time', () => {
    expect(formatCalendarValue('2025-12-01T14:30:00+02:00', 'UTC')).toBe('1 December 2025, 12:30 UTC');
    expect(formatCalendarValue('2025-12-01T02:00:00Z', 'America/New_York')).toBe('30 November 2025, 21:00 UTC-05:00');
  });
});

describe('formatPossibleDays', () => {
  it('reads two adjacent days as an either-or', () => {
    expect(formatPossibleDays('2025-11-30', '2025-12-01', 'UTC')).toBe('30 November or 1 December 2025');
  });
  it('reads longer spans and year boundaries in full', () => {
    expect(formatPossibleDays('2025-12-30', '2026-01-02', 'UTC')).toBe('between 30 December 2025 and 2 January 2026');
    expect(formatPossibleDays('2025-12-01', '2025-12-01', 'UTC')).toBe('1 December 2025');
  });
});

describe('formatDateOrRange', () => {
  it('shows one day, or the possible days when only a span is known', () => {
    expect(formatDateOrRange('2025-12-01', 'UTC', 'short')).toBe('1 Dec 2025');
    expect(formatDateOrRange('2025-11-30', 'UTC', 'short', '2025-12-01')).toBe('30 November or 1 December 2025');
  });
});
