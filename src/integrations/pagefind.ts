import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { releaseBuildData } from '../data/build-memory.ts';

/**
 * The pages search indexes: article pages only (src/pages/articles/[id].astro,
 * `routes.article`), named explicitly rather than left to Pagefind, which
 * indexes every page of the site when none carries `data-pagefind-body`
 * (a site with no articles yet would then find people and places pages).
 */
const ARTICLE_PAGES = 'articles/*/index.html';

/**
 * Frees what the pages were rendered from before Pagefind starts: its process takes ~1.4 GB at
 * 10,000 articles, and this one held ~1.4 GB more of corpus and analysis that no page needs any
 * longer (src/data/build-memory.ts). A full collection makes the memory available now, not
 * whenever V8 next needs it (this process is idle while Pagefind works).
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
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'crosscheck:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        releaseRenderData();
        try {
          const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(createErrors.join('; ') || 'could not create an index');
          const { errors: addErrors, page_count: pageCount } = await index.addDirectory({ path: outDir, glob: ARTICLE_PAGES });
          if (addErrors.length > 0) throw new Error(addErrors.join('; '));
          const { errors: writeErrors } = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (writeErrors.length > 0) throw new Error(writeErrors.join('; '));
          logger.info(`indexed ${pageCount} article page${pageCount === 1 ? '' : 's'} for search`);
        } catch (error) {
          throw new Error(`Search index (Pagefind) failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
