import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from './frontmatter';

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
