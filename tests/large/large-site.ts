/**
 * What the large-corpus tests share: the build's files as a set (so a link is checked
 * without touching the disk), the generator's manifest, and each page's links, parsed once.
 */
import { readFileSync } from 'node:fs';
import { DIST, distFiles, htmlPages, readDist } from '../support/dist';
import { LARGE_MANIFEST } from '../support/large-corpus';
import { pageOutline, type PageLink, type PageOutline } from '../support/page-links';
import type { GeneratedStory } from '../support/site-corpus/index';

if (!DIST.includes('large-corpus'))
  throw new Error(`the large-corpus tests read the large build, not ${DIST}: run them with --project large`);

/** What the generator made (see tests/support/large-corpus.ts). */
export const manifest = JSON.parse(readFileSync(LARGE_MANIFEST, 'utf8')) as {
  articleIds: string[];
  stories: GeneratedStory[];
  queries: { common: string; person: string; rare: string };
  buildSeconds: number;
};

export const files = new Set(distFiles());
export const pages = htmlPages();

/** The dist file a site path (`/stories/x/`, `/rss.xml`) names, or undefined when nothing is there. */
export function fileAt(pathname: string): string | undefined {
  const path = decodeURIComponent(pathname.replace(/^\//, ''));
  const candidate = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  return files.has(candidate) ? candidate : undefined;
}

/** The site path of a page file: `stories/x/index.html` → `/stories/x/`. */
export function pathOf(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}

const outlines = new Map<string, PageOutline>();

/** The links and ids of a page, parsed once per test file. */
export function outlineOf(file: string): PageOutline {
  let outline = outlines.get(file);
  if (outline === undefined) {
    outline = pageOutline(readDist(file));
    outlines.set(file, outline);
  }
  return outline;
}

/** The links of a page. */
export function linksOf(file: string): PageLink[] {
  return outlineOf(file).links;
}

/** Internal links (same origin) of a page, resolved against it: `{ link, path, hash }`. */
export function internalLinks(file: string): { link: PageLink; path: string; hash: string }[] {
  const base = new URL(pathOf(file), 'http://site.test');
  return linksOf(file).flatMap((link) => {
    const url = new URL(link.href, base);
    return url.origin === base.origin ? [{ link, path: url.pathname, hash: url.hash }] : [];
  });
}
