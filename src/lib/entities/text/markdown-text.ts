import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/*
 * Staging place for plain-text helpers shared by the entity, quote and event
 * analyses. src/lib/analysis will own the site-wide version; these stay
 * minimal and private to the analyses so that they do not depend on it.
 */

const parser = unified().use(remarkParse);

/** Blocks whose text a reader reads; code and raw HTML are not article text. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The reader-visible text of a Markdown body: one block per paragraph or
 * heading, separated by a blank line (so sentences never run across blocks).
 * Link texts are kept, link URLs and image alt texts are not.
 */
export function markdownToPlainText(markdown: string): string {
  const tree = parser.parse(markdown) as Root;
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (!TEXT_BLOCKS.has(node.type)) return undefined;
    const text = toString(node, { includeImageAlt: false, includeHtml: false }).replace(/\s+/gu, ' ').trim();
    if (text !== '') blocks.push(text);
    return 'skip';
  });
  return blocks.join('\n\n');
}

/** Paragraphs of a plain text (blocks separated by blank lines), with their offsets. */
export function splitParagraphs(text: string): { start: number; text: string }[] {
  const paragraphs: { start: number; text: string }[] = [];
  for (const match of text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]*)*/gu)) {
    if (match[0].trim() !== '') paragraphs.push({ start: match.index, text: match[0] });
  }
  return paragraphs;
}
