// `npm run build`, second step: once `astro build` has exited, writes the Pagefind search index
// of the built article pages and then the host configurations, whose cache rules list the
// index's files. A process of its own, so the build's memory is returned before Pagefind takes
// its own (src/integrations/pagefind.ts says why). Run by the node@24 dev dependency, which
// strips the types.
//
//   node scripts/search-index.ts [--json]
//
// The site is read from and written to the build's output folder (CROSSCHECK_OUT_DIR, else
// dist/), with the build's cache folder (CROSSCHECK_CACHE_DIR). `--json` prints one object on
// stdout: { ok: true, outDir, pages, files } or { ok: false, error }. Exit status: 0 done,
// 1 failed (no site built, or Pagefind failed), 2 usage error.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cacheDir, outDir } from '../src/config/build-dirs.ts';
import { site } from '../src/config/site.ts';
import { writeHostConfigs } from '../src/integrations/host-configs.ts';
import { writeSearchIndex } from '../src/integrations/pagefind.ts';

let json = false;
try {
  json = parseArgs({ options: { json: { type: 'boolean', default: false } } }).values.json;
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\nusage: node scripts/search-index.ts [--json]`);
  process.exit(2);
}

// Relative folders are relative to the project root, as Astro resolves them.
const root = resolve(import.meta.dirname, '..');
const builtSite = resolve(root, outDir);
const log = (message: string) => (json ? console.error : console.info)(`[search-index] ${message}`);

try {
  if (!existsSync(join(builtSite, 'index.html')))
    throw new Error(`${builtSite}/index.html is missing: run \`astro build\` first (\`npm run build\` runs both steps)`);
  const pages = await writeSearchIndex(builtSite, resolve(root, cacheDir));
  log(`indexed ${pages} article page${pages === 1 ? '' : 's'} for search`);
  const files = writeHostConfigs(builtSite, site.basePath);
  log(`wrote ${files.join(', ')}`);
  if (json) console.log(JSON.stringify({ ok: true, outDir: builtSite, pages, files }));
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  if (json) console.log(JSON.stringify({ ok: false, error: message }));
  else console.error(`[search-index] ${message}`);
  process.exit(1);
}
