import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
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
 * Hands the data layer where to keep its cache and the code version that keys it, as the
 * virtual module `virtual:crosscheck/build-cache` (`{ cacheDir, codeVersion }`). The cache
 * lives in Astro's own `cacheDir` (default `node_modules/.astro`), beside the content layer's
 * data store, so clearing one clears both.
 */
export function buildCache(): AstroIntegration {
  return {
    name: 'crosscheck:build-cache',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const module = `export const cacheDir = ${JSON.stringify(fileURLToPath(config.cacheDir))};
export const codeVersion = ${JSON.stringify(codeVersion(config.root))};`;
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
