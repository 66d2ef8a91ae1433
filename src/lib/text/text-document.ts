/**
 * The text layer every analysis reads: one article's text in the views the analyses need,
 * each computed once, on first use, from the article's text model.
 *
 *   const text = textDocument(article.text);
 *   text.sentences            // paragraph sentences, split inside quotations too (claims)
 *   text.attributedSentences  // a quotation and its attribution kept whole (quotes, events)
 *
 * Documents are cached per model object, so the stories analysis, quotes, events and
 * mentions of one build share one document per article, whoever asks first.
 */
import type { ArticleText } from './article-text.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import { splitSentences } from './sentences.ts';

/** A heading or paragraph of the body, placed in the document's plain text. */
export interface TextBlock {
  kind: 'paragraph' | 'heading';
  text: string;
  /** Offset of the block in `TextDocument.plainText`. */
  start: number;
  /** Paragraphs: the N of the page's `#p-N`. */
  paragraph?: number;
  /** Headings: level 1–6. */
  depth?: number;
}

/** A sentence of a block, with offsets in the document's plain text. */
export interface Sentence {
  /** Index of its block in `TextDocument.blocks`. */
  block: number;
  /** The N of its paragraph's `#p-N`; undefined in a heading. */
  paragraph?: number;
  /** Index of the sentence within its block. */
  index: number;
  start: number;
  end: number;
  text: string;
}

/** One article's text with its derived views. */
export interface TextDocument {
  /** The model it was built from. */
  readonly model: ArticleText;
  /** Headings and paragraphs in reading order. */
  readonly blocks: readonly TextBlock[];
  /** The blocks' texts joined by blank lines: the article as a reader reads it. */
  readonly plainText: string;
  /** Sentences of the paragraphs (not headings), a quotation split at its own sentences. */
  readonly sentences: readonly Sentence[];
  /** Sentences of every block, each quotation kept whole with its attribution. */
  readonly attributedSentences: readonly Sentence[];
  /** Top-level quotations of every block, offsets in `plainText`. */
  readonly quotations: readonly QuoteSpan[];
}

const BLOCK_SEPARATOR = '\n\n';
const documents = new WeakMap<ArticleText, TextDocument>();

/** The text layer of an article, built on first use and cached per model object. */
export function textDocument(model: ArticleText): TextDocument {
  let document = documents.get(model);
  if (document === undefined) {
    document = new LazyTextDocument(model);
    documents.set(model, document);
  }
  return document;
}

class LazyTextDocument implements TextDocument {
  readonly model: ArticleText;
  readonly blocks: readonly TextBlock[];
  readonly plainText: string;
  private sentenceCache?: Sentence[];
  private attributedCache?: Sentence[];
  private quotationCache?: QuoteSpan[];

  constructor(model: ArticleText) {
    this.model = model;
    this.blocks = placeBlocks(model);
    this.plainText = this.blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
  }

  get sentences(): readonly Sentence[] {
    this.sentenceCache ??= this.split(false);
    return this.sentenceCache;
  }

  get attributedSentences(): readonly Sentence[] {
    this.attributedCache ??= this.split(true);
    return this.attributedCache;
  }

  get quotations(): readonly QuoteSpan[] {
    this.quotationCache ??= this.blocks.flatMap((block) =>
      findQuoteSpans(block.text).map((span) => ({
        start: span.start + block.start,
        end: span.end + block.start,
        innerStart: span.innerStart + block.start,
        innerEnd: span.innerEnd + block.start,
      })),
    );
    return this.quotationCache;
  }

  private split(keepQuotations: boolean): Sentence[] {
    const sentences: Sentence[] = [];
    this.blocks.forEach((block, index) => {
      if (!keepQuotations && block.kind === 'heading') return;
      splitSentences(block.text, { keepQuotations }).forEach((span, sentence) => {
        sentences.push({
          block: index,
          ...(block.paragraph === undefined ? {} : { paragraph: block.paragraph }),
          index: sentence,
          start: block.start + span.start,
          end: block.start + span.end,
          text: span.text,
        });
      });
    });
    return sentences;
  }
}

/** Headings and paragraphs interleaved in reading order, with their offsets. */
function placeBlocks(model: ArticleText): TextBlock[] {
  const blocks: TextBlock[] = [];
  let offset = 0;
  const add = (block: Omit<TextBlock, 'start'>): void => {
    blocks.push({ ...block, start: offset });
    offset += block.text.length + BLOCK_SEPARATOR.length;
  };
  let heading = 0;
  model.paragraphs.forEach((text, paragraph) => {
    for (; heading < model.headings.length && model.headings[heading]!.beforeParagraph <= paragraph; heading++) {
      add({ kind: 'heading', text: model.headings[heading]!.text, depth: model.headings[heading]!.depth });
    }
    add({ kind: 'paragraph', text, paragraph });
  });
  for (; heading < model.headings.length; heading++) {
    add({ kind: 'heading', text: model.headings[heading]!.text, depth: model.headings[heading]!.depth });
  }
  return blocks;
}
