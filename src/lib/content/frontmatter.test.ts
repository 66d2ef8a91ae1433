import { describe, expect, it } from 'vitest';
import { readMarkdownFile, splitFrontmatter } from './frontmatter.ts';

describe('splitFrontmatter', () => {
  it('cuts where Astro cuts and numbers the lines', () => {
    const parts = splitFrontmatter('---\nheadline: Talks\nurl: x\n---\n\nFirst paragraph.\n');
    expect(parts).toEqual({ yaml: '\nheadline: Talks\nurl: x\n', yamlLine: 1, body: '\n\nFirst paragraph.\n', bodyLine: 4 });
  });

  it('allows a byte-order mark and blank lines before the frontmatter', () => {
    expect(splitFrontmatter('\n\n---\na: 1\n---\nText')).toMatchObject({ yamlLine: 3, bodyLine: 5, body: '\nText' });
    expect(splitFrontmatter('\uFEFF---\na: 1\n---\nText')).toMatchObject({ yamlLine: 1, body: '\nText' });
  });

  it('is undefined without YAML frontmatter', () => {
    expect(splitFrontmatter('Just text')).toBeUndefined();
    expect(splitFrontmatter('---\nheadline: never closed\n')).toBeUndefined();
    expect(splitFrontmatter('+++\ntitle = "toml"\n+++\nText')).toBeUndefined();
  });
});

describe('readMarkdownFile', () => {
  it('splits frontmatter from body where YAML says the document ends', () => {
    const file = readMarkdownFile('---\nheadline: "a --- b"\npublished: 2025-11-30\nretells:\n  outlet: Axios\n---\n\nBody\n\n---\n\nMore\n');
    expect(file.data).toEqual({ headline: 'a --- b', published: '2025-11-30', retells: { outlet: 'Axios' } });
    expect(file.body).toBe('\nBody\n\n---\n\nMore\n');
  });

  it('handles CRLF and empty frontmatter', () => {
    expect(readMarkdownFile('---\r\na: 1\r\n---\r\nBody\r\n')).toEqual({ data: { a: 1 }, body: 'Body\r\n' });
    expect(readMarkdownFile('---\n---\nBody')).toEqual({ data: {}, body: 'Body' });
  });

  it('has no frontmatter when the file does not open one or never closes it', () => {
    expect(readMarkdownFile('Text\n---\nmore')).toEqual({ data: {}, body: 'Text\n---\nmore' });
    expect(readMarkdownFile('---\nunclosed: 1\nbody')).toEqual({ data: {}, body: '---\nunclosed: 1\nbody' });
  });

  it('reports invalid YAML with its line', () => {
    expect(() => readMarkdownFile('---\na: [\n---\nBody')).toThrow(/line 3/);
  });
});
