import { rm } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { articlePagesInIndexOrder, eachAtOnce, recompressFirstSearchFiles } from './pagefind-files.ts';

/** Pages sent to Pagefind before its answer to the first: 16 took the adding of 10,000 pages from 7.8 to 6.5 s. */
const PAGES_IN_FLIGHT = 16;

/**
 * Builds the Pagefind search index of the built site in `outDir` (into `outDir/pagefind`),
 * and returns how many pages it indexed. Uses Pagefind's Node API (as Starlight does) and
 * always shuts its service down, even when indexing fails.
 *
 * Runs as the second step of `npm run build` (scripts/search-index.ts), in a process of its
 * own after `astro build` has exited: Pagefind's binary takes ~1.5 GB at 10,000 articles,
 * and the build process still held ~2 GB when it ran inside `astro:build:done` (V8 keeps
 * the pages it freed; dropping our caches and a full collection left it at 1.9 GB).
 *
 * Only article pages are indexed (src/pages/articles/[id].astro, `routes.article`),
 * named explicitly rather than left to Pagefind, which indexes every page of the
 * site when none carries `data-pagefind-body` (a site with no articles yet would
 * then find people and places pages). They are added in a fixed order
 * (see `articlePagesInIndexOrder`), and the files a first search loads whole are
 * recompressed (`recompressFirstSearchFiles`, which caches in `cacheDir`).
 */
export async function writeSearchIndex(outDir: string, cacheDir: string): Promise<number> {
  try {
    const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(createErrors.join('; ') || 'could not create an index');
    const pages = await articlePagesInIndexOrder(outDir);
    // Several pages in flight keep Pagefind's process busy while ours waits for its answers;
    // Pagefind takes them in the order they were sent, so the index does not change.
    await eachAtOnce(pages, PAGES_IN_FLIGHT, async (page) => {
      const { errors } = await index.addHTMLFile({ sourcePath: page.sourcePath, content: page.content.toString() });
      if (errors.length > 0) throw new Error(`${page.sourcePath}: ${errors.join('; ')}`);
    });
    // A second run on the same dist/ must not leave files of the last index beside the new one.
    await rm(`${outDir}/pagefind`, { recursive: true, force: true });
    const { errors: writeErrors } = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (writeErrors.length > 0) throw new Error(writeErrors.join('; '));
    await recompressFirstSearchFiles(`${outDir}/pagefind`, cacheDir);
    return pages.length;
  } catch (error) {
    throw new Error(`Search index (Pagefind) failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}

/**
 * Ends `astro build` by saying that `dist/` has no search index yet: `npm run build` writes
 * it next (see `writeSearchIndex` for why it is a step of its own). A bare `astro build` is
 * warned, since its `dist/` is not ready to deploy.
 */
export function searchIndexIsNextStep(): AstroIntegration {
  return {
    name: 'crosscheck:search-index',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const message = 'the search index and host configurations are the next step: `node scripts/search-index.ts`';
        if (process.env.npm_lifecycle_event === 'build') logger.info(message);
        else logger.warn(`dist/ is not complete: ${message} (\`npm run build\` runs both steps)`);
      },
    },
  };
}
