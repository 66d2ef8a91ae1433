import type { Heading, Paragraph, Root } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/**
 * Plain-text captures (the seeds' format: a page's visible text, one block per line) to a
 * Markdown body. Text has no markup, so what is chrome and what is article can only be
 * read from its shape; every such reading is reported, never done silently:
 *
 * - a leading ` date YYYY-MM-DD` is the capture tool's date stamp, not text (a stated date);
 * - a block equal to the headline is the page title or `<h1>` repeated;
 * - a short `Photo: …` line is a photo credit (the image is not republished);
 * - a short line with no sentence punctuation, followed by a paragraph, is a subheading;
 * - two or more such lines in a row (“banner”, “SHARE NEWS”, “Comments”) start the page's
 *   chrome, and everything from there on is cut.
 *
 * Chrome inside the text (an “Advertisement” line between paragraphs, a “Read also: …”
 * promo, a caption) cannot be told from article text by shape and stays: the report says so.
 */

/** What a capture gives: the body and what was read from or cut out of it. */
export interface CaptureReading {
  markdown: string;
  /** The body's plain text (paragraphs separated by blank lines). */
  text: string;
  /** The capture's date stamp, when it has one. */
  statedDate?: string;
  photoCredit?: string;
  /** The first line, when it appears twice at the top (page title and `<h1>`). */
  repeatedTitle?: string;
  /** Each reading of the text's shape, in words, for the operator to check. */
  notes: string[];
}

/** A subheading or a chrome fragment is at most this many words long. */
const MAX_HEADING_WORDS = 8;
const SENTENCE_END = /[.!?:;,…"”’»)\]]$/;
const DATE_STAMP = /^\s*date (\d{4}-\d{2}-\d{2})\s+/;
const PHOTO_CREDIT = /^(?:photo|photograph|photo credit|image|фото)\s*:\s*(.+)$/i;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A short line that is not a sentence: a subheading, or a piece of page chrome. */
const isFragment = (block: string) => wordCount(block) <= MAX_HEADING_WORDS && !SENTENCE_END.test(block);

const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;

/**
 * Blocks of a capture: paragraphs are separated by blank lines when the capture has any
 * (lines within one are joined, as hard-wrapped text), else every line is one.
 */
function blocksOf(text: string): string[] {
  const normalized = text.replace(/\r\n?/g, '\n').trim();
  const lines = normalized.split('\n');
  const separatedByBlankLines = lines.some((line) => line.trim() === '');
  if (!separatedByBlankLines) return lines.map((line) => line.trim()).filter(Boolean);
  return normalized
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .join(' ')
        .trim(),
    )
    .filter(Boolean);
}

/** Read a plain-text capture; `headline` (when known) is dropped where the page repeats it. */
export function readPlainTextCapture(raw: string, headline?: string): CaptureReading {
  const notes: string[] = [];
  let text = raw.replace(/^\uFEFF/, '');
  const stamp = DATE_STAMP.exec(text);
  if (stamp) {
    text = text.slice(stamp[0].length);
    notes.push(`read the capture's date stamp "date ${stamp[1]}" as the stated publication date`);
  }
  let blocks = blocksOf(text);
  const repeatedTitle = blocks.length > 1 && blocks[0] === blocks[1] ? blocks[0] : undefined;
  const title = headline?.trim() ?? repeatedTitle;
  if (title && blocks.some((block) => block === title)) {
    blocks = blocks.filter((block) => block !== title);
    notes.push(`dropped the headline where the page repeats it (${quote(title)})`);
  }
  let photoCredit: string | undefined;
  blocks = blocks.filter((block) => {
    const credit = PHOTO_CREDIT.exec(block);
    if (!credit?.[1] || photoCredit || wordCount(block) > 4) return true;
    photoCredit = credit[1].trim();
    notes.push(`read ${quote(block)} as the photo credit`);
    return false;
  });

  const children: (Paragraph | Heading)[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] ?? '';
    const next = blocks[i + 1];
    if (isFragment(block) && (next === undefined || isFragment(next))) {
      const cut = blocks.slice(i);
      notes.push(
        `cut ${cut.length} block${cut.length === 1 ? '' : 's'} of page chrome from ${quote(block)} to the end; check the article ends where it should`,
      );
      break;
    }
    if (isFragment(block)) {
      children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: block }] });
      notes.push(`read ${quote(block)} as a subheading`);
    } else {
      children.push({ type: 'paragraph', children: [{ type: 'text', value: block }] });
    }
  }
  notes.push('a plain-text capture cannot show chrome inside the text (ads, promos, captions): check the body');
  const tree: Root = { type: 'root', children };
  const markdown = unified().use(remarkStringify).stringify(tree).trim();
  const plain = children.map((child) => (child.children[0] as { value: string }).value).join('\n\n');
  return {
    markdown,
    text: plain,
    ...(stamp?.[1] ? { statedDate: stamp[1] } : {}),
    ...(photoCredit ? { photoCredit } : {}),
    ...(repeatedTitle ? { repeatedTitle } : {}),
    notes,
  };
}
