import { stringify } from 'yaml';
import { readMarkdownFile, type MarkdownFile } from '../content/frontmatter.ts';

/**
 * Article files as ingest writes and reads them: YAML frontmatter (written by the `yaml`
 * library, never by string concatenation) and a Markdown body.
 */

/** The frontmatter ingest writes; the collection schema in src/content.config.ts checks it. */
export interface ArticleFrontmatter {
  headline: string;
  headlineSource: 'original' | 'derived-from-url' | 'editorial';
  outlet: string;
  url: string;
  published: string;
  publishedStatus: 'stated' | 'inferred';
  publishedLatest?: string;
  publishedReason?: string;
  language: string;
  photoCredit?: string;
  /** Only the feed's summary was available: the body is that summary. */
  excerptOnly?: true;
  /** The raw input kept in `content/captures/`, and its SHA-256. */
  capture: { file: string; sha256: string };
}

/**
 * The text of an article file. YAML 1.1 rules decide the quoting, so that strings such as
 * `2025-11-30T07:42:00+02:00` are quoted: Astro's frontmatter parser would otherwise turn
 * them into dates and lose the offset.
 */
export function articleFileText(frontmatter: ArticleFrontmatter, body: string): string {
  const defined = Object.fromEntries(Object.entries(frontmatter).filter(([, value]) => value !== undefined));
  return `---\n${stringify(defined, { version: '1.1', lineWidth: 0 })}---\n\n${body.trim()}\n`;
}

/**
 * Frontmatter and body of an article file, or `undefined` when it has no frontmatter block or
 * the frontmatter is not a YAML mapping. Read as the build reads it (`readMarkdownFile`).
 */
export function readArticleFile(text: string): { data: Record<string, unknown>; body: string } | undefined {
  let file: MarkdownFile;
  try {
    file = readMarkdownFile(text);
  } catch {
    return undefined;
  }
  const { data, body } = file;
  if (typeof data !== 'object' || data === null || Array.isArray(data) || Object.keys(data).length === 0) return undefined;
  return { data: data as Record<string, unknown>, body: body.trim() };
}
