import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Words a reader gets through in a minute of news reading. */
export const WORDS_PER_MINUTE = 230;

/** Count words the way a reader would: runs of letters or digits, joined by ’ ' - within a word. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes, never below one for a non-empty text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * Remark plugin: puts `wordCount` and `readingMinutes` into Astro's
 * `remarkPluginFrontmatter`, so pages read them without re-parsing the body.
 */
export function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    let words = 0;
    // Count node by node so that words in adjacent blocks never run together.
    visit(tree, (node) => {
      if (node.type === 'text' || node.type === 'inlineCode') words += countWords(node.value);
    });
    const astro = (file.data.astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    frontmatter.wordCount = words;
    frontmatter.readingMinutes = readingMinutes(words);
  };
}
