// @ts-check
import { defineConfig } from 'astro/config';
import { buildCache } from './src/integrations/build-cache.ts';
import { keepOutDirBetweenBuilds } from './src/integrations/out-dir.ts';
import { pageModulesImportedOnce } from './src/integrations/page-imports.ts';
import { searchIndexIsNextStep } from './src/integrations/pagefind.ts';
import { sortedSitemap } from './src/integrations/sitemap.ts';
import { site } from './src/config/site.ts';
import { cacheDir, outDir } from './src/config/build-dirs.ts';
import { contentDir } from './src/config/content-dir.ts';
import { checkContentForBuild, contentCheck } from './src/integrations/content-check.ts';
import { createEntityRegistry } from './src/lib/entities/registry.ts';
import { articleMarkdown } from './src/lib/markdown/article-processor.ts';
import { boundHeapGrowth } from './src/lib/free-memory.ts';

// The build's peak memory is the heap's growth during the corpus-wide analysis (src/lib/free-memory.ts).
boundHeapGrowth();

// Every content file is checked before anything loads it (the contentCheck integration fails the
// build on problems); the mention plugin needs the valid entities before collections load.
const content = checkContentForBuild(contentDir, new URL('.', import.meta.url), cacheDir);
const entityRegistry = createEntityRegistry(content.entities);

export default defineConfig({
  site: site.url,
  base: site.basePath,
  trailingSlash: 'always',
  // Four pages at a time: while one page's files are written, others render. A cold build of
  // 10,000 generated articles took 86 s instead of 97 s in `astro build` (same dist/, byte for
  // byte); 16 at a time was no faster.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Test builds of bad content write elsewhere so they never touch dist/.
  outDir,
  cacheDir,
  markdown: {
    // remark and rehype with the article plugins (src/lib/markdown/pipeline.ts), on worker threads.
    processor: articleMarkdown({
      entities: entityRegistry.entities,
      siteUrl: site.url,
      basePath: site.basePath,
      threads: process.env.CROSSCHECK_MARKDOWN_THREADS === undefined ? undefined : Number(process.env.CROSSCHECK_MARKDOWN_THREADS),
    }),
    syntaxHighlight: false,
  },
  // The search index and the host configurations are the second step of `npm run build`. The
  // output folder is pruned when the build is done, before the sitemap is written into it.
  integrations: [
    contentCheck(content),
    keepOutDirBetweenBuilds(),
    buildCache(),
    pageModulesImportedOnce(),
    sortedSitemap(),
    searchIndexIsNextStep(),
  ],
  // Scripts and styles ship as files, never inline, so a strict CSP needs no hashes.
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Pages whose cacheKey (src/data/page-keys.ts) and code are unchanged are kept from the
  // previous build (left in outDir, src/integrations/out-dir.ts) instead of rendered: most of a
  // rebuild after one new article.
  experimental: { incrementalBuild: true },
});
