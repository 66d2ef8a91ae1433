import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { markdownToPlainText } from '../text/markdown-text';

/** Test support only: the three seed articles as the analyses see them. */
export interface SeedArticle {
  id: string;
  /** `published` from the frontmatter, as YYYY-MM-DD. */
  published: string;
  publishedInferred: boolean;
  body: string;
  /** Plain text of the body (see markdownToPlainText). */
  text: string;
}

const ARTICLE_DIR = new URL('../../../../content/articles/', import.meta.url);
const FRONTMATTER = /^---\n([\s\S]*?)\n---\n?/u;

function isoDay(value: unknown): string {
  // YAML reads an unquoted 2025-11-30 as a Date at UTC midnight.
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/** The seed articles in content/articles, sorted by id. */
export function readSeedArticles(): SeedArticle[] {
  return readdirSync(ARTICLE_DIR)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const source = readFileSync(join(ARTICLE_DIR.pathname, file), 'utf8');
      const match = FRONTMATTER.exec(source);
      const frontmatter = (match === null ? {} : parse(match[1] ?? '')) as Record<string, unknown>;
      const body = match === null ? source : source.slice(match[0].length);
      return {
        id: file.replace(/\.md$/u, ''),
        published: isoDay(frontmatter.published),
        publishedInferred: frontmatter.publishedStatus === 'inferred',
        body,
        text: markdownToPlainText(body),
      };
    });
}

/** The seed article with this id; throws if absent, so tests fail loudly. */
export function seedArticle(id: string): SeedArticle {
  const article = readSeedArticles().find((candidate) => candidate.id === id);
  if (article === undefined) throw new Error(`no seed article ${id}`);
  return article;
}
