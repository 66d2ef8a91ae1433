import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import type { ExportedStory } from '../../src/lib/export/stories-export.ts';
import { readStoriesExport } from './stories-export';

/** The production build the site tests read; `npm test` builds it first. */
export const DIST = process.env.CROSSCHECK_DIST ?? 'dist';

if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error(`${DIST}/index.html is missing: run \`npm run build\` first (npm test does)`);
}

/** Every file under dist/, as site paths with forward slashes (`articles/x/index.html`). */
export function distFiles(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Every HTML page under dist/. */
export function htmlPages(): string[] {
  return distFiles().filter((file) => file.endsWith('.html'));
}

export function readDist(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}

/** A parsed page, queried like a browser DOM. */
export function loadPage(file: string): Document {
  return parseHTML(readDist(file)).document as unknown as Document;
}

/** The dist file a site path resolves to (`/articles/x/` → `articles/x/index.html`), or undefined. */
export function resolveSitePath(pathname: string, basePath = '/'): string | undefined {
  if (!pathname.startsWith(basePath)) return undefined;
  const path = decodeURIComponent(pathname.slice(basePath.length));
  const candidates = path === '' || path.endsWith('/') ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`];
  return candidates.find((candidate) => existsSync(join(DIST, candidate)) && !candidate.endsWith('/'));
}

/** Every story of dist/'s stories export, as a consumer reads it (see `readStoriesExport`). */
export function exportedStories(): ExportedStory[] {
  return readStoriesExport(DIST);
}

/** The three seed articles, by id, with the capture each was made from. */
export const SEED_ARTICLES = {
  'axy-media-miami-post-war-borders': '000_bb73fba5fbd089b4.txt',
  'unn-post-war-borders-dominated-talks': '001_cac850ea4b2be244.txt',
  'imaya-news-rubio-talks-productive': '003_3fb0c84f68194678.txt',
} as const;
