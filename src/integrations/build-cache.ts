import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const VIRTUAL_ID = 'virtual:crosscheck/build-cache';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Astro's module of the content data store (astro/dist/content/consts.js, Astro 7.3). */
const DATA_STORE_ID = '\0astro:data-layer-content';

/**
 * The version of the code behind cached build results: a hash of every source file of
 * src/lib (tests left out) and of package-lock.json (the libraries it calls). Any change to
 * the analysis code or a dependency invalidates every cached entry; no version to remember to bump.
 */
export function codeVersion(root: URL): string {
  const hash = createHash('sha256');
  const lib = fileURLToPath(new URL('src/lib/', root));
  const files = readdirSync(lib, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.ts$/.test(file) && !/\.test\.ts$/.test(file))
    .sort();
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(`${lib}/${file}`))
      .update('\0');
  hash.update(readFileSync(new URL('package-lock.json', root)));
  return hash.digest('hex');
}

/**
 * Astro's content data store keeps each article's rendered Markdown (and the text model our
 * remark plugins attach) keyed by the file's digest, not by the plugins' code: after a change
 * to src/lib it would serve pages rendered by the old pipeline. So when the code version
 * differs from the one the store was built with, the store is dropped and rebuilt.
 */
function forgetRenderedMarkdownOfOtherCode(cacheDir: URL, version: string, log: (message: string) => void): void {
  const marker = new URL('crosscheck/code-version', cacheDir);
  let previous = '';
  try {
    previous = readFileSync(marker, 'utf8');
  } catch {
    // No marker: a first build, or a cache from before the marker existed.
  }
  if (previous === version) return;
  rmSync(new URL('data-store.json', cacheDir), { force: true });
  if (previous !== '') log('the analysis code changed: rendering every article again');
  mkdirSync(new URL('crosscheck/', cacheDir), { recursive: true });
  writeFileSync(marker, version);
}

/**
 * At build time Astro inlines the whole content data store into the prerender bundle as
 * `export default JSON.parse("<the store as one string literal>")`. At 10,000 articles that is a
 * 70 MB module: bundling it took ~30 s and Node compiling it 66 s (measured with
 * `npm run profile:site -- 10000`; `JSON.parse` of the same file takes under a second). During a
 * build the store file sits in `cacheDir` while pages render, so the module reads it from there
 * instead, and exports the store already revived (a Map, which Astro takes as is), so the
 * module does not hold the serialized form for the rest of the build beside it. `astro dev`
 * keeps Astro's own module (it watches the store for changes).
 */
function dataStoreReadAtRunTime(cacheDir: URL) {
  const file = fileURLToPath(new URL('data-store.json', cacheDir));
  return {
    name: 'crosscheck:data-store-at-run-time',
    enforce: 'pre' as const,
    load: (id: string) =>
      id === DATA_STORE_ID
        ? `import { existsSync, readFileSync } from 'node:fs';
import { unflatten } from 'devalue';
const file = ${JSON.stringify(file)};
export default existsSync(file) ? unflatten(JSON.parse(readFileSync(file, 'utf8'))) : new Map();`
        : undefined,
  };
}

/**
 * Hands the data layer where to keep its cache and the code version that keys it, as the
 * virtual module `virtual:crosscheck/build-cache` (`{ cacheDir, codeVersion }`). The cache
 * lives in Astro's own `cacheDir` (default `node_modules/.astro`), beside the content layer's
 * data store, so clearing one clears both.
 */
export function buildCache(): AstroIntegration {
  let cacheDir: URL;
  return {
    name: 'crosscheck:build-cache',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        cacheDir = config.cacheDir;
        const version = codeVersion(config.root);
        forgetRenderedMarkdownOfOtherCode(config.cacheDir, version, (message) => logger.info(message));
        const module = `export const cacheDir = ${JSON.stringify(fileURLToPath(config.cacheDir))};
export const codeVersion = ${JSON.stringify(version)};`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'crosscheck:build-cache',
                resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                load: (id: string) => (id === RESOLVED_ID ? module : undefined),
              },
            ],
          },
        });
      },
      'astro:build:setup': ({ vite }) => {
        // First of all plugins, so this load runs before Astro's own (its plugin is `pre` too).
        vite.plugins = [dataStoreReadAtRunTime(cacheDir), ...(vite.plugins ?? [])];
      },
    },
  };
}
