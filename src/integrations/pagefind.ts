import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * The pages search indexes: article pages only (src/pages/articles/[id].astro,
 * `routes.article`), named explicitly rather than left to Pagefind, which
 * indexes every page of the site when none carries `data-pagefind-body`
 * (a site with no articles yet would then find people and places pages).
 */
const ARTICLE_PAGES = 'articles/*/index.html';

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
