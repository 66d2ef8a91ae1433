/**
 * Sizes of a built site, as the site benchmark and the large-corpus tests read them: page
 * count, total bytes, and each HTML page's gzipped size by page type.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes of a text once gzipped, as a host sends it (level 9, like the tests' budgets). */
export function gzippedBytes(text: string | Buffer): number {
  return gzipSync(text, { level: 9 }).length;
}

/** Every file under `dir`, as forward-slash paths relative to it. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * The kind of page an HTML file is, from its path: `article`, `story`, `story matrix`,
 * `outlet`, `person`, `archive day`… Later pages of a list count as the list (`stories`).
 */
export function pageType(file: string): string {
  const parts = file
    .replace(/(^|\/)index\.html$/, '')
    .split('/')
    .filter(Boolean);
  const paged = parts.indexOf('page');
  const path = paged === -1 ? parts : parts.slice(0, paged);
  const [section, ...rest] = path;
  if (section === undefined) return 'home';
  if (section === 'archive') return ['archive', 'archive year', 'archive month', 'archive day'][rest.length] ?? 'archive';
  if (section === 'stories') return rest.length === 0 ? 'stories' : rest.length === 1 ? 'story' : `story ${rest[1]}`;
  const kinds: Record<string, string> = {
    articles: 'article',
    outlets: 'outlet',
    people: 'person',
    places: 'place',
    organizations: 'organization',
  };
  if (kinds[section] !== undefined) return rest.length === 0 ? section : kinds[section]!;
  return section.replace(/\.html$/, '');
}

/** The largest gzipped page of one type. */
export interface LargestPage {
  type: string;
  file: string;
  gzipBytes: number;
  count: number;
}

/** What a build weighs. */
export interface DistStats {
  pages: number;
  files: number;
  bytes: number;
  /** The largest page of each type, largest first. */
  largest: LargestPage[];
}

/** Reads `dir` and measures every HTML page. */
export function distStats(dir: string): DistStats {
  const files = filesUnder(dir);
  const byType = new Map<string, LargestPage>();
  let bytes = 0;
  let pages = 0;
  for (const file of files) {
    bytes += statSync(join(dir, file)).size;
    if (!file.endsWith('.html')) continue;
    pages++;
    const type = pageType(file);
    const gzipBytes = gzippedBytes(readFileSync(join(dir, file)));
    const current = byType.get(type);
    if (current === undefined) byType.set(type, { type, file, gzipBytes, count: 1 });
    else {
      current.count++;
      if (gzipBytes > current.gzipBytes) Object.assign(current, { file, gzipBytes });
    }
  }
  const largest = [...byType.values()].sort((a, b) => b.gzipBytes - a.gzipBytes || a.type.localeCompare(b.type));
  return { pages, files: files.length, bytes, largest };
}
