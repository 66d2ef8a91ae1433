import { describe, expect, it } from 'vitest';
import { contentErrorMap } from './problems.ts';
import { articleSchema, calendarValue, entitySchema, httpUrl, LATEST_YEAR, text } from './schemas.ts';

const article = {
  headline: 'Talks resume',
  headlineSource: 'original',
  outlet: 'unn',
  url: 'https://unn.ua/en/news/x',
  published: '2025-12-01',
  publishedStatus: 'stated',
  language: 'en',
};

const messages = (schema: { safeParse: (value: unknown, options: object) => { success: boolean; error?: { issues: { message: string }[] } } }, value: unknown) =>
  schema.safeParse(value, { error: contentErrorMap }).error?.issues.map((issue) => issue.message) ?? [];

describe('text fields', () => {
  it('are normalized before they are validated', () => {
    expect(text().parse('  Talks\u202E\u0001 resume\n')).toBe('Talks resume');
    expect(messages(text(), '\u200B\u2066\u2069 \u200D')).toEqual(['must not be empty (invisible characters do not count)']);
  });

  it('refuse text a bad decoding already lost', () => {
    expect(messages(text(), 'Caf\uFFFD talks')[0]).toMatch(/U\+FFFD/);
  });

  it('have a length limit', () => {
    expect(messages(text(10), 'x'.repeat(11))).toEqual(['is too long: at most 10 characters']);
  });
});

describe('publication dates', () => {
  it('accept days and date-times, from YAML text or YAML dates', () => {
    expect(calendarValue.parse('2025-12-01')).toBe('2025-12-01');
    expect(calendarValue.parse(new Date('2025-12-01T00:00:00Z'))).toBe('2025-12-01');
    expect(calendarValue.parse('2025-12-01T14:30:00+02:00')).toBe('2025-12-01T14:30:00+02:00');
  });

  it.each(['0025-12-01', '1899-12-31', '2999-01-01', `${LATEST_YEAR + 1}-01-01`])('refuse %s, outside 1900 to next year', (value) => {
    expect(messages(calendarValue, value)[0]).toMatch(/is not between 1900 and \d{4}: check the year/);
  });

  it('refuse impossible days and other kinds of value', () => {
    expect(messages(calendarValue, '2025-02-30')[0]).toMatch(/"2025-02-30" is not a real date/);
    expect(messages(calendarValue, 20251201)[0]).toMatch(/"20251201" is not a real date/);
    expect(messages(calendarValue, undefined)).toEqual(['required']);
  });
});

describe('URLs', () => {
  it.each(['https://unn.ua/en/news/x', 'http://example.org/a?b=c#d', 'https://пример.рф/новости'])('accept %s', (url) => {
    expect(httpUrl.safeParse(url).success).toBe(true);
  });

  it.each([
    ['https://example.org/\u0000x', /control or invisible/],
    ['https://example.org/a b', /spaces/],
    ['https://example.org/\u202Ex', /invisible/],
    ['javascript:alert(1)', /http\(s\)/],
    ['//example.org/x', /not a URL/],
    ['example.org/x', /not a URL/],
  ])('refuse %j', (url, message) => {
    expect(messages(httpUrl, url)[0]).toMatch(message);
  });
});

describe('articles', () => {
  it('accept the documented fields', () => {
    expect(articleSchema.safeParse(article).success).toBe(true);
  });

  it('refuse unknown fields: a misspelt optional field would be lost', () => {
    const result = articleSchema.safeParse({ ...article, dateLine: 'Kyiv' }, { error: contentErrorMap });
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: ['dateLine'] })]);
  });

  it('refuse a story or outlet that is not a slug', () => {
    expect(messages(articleSchema, { ...article, story: 'US Talks' })[0]).toMatch(/must be a slug/);
  });
});

describe('entities', () => {
  it('refuse aliases that are common words, naming the alias', () => {
    const result = entitySchema.safeParse({ kind: 'person', name: 'Marco Rubio', description: 'US Secretary of State', aliases: ['Rubio', 'The'] }, { error: contentErrorMap });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ['aliases', 1], message: expect.stringContaining('"The" is a common word') })]);
  });

  it('keep country for places', () => {
    expect(messages(entitySchema, { kind: 'person', name: 'Marco Rubio', description: 'x', country: 'US' })).toEqual(['is for places only']);
  });
});
