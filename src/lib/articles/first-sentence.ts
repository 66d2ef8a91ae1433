import { markdownToBlocks } from '../analysis/markdown.ts';
import { splitSentences } from '../analysis/sentences.ts';

/** The plain text of the first paragraph of a Markdown body (headings skipped). */
export function firstParagraph(markdown: string): string {
  return markdownToBlocks(markdown).find((block) => block.kind === 'paragraph')?.text ?? '';
}

/**
 * The first sentence of a Markdown body, for teasers and descriptions, split by
 * the same rules the analysis uses (robust to "U.S.", "Gen.", initials, quotes).
 */
export function firstSentence(markdown: string): string {
  return splitSentences(firstParagraph(markdown))[0]?.trim() ?? '';
}
