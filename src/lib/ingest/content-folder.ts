import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { readArticleFile } from './article-file.ts';
import type { KnownArticle } from './duplicates.ts';
import type { OutletRecord } from './outlets.ts';

/**
 * What is already in a content folder, as ingest needs it: the outlets (to match new
 * articles to), the articles (to recognise duplicates) and every id and capture name
 * in use (so nothing is overwritten).
 */

/** The content folder's current state. */
export interface ContentFolder {
  root: string;
  outlets: OutletRecord[];
  articles: KnownArticle[];
  /** Article ids in use (file names without `.md`, at any depth). */
  articleIds: Set<string>;
  /** File names in `captures/`. */
  captureFiles: Set<string>;
  /** Files that could not be read, with why; they are skipped, not fatal. */
  unreadable: string[];
}

function filesUnder(directory: string, pattern: RegExp): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name) && !entry.name.startsWith('_') && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Read a content folder (`content/` or a `--content` folder). */
export function readContentFolder(root: string): ContentFolder {
  const unreadable: string[] = [];
  const outlets = filesUnder(join(root, 'outlets'), /\.(ya?ml|json)$/).flatMap((file): OutletRecord[] => {
    const data: unknown = parse(readFileSync(file, 'utf8'));
    const record = data as { homepage?: unknown; name?: unknown } | null;
    if (typeof record?.homepage !== 'string') {
      unreadable.push(`${file}: homepage: missing`);
      return [];
    }
    const id = relative(join(root, 'outlets'), file).replace(/\.(ya?ml|json)$/, '');
    return [{ id, homepage: record.homepage, ...(typeof record.name === 'string' ? { name: record.name } : {}) }];
  });
  const articleFiles = filesUnder(join(root, 'articles'), /\.md$/);
  const articles = articleFiles.flatMap((file): KnownArticle[] => {
    const parsed = readArticleFile(readFileSync(file, 'utf8'));
    const { url, outlet } = parsed?.data ?? {};
    if (!parsed || typeof url !== 'string' || typeof outlet !== 'string') {
      unreadable.push(`${file}: no url or outlet in its frontmatter`);
      return [];
    }
    return [{ file, url, outlet, body: parsed.body }];
  });
  return {
    root,
    outlets,
    articles,
    articleIds: new Set(articleFiles.map((file) => relative(join(root, 'articles'), file).replace(/\.md$/, ''))),
    captureFiles: new Set(existsSync(join(root, 'captures')) ? readdirSync(join(root, 'captures')) : []),
    unreadable,
  };
}
