// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { site } from './src/config/site.ts';
import { articleRehypePlugins, articleRemarkPlugins } from './src/lib/markdown/pipeline.ts';

export default defineConfig({
  site: site.url,
  base: site.basePath,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Test builds of bad content write elsewhere so they never touch dist/.
  outDir: process.env.CROSSCHECK_OUT_DIR || './dist',
  cacheDir: process.env.CROSSCHECK_CACHE_DIR || './node_modules/.astro',
  markdown: {
    // News text is published as captured: no smart quotes, no code highlighting.
    processor: unified({
      smartypants: false,
      gfm: true,
      remarkPlugins: articleRemarkPlugins(),
      rehypePlugins: articleRehypePlugins(site.url),
    }),
    syntaxHighlight: false,
  },
  integrations: [sitemap()],
  devToolbar: { enabled: false },
});
