import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sortedSitemap } from './sitemap.ts';

/** Runs an integration's sitemap hooks as `astro build` would, and returns the files it wrote. */
async function writtenSitemap(integration: AstroIntegration, pathnames: string[]): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-sitemap-'));
  const hooks = integration.hooks as Record<string, (params: object) => unknown>;
  const logger = { info() {}, warn() {}, error() {} };
  await hooks['astro:config:done']!({
    config: { site: 'https://example.org', base: '/', trailingSlash: 'always', build: { format: 'directory' } },
  });
  await hooks['astro:routes:resolved']!({ routes: [] });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), pages: pathnames.map((pathname) => ({ pathname })), logger });
  return Object.fromEntries(readdirSync(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
}

/** Page paths in no particular order, with numbers that sort numerically (page/2 before page/10). */
const PATHNAMES = [
  'timeline/page/10/',
  'articles/zeta/',
  '',
  'timeline/page/2/',
  'articles/alpha-3/',
  'stories/',
  'articles/alpha-12/',
  'archive/2025/12/01/',
  '404/',
  'articles/Beta/',
  'archive/2025/11/30/',
];

describe('sortedSitemap', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('writes the same sitemap files as @astrojs/sitemap', async () => {
    const ours = await writtenSitemap(sortedSitemap(), PATHNAMES);
    expect(Object.keys(ours).sort()).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(ours).toEqual(await writtenSitemap(sitemap(), PATHNAMES));
    expect(ours['sitemap-0.xml']).toContain('<loc>https://example.org/timeline/page/2/</loc>');
    expect(ours['sitemap-0.xml']).not.toContain('404');
  });

  it('hands the pages over in the order they are sorted in, so the sort compares each page once', async () => {
    const compare = vi.spyOn(String.prototype, 'localeCompare');
    await writtenSitemap(sitemap(), PATHNAMES);
    const unsorted = compare.mock.calls.length;
    compare.mockClear();
    await writtenSitemap(sortedSitemap(), PATHNAMES);
    expect(compare.mock.calls.length).toBe(PATHNAMES.length - 2); // 404 left out, then n - 1
    expect(unsorted).toBeGreaterThan(PATHNAMES.length);
  });
});
