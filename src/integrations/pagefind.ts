import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { articlePagesInIndexOrder, recompressFirstSearchFiles } from './pagefind-files.ts';

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
        try {
          const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(createErrors.join('; ') || 'could not create an index');
          const pages = await articlePagesInIndexOrder(outDir);
          for (const page of pages) {
            const { errors } = await index.addHTMLFile(page);
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
