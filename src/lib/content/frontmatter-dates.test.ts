import { describe, expect, it } from 'vitest';
import { checkFrontmatterDates } from './frontmatter-dates';

describe('checkFrontmatterDates', () => {
  it('accepts real dates, quoted or not', () => {
    expect(checkFrontmatterDates('---\npublished: 2025-12-01\nretells:\n  published: "2025-11-30T10:00:00Z"\n---\nText')).toEqual([]);
  });
  it('names each impossible or malformed date field', () => {
    const problems = checkFrontmatterDates('---\npublished: 2025-13-45\npublishedLatest: yesterday\nretells:\n  published: 2025-02-30\n---\n');
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^published: "2025-13-45" is not a real date/);
    expect(problems[1]).toMatch(/^publishedLatest: "yesterday"/);
    expect(problems[2]).toMatch(/^retells\.published: "2025-02-30"/);
  });
  it('ignores files without frontmatter', () => {
    expect(checkFrontmatterDates('Just text')).toEqual([]);
  });
});
