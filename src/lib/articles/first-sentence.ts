import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The plain text of the first paragraph of a Markdown body (headings skipped). */
export function firstParagraph(markdown: string): string {
  const tree = parser.parse(markdown) as Root;
  const paragraph = tree.children.find((node): node is Paragraph => node.type === 'paragraph');
  return paragraph ? toString(paragraph).replace(/\s+/g, ' ').trim() : '';
}

/**
 * The first sentence of a Markdown body, for teasers and descriptions. Uses the
 * Unicode sentence rules (Intl.Segmenter), then rejoins a split made right after
 * a short abbreviation such as "U.S." or "Gen." that the rules mistake for an end.
 */
export function firstSentence(markdown: string): string {
  const text = firstParagraph(markdown);
  let sentence = '';
  for (const { segment } of sentences.segment(text)) {
    sentence += segment;
    if (!/(?:\b[A-Z]\.|\b(?:Gen|Lt|Col|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov)\.)\s*$/.test(sentence.trim())) break;
  }
  return sentence.trim();
}
