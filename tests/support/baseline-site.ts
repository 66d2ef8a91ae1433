/**
 * The bare baseline the site benchmark compares Crosscheck with: a minimal Astro 7 site with
 * one content collection (the same article files), one page per article and an index page,
 * indexed with the Pagefind CLI. It uses this repository's node_modules (symlinked), so it
 * runs the same Astro and Pagefind versions. A `search.html` harness runs one Pagefind query
 * and loads the data of the first ten results, for measuring a first search.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CONFIG = `import { defineConfig } from 'astro/config';
// Caches stay in the project: node_modules is a symlink to the repository's.
export default defineConfig({ trailingSlash: 'always', build: { format: 'directory' }, cacheDir: './.astro-cache', vite: { cacheDir: './.vite-cache' } });
`;

const CONTENT_CONFIG = (articles: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(articles)} }),
  schema: z.object({ headline: z.string(), outlet: z.string(), published: z.union([z.date(), z.string()]) }),
});
export const collections = { articles };
`;

const INDEX_PAGE = `---
import { getCollection } from 'astro:content';
const articles = await getCollection('articles');
---
<html lang="en"><head><meta charset="utf-8" /><title>Articles</title></head>
<body><h1>Articles</h1><ul>{articles.map((a) => <li><a href={\`/articles/\${a.id}/\`}>{a.data.headline}</a></li>)}</ul></body></html>
`;

const ARTICLE_PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.headline}</title></head>
<body><main data-pagefind-body><h1>{entry.data.headline}</h1><p>{entry.data.outlet}</p><Content /></main></body></html>
`;

const SEARCH_HARNESS = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>search</title></head><body>
<script type="module">
const pagefind = await import('/pagefind/pagefind.js');
const search = await pagefind.search(new URLSearchParams(location.search).get('q'));
await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
document.body.dataset.results = String(search.results.length);
</script></body></html>
`;

/** Writes the baseline project into `dir`, reading articles from `articlesDir`. Returns `dir`. */
export function writeBaselineSite(dir: string, articlesDir: string, repoRoot: string): string {
  for (const folder of ['src/pages/articles', 'public']) mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "bench-baseline", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), CONTENT_CONFIG(resolve(articlesDir)));
  writeFileSync(join(dir, 'src/pages/index.astro'), INDEX_PAGE);
  writeFileSync(join(dir, 'src/pages/articles/[id].astro'), ARTICLE_PAGE);
  writeFileSync(join(dir, 'public/search.html'), SEARCH_HARNESS);
  symlinkSync(resolve(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
