import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { netlifyHeaders, nginxConf, vercelJson } from '../lib/security/host-configs.ts';
import { cacheRules } from '../lib/security/policy.ts';

/**
 * Writes the host configurations into the built site in `outDir` once the search index
 * exists, since their cache rules list its files: `_headers` (Netlify, Cloudflare Pages),
 * `vercel.json`, and an nginx example. The last part of `npm run build`
 * (scripts/search-index.ts). Returns the names of the files written.
 */
export function writeHostConfigs(outDir: string, basePath: string): string[] {
  const pagefindRoot = readdirSync(join(outDir, 'pagefind'), { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
  const rules = cacheRules(basePath, pagefindRoot);
  const files = {
    _headers: netlifyHeaders(basePath, rules),
    'vercel.json': vercelJson(basePath, rules),
    'nginx.conf.example': nginxConf(basePath, rules),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(outDir, name), text);
  return Object.keys(files);
}
