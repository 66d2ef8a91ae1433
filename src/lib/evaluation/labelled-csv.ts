/**
 * Labelled articles from a CSV file in the format of the *News Aggregator* data set
 * (Fabio Gasparetti, UCI Machine Learning Repository, 2016, CC BY 4.0): one article per row,
 * with the story people assigned it to. Columns (header row, any order, extra columns ignored):
 *
 * - `TITLE` the headline;
 * - `PUBLISHER` the outlet's name (the data set escapes parentheses: `\(blog\)`);
 * - `URL` the article's address;
 * - `TIMESTAMP` publication time in milliseconds since the Unix epoch;
 * - `STORY` the true story label;
 * - `ID` (optional) a unique row id, else the line number is used;
 * - `BODY` (optional) the article text as Markdown; without it the body is the headline, as
 *   for a feed item or a wire brief.
 */
import { parse } from 'csv-parse/sync';
import type { ArticleInput } from '../article-input.ts';
import { articleProcessor, articleTextFromMarkdown } from '../markdown/article-text.ts';

/** One labelled row: the article as the analysis sees it, and its true story. */
export interface LabelledArticle {
  article: ArticleInput;
  /** The story label people gave the article. */
  story: string;
}

/** A CSV that cannot be read as labelled articles; the message names the file, line and column. */
export class LabelledCsvError extends Error {}

/** A parsed row and the line it ends on (what csv-parse returns with `info: true`). */
interface RecordWithLine {
  info: { lines: number };
  record: string[];
}

const REQUIRED = ['TITLE', 'PUBLISHER', 'URL', 'TIMESTAMP', 'STORY'] as const;

/** Parses labelled rows; `file` names the source in error messages. Throws `LabelledCsvError`. */
export function parseLabelledCsv(text: string, file: string): LabelledArticle[] {
  let records: RecordWithLine[];
  try {
    // csv-parse's types do not model `info: true`, which wraps each record with its position.
    records = parse(text, { bom: true, info: true, skip_empty_lines: true }) as unknown as RecordWithLine[];
  } catch (error) {
    throw new LabelledCsvError(`${file}: ${(error as Error).message}`);
  }
  const [header, ...rows] = records;
  // Bodies are Markdown, read through the site's own article pipeline (one processor for all rows).
  const processor = articleProcessor();
  if (header === undefined) throw new LabelledCsvError(`${file}: empty file, expected a header row`);
  const column = new Map(header.record.map((name, index) => [name.trim().toUpperCase(), index]));
  const missing = REQUIRED.filter((name) => !column.has(name));
  if (missing.length > 0) throw new LabelledCsvError(`${file}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);

  const seenIds = new Set<string>();
  return rows.map(({ info, record }): LabelledArticle => {
    const where = `${file}: line ${info.lines}`;
    const field = (name: string, required = true): string => {
      const index = column.get(name);
      const value = index === undefined ? '' : (record[index] ?? '').trim();
      if (required && value === '') throw new LabelledCsvError(`${where}: ${name}: empty`);
      return value;
    };
    const headline = field('TITLE');
    const publisher = unescapePublisher(field('PUBLISHER'));
    const timestamp = field('TIMESTAMP');
    const time = /^\d{1,16}$/.test(timestamp) ? new Date(Number(timestamp)) : undefined;
    if (time === undefined || Number.isNaN(time.getTime())) {
      throw new LabelledCsvError(`${where}: TIMESTAMP: ${JSON.stringify(timestamp)} is not a time in milliseconds since the epoch`);
    }
    const id = `row-${field('ID', false) || String(info.lines)}`;
    if (seenIds.has(id)) throw new LabelledCsvError(`${where}: ID: ${JSON.stringify(id.slice(4))} appears twice`);
    seenIds.add(id);
    return {
      article: {
        id,
        headline,
        outlet: outletId(publisher),
        outletName: publisher,
        published: time.toISOString(),
        publishedInferred: false,
        text: articleTextFromMarkdown(field('BODY', false) || headline, processor),
        url: field('URL'),
      },
      story: field('STORY'),
    };
  });
}

/** "Seattle Post Intelligencer \(blog\)" → "Seattle Post Intelligencer (blog)". */
function unescapePublisher(name: string): string {
  return name.replace(/\\(.)/g, '$1');
}

/** A stable outlet id from a publisher's name: lower case, runs of other characters as "-". */
function outletId(name: string): string {
  return (
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'outlet'
  );
}
