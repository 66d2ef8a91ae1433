import type { ArticleText } from '../text/article-text.ts';
import { textDocument } from '../text/text-document.ts';

/**
 * The first sentence of an article's first paragraph, for teasers and descriptions, split by
 * the same rules the analysis uses (robust to "U.S.", "Gen.", initials, quotes).
 */
export function firstSentence(text: ArticleText): string {
  return textDocument(text).sentences.find((sentence) => sentence.paragraph === 0)?.text ?? '';
}
