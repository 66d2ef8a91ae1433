import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { netlifyHeaders, nginxConf, vercelJson } from '../lib/security/host-configs';
import { cacheRules } from '../lib/security/policy';

/**
 * Writes the host configurations into `dist/` after the search index exists:
 * `_headers` (Netlify, Cloudflare Pages), `vercel.json`, and an nginx example.
 */
export function hostConfigs(options: { basePath: string }): AstroIntegration {
  return {
    name: 'crosscheck:host-configs',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pagefindRoot = readdirSync(join(outDir, 'pagefind'), { withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => entry.name);
        const rules = cacheRules(options.basePath, pagefindRoot);
        writeFileSync(join(outDir, '_headers'), netlifyHeaders(options.basePath, rules));
        writeFileSync(join(outDir, 'vercel.json'), vercelJson(options.basePath, rules));
        writeFileSync(join(outDir, 'nginx.conf.example'), nginxConf(options.basePath, rules));
        logger.info('wrote _headers, vercel.json and nginx.conf.example');
      },
    },
  };
}
