import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { releaseBuildData } from '../data/build-memory.ts';
import { articlePagesInIndexOrder, recompressFirstSearchFiles, searchableDocument } from './pagefind-files.ts';

/**
 * Frees what the pages were rendered from before Pagefind starts: its process takes ~1.5 GB at
 * 10,000 articles, while this one held ~2.0 GB, ~0.9 GB of it corpus and analysis that no page
 * needs any longer (src/data/build-memory.ts; measured 2.0 → 1.1 GB). A full collection makes
 * the memory available now, not whenever V8 next needs it (this process is idle while Pagefind
 * works).
 */
function releaseRenderData(): void {
  releaseBuildData();
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as (() => void) | undefined;
  collectGarbage?.();
}

/**
 * Builds the Pagefind search index as the last step of `astro build`, so that
 * `dist/` is complete after one command. Uses Pagefind's Node API (as Starlight
 * does) and always shuts its service down, even when indexing fails.
 *
 * Only article pages are indexed (src/pages/articles/[id].astro, `routes.article`),
 * named explicitly rather than left to Pagefind, which indexes every page of the
 * site when none carries `data-pagefind-body` (a site with no articles yet would
 * then find people and places pages). They are added one by one in a fixed order
 * (see `articlePagesInIndexOrder`), and the files a first search loads whole are
 * recompressed (`recompressFirstSearchFiles`).
 */
export function pagefindIndex(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'crosscheck:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        releaseRenderData();
        try {
          const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(createErrors.join('; ') || 'could not create an index');
          const pages = await articlePagesInIndexOrder(outDir);
          for (const page of pages) {
            const content = searchableDocument(await readFile(join(outDir, page.sourcePath), 'utf8'));
            const { errors } = await index.addHTMLFile({ sourcePath: page.sourcePath, content });
            if (errors.length > 0) throw new Error(`${page.sourcePath}: ${errors.join('; ')}`);
          }
          const { errors: writeErrors } = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (writeErrors.length > 0) throw new Error(writeErrors.join('; '));
          await recompressFirstSearchFiles(`${outDir}/pagefind`, cacheDir);
          logger.info(`indexed ${pages.length} article page${pages.length === 1 ? '' : 's'} for search`);
        } catch (error) {
          throw new Error(`Search index (Pagefind) failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
