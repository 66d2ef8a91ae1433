import sitemap, { type SitemapOptions } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

/** The order @astrojs/sitemap (3.7, dist/generate-sitemap.js) sorts its URLs in. */
const SITEMAP_ORDER = new Intl.Collator('en', { numeric: true });

type BuildDoneHook = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

/**
 * @astrojs/sitemap, handed the built pages already in the order it sorts its URLs in.
 *
 * It sorts with `a.localeCompare(b, 'en', { numeric: true })`, which builds an ICU collator on
 * every comparison: 16,574 URLs (10,000 generated articles) took 0.95 s of every build, where
 * one collator takes 23 ms. Given the pages in that order, its sort (stable, adaptive) makes
 * one comparison per page. It still sorts, so the sitemap is the same file whatever the order
 * it is given (pages share the site's origin and base, so their paths sort as their URLs do).
 */
export function sortedSitemap(options?: SitemapOptions): AstroIntegration {
  const integration = sitemap(options);
  const buildDone = integration.hooks['astro:build:done'];
  if (!buildDone) return integration;
  const inSitemapOrder: BuildDoneHook = (params) =>
    buildDone({ ...params, pages: [...params.pages].sort((a, b) => SITEMAP_ORDER.compare(a.pathname, b.pathname)) });
  return { ...integration, hooks: { ...integration.hooks, 'astro:build:done': inSitemapOrder } };
}
