import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const VIRTUAL_ID = 'virtual:crosscheck/build-cache';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

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
 * Hands the data layer where to keep its cache and the code version that keys it, as the
 * virtual module `virtual:crosscheck/build-cache` (`{ cacheDir, codeVersion }`). The cache
 * lives in Astro's own `cacheDir` (default `node_modules/.astro`), beside the content layer's
 * data store, so clearing one clears both.
 */
export function buildCache(): AstroIntegration {
  return {
    name: 'crosscheck:build-cache',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
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
    },
  };
}
