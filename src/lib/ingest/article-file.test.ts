import { describe, expect, it } from 'vitest';
import { articleFileText, readArticleFile, type ArticleFrontmatter } from './article-file.ts';

const frontmatter: ArticleFrontmatter = {
  headline: 'Talks: “tense” but “productive” — officials',
  headlineSource: 'original',
  outlet: 'harbour-gazette',
  url: 'https://x.example/a?p=1',
  published: '2025-11-30T07:42:00+02:00',
  publishedStatus: 'stated',
  language: 'en',
  excerptOnly: true,
  capture: { file: 'harbour-gazette-a.html', sha256: 'a'.repeat(64) },
};

describe('articleFileText', () => {
  it('writes YAML frontmatter that reads back as written, date-times quoted so their offset survives', () => {
    const text = articleFileText(frontmatter, '\nBody text.\n\n');
    expect(text).toContain('published: "2025-11-30T07:42:00+02:00"\n');
    expect(text.endsWith('---\n\nBody text.\n')).toBe(true);
    expect(readArticleFile(text)).toEqual({ data: frontmatter, body: 'Body text.' });
  });
  it('leaves out fields that are not set', () => {
    expect(articleFileText({ ...frontmatter, excerptOnly: undefined }, 'x')).not.toContain('excerptOnly');
  });
  it('reads no frontmatter as undefined', () => {
    expect(readArticleFile('no frontmatter')).toBeUndefined();
  });
});
