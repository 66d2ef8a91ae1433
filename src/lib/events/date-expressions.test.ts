import { describe, expect, it } from 'vitest';
import { findDateExpressions } from './date-expressions.ts';

const found = (sentence: string) => findDateExpressions(sentence).map((item) => [item.text, item.expression]);

describe('findDateExpressions', () => {
  it('reads explicit dates in both orders, with or without a year', () => {
    expect(found('Umerov will meet Zelensky on December 1 and Putin on 2 December 2025.')).toEqual([
      ['on December 1', { type: 'date', month: 12, day: 1 }],
      ['on 2 December 2025', { type: 'date', month: 12, day: 2, year: 2025 }],
    ]);
    expect(found('By Dec. 3, 2025, or the 4th of January')).toEqual([
      ['Dec. 3, 2025', { type: 'date', month: 12, day: 3, year: 2025 }],
      ['the 4th of January', { type: 'date', month: 1, day: 4 }],
    ]);
  });

  it('starts "on" at a word boundary', () => {
    const [item] = findDateExpressions('In Washington on December 1 and Moscow on Monday');
    expect(item).toMatchObject({ text: 'on December 1', start: 14 });
    expect(findDateExpressions('Moscow on Monday')[0]).toMatchObject({ text: 'on Monday', start: 7 });
  });

  it('reads a weekday with an explicit date as one expression', () => {
    expect(found('Tuesday 2 December')).toEqual([['Tuesday 2 December', { type: 'date', month: 12, day: 2 }]]);
    expect(found('on Monday, December 1')).toEqual([['on Monday, December 1', { type: 'date', month: 12, day: 1 }]]);
  });

  it('reads weekdays, with "on", modifiers and possessives, but not plurals or lower case', () => {
    expect(found("Talks on Sunday, Sunday's meeting, last Friday, next Monday, on Sundays, a sunday")).toEqual([
      ['on Sunday', { type: 'weekday', weekday: 0 }],
      ["Sunday's", { type: 'weekday', weekday: 0 }],
      ['last Friday', { type: 'weekday', weekday: 5, modifier: 'last' }],
      ['next Monday', { type: 'weekday', weekday: 1, modifier: 'next' }],
    ]);
  });

  it('reads relative days, weeks, months and years', () => {
    expect(found('today, tomorrow, yesterday, next week, earlier this week, last month, this year')).toEqual([
      ['today', { type: 'relative-day', offset: 0 }],
      ['tomorrow', { type: 'relative-day', offset: 1 }],
      ['yesterday', { type: 'relative-day', offset: -1 }],
      ['next week', { type: 'week', offset: 1 }],
      ['earlier this week', { type: 'week', offset: 0 }],
      ['last month', { type: 'relative-month', offset: -1 }],
      ['this year', { type: 'relative-year', offset: 0 }],
    ]);
  });

  it('reads months with a year, and years only after a preposition', () => {
    expect(found('The war began in February 2022; its roots date back to 2014. A 28-point plan of 2025 people.')).toEqual([
      ['in February 2022', { type: 'month', month: 2, year: 2022 }],
      ['back to 2014', { type: 'year', year: 2014 }],
    ]);
  });

  it('does not read "may" or numbers as dates', () => {
    expect(found('Talks may resume; 30 people met for five hours in 2 rooms.')).toEqual([]);
  });
});
