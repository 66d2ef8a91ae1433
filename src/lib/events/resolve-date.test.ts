import { describe, expect, it } from 'vitest';
import { publicationDay } from './calendar.ts';
import type { DateExpression } from './date-expressions.ts';
import { resolveDate } from './resolve-date.ts';
import type { Tense } from './types.ts';

const KYIV = 'Europe/Kyiv';
function resolve(expression: DateExpression, published: string, tense: Tense = 'past') {
  return resolveDate(expression, publicationDay(published, KYIV), tense);
}
const day = (date: string) => ({ start: date, end: date });

describe('resolveDate', () => {
  it('resolves a past weekday to the latest one on or before publication', () => {
    expect(resolve({ type: 'weekday', weekday: 0 }, '2025-12-01')?.date).toEqual(day('2025-11-30'));
    expect(resolve({ type: 'weekday', weekday: 0 }, '2025-11-30')?.date).toEqual(day('2025-11-30'));
  });

  it('resolves a future weekday to the earliest one on or after publication, the same day included', () => {
    expect(resolve({ type: 'weekday', weekday: 1 }, '2025-12-01', 'future')?.date).toEqual(day('2025-12-01'));
    expect(resolve({ type: 'weekday', weekday: 1 }, '2025-11-30', 'future')?.date).toEqual(day('2025-12-01'));
    expect(resolve({ type: 'weekday', weekday: 2 }, '2025-12-01', 'future')?.date).toEqual(day('2025-12-02'));
  });

  it('reads last/next weekday strictly before/after publication, whatever the tense', () => {
    expect(resolve({ type: 'weekday', weekday: 1, modifier: 'last' }, '2025-12-01', 'future')?.date).toEqual(day('2025-11-24'));
    expect(resolve({ type: 'weekday', weekday: 1, modifier: 'next' }, '2025-12-01')?.date).toEqual(day('2025-12-08'));
    expect(resolve({ type: 'weekday', weekday: 3, modifier: 'coming' }, '2025-12-01')?.date).toEqual(day('2025-12-03'));
  });

  it('gives a date without a year the year nearest publication, across New Year', () => {
    expect(resolve({ type: 'date', month: 12, day: 2 }, '2025-11-30')).toEqual({
      date: day('2025-12-02'),
      precision: 'day',
      dependsOnPublication: true,
    });
    expect(resolve({ type: 'date', month: 1, day: 2 }, '2025-12-30')?.date).toEqual(day('2026-01-02'));
    expect(resolve({ type: 'date', month: 12, day: 28 }, '2026-01-03')?.date).toEqual(day('2025-12-28'));
    expect(resolve({ type: 'date', month: 2, day: 29 }, '2025-03-01')?.date).toEqual(day('2024-02-29'));
  });

  it('keeps explicit years, and refuses days that do not exist', () => {
    expect(resolve({ type: 'date', month: 12, day: 1, year: 2025 }, '2030-06-01')).toEqual({
      date: day('2025-12-01'),
      precision: 'day',
      dependsOnPublication: false,
    });
    expect(resolve({ type: 'date', month: 11, day: 31, year: 2025 }, '2025-12-01')).toBeNull();
    expect(resolve({ type: 'date', month: 2, day: 30 }, '2025-12-01')).toBeNull();
  });

  it('resolves weeks as ISO weeks, and a future "this week" on a Sunday as the coming week', () => {
    expect(resolve({ type: 'week', offset: 1 }, '2025-11-30', 'future')).toEqual({
      date: { start: '2025-12-01', end: '2025-12-07' },
      precision: 'week',
      dependsOnPublication: true,
    });
    expect(resolve({ type: 'week', offset: 0 }, '2025-11-30', 'future')?.date).toEqual({ start: '2025-12-01', end: '2025-12-07' });
    expect(resolve({ type: 'week', offset: 0 }, '2025-11-30', 'past')?.date).toEqual({ start: '2025-11-24', end: '2025-11-30' });
    expect(resolve({ type: 'week', offset: 0 }, '2025-12-03', 'future')?.date).toEqual({ start: '2025-12-01', end: '2025-12-07' });
    expect(resolve({ type: 'week', offset: -1 }, '2025-12-01')?.date).toEqual({ start: '2025-11-24', end: '2025-11-30' });
  });

  it('resolves relative days, months and years', () => {
    expect(resolve({ type: 'relative-day', offset: -1 }, '2025-12-01')?.date).toEqual(day('2025-11-30'));
    expect(resolve({ type: 'relative-month', offset: 1 }, '2025-12-15')?.date).toEqual({ start: '2026-01-01', end: '2026-01-31' });
    expect(resolve({ type: 'month', month: 2, year: 2022 }, '2025-12-01')).toEqual({
      date: { start: '2022-02-01', end: '2022-02-28' },
      precision: 'month',
      dependsOnPublication: false,
    });
    expect(resolve({ type: 'relative-year', offset: -1 }, '2025-12-01')?.date).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });
});
