/**
 * The analysis's view of the corpus: every article's text (from the text layer, src/lib/text)
 * as sentences of interned tokens and features. Later stages (stories, retellings, claims)
 * only read these structures.
 */
import type { ArticleInput } from '../article-input.ts';
import { toEpochMs } from '../dates/calendar-value.ts';
import type { TextHeading } from '../text/article-text.ts';
import { textDocument } from '../text/text-document.ts';
import { Featurizer, NameLexicon, Vocabulary, WordTable, type ScannedSentence } from '../text/tokens.ts';
import { isTitleCase } from '../text/title-case.ts';

export { Vocabulary } from '../text/tokens.ts';

/** One body sentence with its tokens. */
export interface SentenceDoc {
  /** Index of the article in `Corpus.docs`. */
  article: number;
  /** Index of the paragraph among the article's body paragraphs (headings not counted). */
  paragraph: number;
  /** Index of the sentence within its paragraph. */
  index: number;
  text: string;
  /** Offsets of the sentence in the text layer's `plainText` (where quotes and events are placed). */
  start: number;
  end: number;
  /** Distinct feature ids, ascending. */
  features: number[];
  /** Distinct word-trigram hashes, ascending. */
  shingles: number[];
}

/** A heading of the body. Headings are kept apart: they are not claims. */
export type HeadingDoc = TextHeading;

/** An article parsed into the text model. */
export interface ArticleDoc {
  /** Index in `Corpus.docs` (articles are ordered by id). */
  index: number;
  article: ArticleInput;
  /** Publication time in ms since the epoch. */
  time: number;
  /** Plain text of the body paragraphs. */
  paragraphs: string[];
  headings: HeadingDoc[];
  /** Body sentences in reading order. */
  sentences: SentenceDoc[];
  /** Feature ids of the headline, with repetition. */
  headlineFeatures: Int32Array;
  /** Distinct feature ids of the whole body, ascending, with their counts alongside. */
  bodyFeatures: Int32Array;
  bodyCounts: Int32Array;
}

/** All articles of a corpus in the text model. */
export interface Corpus {
  docs: ArticleDoc[];
  vocabulary: Vocabulary;
}

interface ParsedArticle {
  article: ArticleInput;
  paragraphs: string[];
  headings: HeadingDoc[];
  sentences: string[][];
  /** [start, end) of each sentence in `plainText`, like `sentences`. */
  offsets: Array<Array<[number, number]>>;
  scanned: ScannedSentence[][];
  headline: ScannedSentence;
}

/** Parses every article. The result does not depend on the order of `articles`. */
export function buildCorpus(articles: readonly ArticleInput[]): Corpus {
  const sorted = [...articles].sort((a, b) => compareStrings(a.id, b.id));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.id === sorted[i - 1]!.id) throw new Error(`Duplicate article id: ${sorted[i]!.id}`);
  }
  const table = new WordTable();
  const parsed = sorted.map((article) => parseArticle(article, table));

  // Names are learned from all body sentences before any sentence is tokenized. Headlines
  // are left out, and so are Title Case sentences (a feed item's body may be its headline):
  // their capitals would make every word look like a name.
  const lexicon = new NameLexicon();
  for (const article of parsed) {
    article.scanned.forEach((paragraph, p) => {
      paragraph.forEach((sentence, k) => {
        if (!isTitleCase(article.sentences[p]![k]!)) lexicon.add(sentence);
      });
    });
  }

  const vocabulary = new Vocabulary();
  const featurizer = new Featurizer(table, lexicon, vocabulary);
  const docs = parsed.map((article, index) => toDoc(article, index, featurizer));
  return { docs, vocabulary };
}

function parseArticle(article: ArticleInput, table: WordTable): ParsedArticle {
  const { paragraphs, headings } = article.text;
  const sentences: string[][] = paragraphs.map(() => []);
  const offsets: Array<Array<[number, number]>> = paragraphs.map(() => []);
  for (const sentence of textDocument(article.text).sentences) {
    sentences[sentence.paragraph!]!.push(sentence.text);
    offsets[sentence.paragraph!]!.push([sentence.start, sentence.end]);
  }
  return {
    article,
    paragraphs,
    headings,
    sentences,
    offsets,
    scanned: sentences.map((paragraph) => paragraph.map((sentence) => table.scan(sentence))),
    headline: table.scan(article.headline),
  };
}

function toDoc(parsed: ParsedArticle, index: number, featurizer: Featurizer): ArticleDoc {
  const counts = new Map<number, number>();
  const sentences: SentenceDoc[] = [];
  // Counting into a Map per article is the simple way; it is not a hot spot.
  parsed.sentences.forEach((paragraph, paragraphIndex) => {
    paragraph.forEach((text, sentenceIndex) => {
      const tokens = featurizer.featurize(parsed.scanned[paragraphIndex]![sentenceIndex]!);
      const ids = tokens.features;
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      sentences.push({
        article: index,
        paragraph: paragraphIndex,
        index: sentenceIndex,
        text,
        start: parsed.offsets[paragraphIndex]![sentenceIndex]![0],
        end: parsed.offsets[paragraphIndex]![sentenceIndex]![1],
        features: distinctSorted(ids),
        shingles: distinctSorted(tokens.shingles),
      });
    });
  });
  const headline = featurizer.featurize(parsed.headline);
  const bodyFeatures = Int32Array.from(counts.keys()).sort();
  return {
    index,
    article: parsed.article,
    time: publishedTime(parsed.article),
    paragraphs: parsed.paragraphs,
    headings: parsed.headings,
    sentences,
    headlineFeatures: Int32Array.from(headline.features),
    bodyFeatures,
    bodyCounts: bodyFeatures.map((id) => counts.get(id) ?? 0),
  };
}

/** Publication time in ms; an article that reaches the analysis with a bad date is a bug. */
function publishedTime(article: ArticleInput): number {
  const time = toEpochMs(article.published);
  if (Number.isNaN(time)) throw new Error(`Invalid publication date of ${article.id}: ${JSON.stringify(article.published)}`);
  return time;
}

/** Sorted copy without duplicates (insertion sort: the arrays are short). */
function distinctSorted(values: readonly number[]): number[] {
  const sorted: number[] = [];
  for (const value of values) {
    let k = sorted.length;
    while (k > 0 && sorted[k - 1]! > value) k--;
    if (k > 0 && sorted[k - 1] === value) continue;
    sorted.splice(k, 0, value);
  }
  return sorted;
}

/** Code-unit order, independent of locale (localeCompare is not stable across ICU versions). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
