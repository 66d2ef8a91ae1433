import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, remarkReadingTime } from './remark-reading-time.ts';

describe('countWords', () => {
  it('counts words with apostrophes, hyphens and abbreviations as one', () => {
    expect(countWords('Trump’s five-hour U.S. meeting, “tense” — but productive.')).toBe(7);
    expect(countWords('')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes and never shows zero for real text', () => {
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(460)).toBe(2);
    expect(readingMinutes(0)).toBe(0);
  });
});

describe('remarkReadingTime', () => {
  it('puts word count and minutes into Astro frontmatter data, ignoring Markdown syntax', async () => {
    const file = new VFile({ value: '## Next steps\n\nOne *two* [three](https://example.org) four.' });
    const processor = unified().use(remarkParse).use(remarkReadingTime);
    await processor.run(processor.parse(file), file);
    expect(file.data.astro?.frontmatter).toMatchObject({ wordCount: 6, readingMinutes: 1 });
  });
});
