import { describe, expect, it } from 'vitest';
import { dateFromUrlPath, parseStatedDate } from './dates.ts';

describe('parseStatedDate', () => {
  it('keeps an ISO date-time with its offset', () => {
    expect(parseStatedDate('2025-11-30T07:42:00+02:00')).toBe('2025-11-30T07:42:00+02:00');
    expect(parseStatedDate('2025-11-30T07:42:00.000Z')).toBe('2025-11-30T07:42:00.000Z');
    expect(parseStatedDate('2025-11-30T07:42+0200')).toBe('2025-11-30T07:42:00+02:00');
  });
  it('reads RSS dates (RFC 822), named US zones included', () => {
    expect(parseStatedDate('Sun, 30 Nov 2025 18:05:00 +0000')).toBe('2025-11-30T18:05:00+00:00');
    expect(parseStatedDate('30 Nov 2025 7:42 GMT')).toBe('2025-11-30T07:42:00Z');
    expect(parseStatedDate('Sun, 30 Nov 2025 07:42:00 EST')).toBe('2025-11-30T07:42:00-05:00');
  });
  it('keeps only the day when the time of day has no offset', () => {
    expect(parseStatedDate('2025-11-30 07:42:00')).toBe('2025-11-30');
    expect(parseStatedDate('Sun, 30 Nov 2025 07:42:00 CET')).toBe('2025-11-30');
    expect(parseStatedDate('2025-12-01')).toBe('2025-12-01');
  });
  it('refuses what is not a real date', () => {
    for (const text of ['2025-13-45', 'yesterday', '', undefined, '31 Feb 2025 10:00 GMT']) expect(parseStatedDate(text)).toBeUndefined();
  });
});

describe('dateFromUrlPath', () => {
  it('reads a day from the path as an inferred date with the reason', () => {
    expect(dateFromUrlPath('https://x.example/news/2016/02/01/title')).toEqual({
      published: '2016-02-01',
      status: 'inferred',
      reason: 'Read from the article’s address (2016/02/01); the page states no date.',
    });
    expect(dateFromUrlPath('https://x.example/2016-02-01-title')?.published).toBe('2016-02-01');
    expect(dateFromUrlPath('https://x.example/a/sns-rt-us-20140310,0,676164.story')?.published).toBe('2014-03-10');
  });
  it('gives a month as its first and last days', () => {
    expect(dateFromUrlPath('https://x.example/2016/02/title')).toMatchObject({
      published: '2016-02-01',
      latest: '2016-02-29',
      status: 'inferred',
    });
  });
  it('does not read ids or impossible dates as dates', () => {
    for (const url of [
      'https://imayanews.com/?p=10599',
      'https://x.example/1234/56/78/x',
      'https://x.example/2025/13/45/x',
      'https://x.example/item/12345678',
    ]) {
      expect(dateFromUrlPath(url)).toBeUndefined();
    }
  });
});
