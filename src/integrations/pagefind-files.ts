import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

/**
 * The attribute an article page carries (SearchRecord.astro) to say where it goes in the
 * index: pages are added in ascending order of it, ties by path.
 */
const INDEX_ORDER = /data-search-order="(\d+)"/;

/** An article page to index, in the build. */
export interface IndexedPage {
  /** Path inside dist/, e.g. `articles/x/index.html`: Pagefind derives the URL from it. */
  sourcePath: string;
  /** What Pagefind reads of it (`searchableDocument`), as UTF-8. */
  content: Buffer;
}

/**
 * The article pages (`articles/<id>/index.html`) in the order they go into the index, each
 * read once.
 *
 * Why an order: Pagefind's metadata file, which every first search loads whole, lists each
 * page as (fragment hash, word count) in index order. Pages added shortest first put equal
 * word counts next to each other, where gzip finds them: the file is 7 % smaller at 10,000
 * generated articles (gzip, 92.8 → 86.4 KB simulated on seed 1; 25.2 → 24.2 KB measured at
 * 2,500). The order is also what makes the index byte-reproducible: it no longer depends on
 * how the file system lists the folder.
 *
 * Ascending by their `data-search-order` (SearchRecord.astro), ties by path. Only the part
 * Pagefind reads is kept, as bytes outside the JavaScript heap (~50 MB at 10,000 articles;
 * kept as strings, the process took 420 MB rather than 130 MB): reading every page twice,
 * once for its order and again to add it, took 2 s of the step. Pages are read
 * `PAGES_READ_AT_ONCE` at a time: one after another, reading and trimming 10,000 pages took
 * 2.3–2.4 s, eight at a time 0.75–1.1 s.
 */
export async function articlePagesInIndexOrder(outDir: string): Promise<IndexedPage[]> {
  // A site with no articles yet has no articles/ folder: an empty index, not an error.
  const entries = await readdir(join(outDir, 'articles'), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const ids = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const pages: ((IndexedPage & { order: number }) | undefined)[] = new Array(ids.length);
  await eachAtOnce(ids, PAGES_READ_AT_ONCE, async (id, index) => {
    const sourcePath = `articles/${id}/index.html`;
    let html: string;
    try {
      html = await readFile(join(outDir, sourcePath), 'utf8');
    } catch {
      return; // a folder without a page (none today) is not an article
    }
    pages[index] = { sourcePath, content: Buffer.from(searchableDocument(html)), order: Number(INDEX_ORDER.exec(html)?.[1] ?? 0) };
  });
  return pages
    .filter((page) => page !== undefined)
    .sort((a, b) => a.order - b.order || (a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0))
    .map(({ sourcePath, content }) => ({ sourcePath, content }));
}

/** Article pages read at once (see `articlePagesInIndexOrder`). */
const PAGES_READ_AT_ONCE = 8;

/**
 * Runs `task` on every item, at most `count` at once, starting them in the items' order (a
 * task starts when an earlier one has finished). Rejects with the first task that fails.
 */
export async function eachAtOnce<T>(items: readonly T[], count: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const run = async () => {
    for (let index = next++; index < items.length; index = next++) await task(items[index]!, index);
  };
  await Promise.all(Array.from({ length: Math.min(count, items.length) }, run));
}

/**
 * The part of an article page Pagefind reads: the `<html lang>` it takes the language from and
 * the element marked `data-pagefind-body` (the article; a page has one, with no `<article>`
 * inside it). Pagefind indexes nothing outside that element, so the index is byte-identical
 * to one built from whole pages (checked at 10,000 generated articles), while the HTML it
 * parses is 3.6× smaller (181 → 50 MB) and indexing takes 30 % less time (18.6 → 11.7 s).
 * A page without that element is passed whole.
 *
 * Its elements' `id`s are left out: Pagefind records every element with an id as an anchor,
 * with the element's text, in the page's fragment, which a search loads for each result shown.
 * Every paragraph has one (`p-N`, for paragraph links), so each fragment carried the article's
 * text twice, and the search page shows no anchors (sub-results). Without them a fragment is
 * ~14 % smaller gzipped (300 fragments at 10,000 generated articles); the index is otherwise
 * unchanged (positions count words, not elements).
 */
export function searchableDocument(html: string): string {
  const marker = html.indexOf('data-pagefind-body');
  const start = marker < 0 ? -1 : html.lastIndexOf('<article', marker);
  const end = start < 0 ? -1 : html.indexOf('</article>', marker);
  if (end < 0) return html;
  const lang = /^<!DOCTYPE html>\s*<html[^>]*?\slang="([^"]*)"/i.exec(html)?.[1];
  const article = html.slice(start, end + '</article>'.length).replace(ELEMENT_ID, '$1');
  return `<html${lang === undefined ? '' : ` lang="${lang}"`}><body>${article}</body></html>`;
}

/** An `id` attribute, inside a tag (text cannot hold a bare `<`). */
const ELEMENT_ID = /(<[^>]*?)\sid="[^"]*"/g;

/**
 * Recompresses, with Zopfli, the Pagefind files every first search loads whole and whose
 * size does not depend on the query: the metadata (`pagefind.<lang>_<hash>.pf_meta`) and the
 * WebAssembly (`wasm.<lang>.pagefind`). Pagefind writes them gzipped at level 9 and its
 * script inflates any gzip stream, so a denser one is a drop-in: at 10,000 generated articles
 * the metadata goes from 98.4 to 86.6 KB and the WebAssembly from 58.4 to 55.6 KB. Index
 * chunks, filters and fragments are left as they are (hundreds to thousands of files, about
 * 5 % to gain, seconds each). The WebAssembly is the same build after build, so its
 * recompressed form is kept in `cacheDir`, keyed by the file's digest.
 */
export async function recompressFirstSearchFiles(pagefindDir: string, cacheDir: string): Promise<void> {
  const entry = JSON.parse(await readFile(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm?: string }>;
  };
  const cache = join(cacheDir, 'crosscheck', 'zopfli');
  await mkdir(cache, { recursive: true });
  for (const { hash, wasm } of Object.values(entry.languages)) {
    await recompress(join(pagefindDir, `pagefind.${hash}.pf_meta`));
    if (wasm) await recompress(join(pagefindDir, `wasm.${wasm}.pagefind`), cache);
  }
}

async function recompress(file: string, cache?: string): Promise<void> {
  const gzipped = await readFile(file);
  const cached = cache && join(cache, `${createHash('sha256').update(gzipped).digest('hex')}.gz`);
  if (cached) {
    try {
      await writeFile(file, await readFile(cached));
      return;
    } catch {
      // not cached yet
    }
  }
  const denser = Buffer.from(await gzipAsync(gunzipSync(gzipped), { numiterations: 5 }));
  // Zopfli beats level 9 on every file measured; keep Pagefind's own if it ever does not.
  if (denser.length >= gzipped.length) return;
  await writeFile(file, denser);
  if (cached) await writeFile(cached, denser);
}
