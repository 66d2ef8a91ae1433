// What a first search costs on a site already built: serves `dist/` as a gzip-serving static
// host and measures, in a fresh Chromium context per query, every byte the search page loads,
// broken down by kind of file (page, Pagefind's script, WebAssembly, metadata, index chunks,
// filters, result fragments).
//
//   npm run bench:search -- <dist> [query ...] [--params sort=date] [--json]
//
// Without queries, the three of the generator's manifest beside the build (`corpus.json` in
// the folder above `dist/`, as tests/support/large-corpus.ts and `bench:site --keep` write it)
// are used: a common word, a name, a rare word. Byte counts are deterministic, so one run is enough.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/support/chromium.mjs';
import { measureFirstSearch } from '../tests/support/search-transfer.ts';
import { startStaticServer } from '../tests/support/static-server.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false }, params: { type: 'string', default: '' } },
});
const [distArg, ...queryArgs] = positionals;
if (!distArg || !existsSync(join(distArg, 'search/index.html'))) {
  console.error('usage: npm run bench:search -- <dist with a built search page> [query ...] [--json]');
  process.exit(2);
}
const dist = resolve(distArg);
const manifestFile = join(dirname(dist), 'corpus.json');
let queries = queryArgs;
if (queries.length === 0) {
  if (!existsSync(manifestFile)) {
    console.error(`no queries given and no ${manifestFile} to take them from`);
    process.exit(2);
  }
  const { common, person, rare } = JSON.parse(readFileSync(manifestFile, 'utf8')).queries;
  queries = [common, person, rare];
}

const page = {
  done: "document.querySelector('.search-page') && !document.querySelector('.search-page').hasAttribute('aria-busy') && /^(\\d|No)/.test(document.querySelector('#search-status').textContent)",
  results: "parseInt((document.querySelector('#search-status')?.textContent ?? '').replace(/,/g, ''), 10)",
};
const browser = await launchChromium();
const server = await startStaticServer({ root: dist });
const transfers = [];
try {
  for (const query of queries) {
    transfers.push(
      await measureFirstSearch(
        browser,
        query,
        server.url(`search/?q=${encodeURIComponent(query)}${values.params ? `&${values.params}` : ''}`),
        page,
      ),
    );
  }
} finally {
  await server.close();
  await browser.close();
}

if (values.json) {
  console.log(JSON.stringify({ dist, transfers }, null, 2));
} else {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  for (const transfer of transfers) {
    console.log(
      `“${transfer.query}”: ${kb(transfer.totalBytes)} in ${transfer.requests} requests (search files ${kb(transfer.searchBytes)}), ${transfer.results} results`,
    );
    for (const [kind, { bytes, requests }] of Object.entries(transfer.byKind).sort((a, b) => b[1].bytes - a[1].bytes)) {
      console.log(`  ${kind.padEnd(12)}${kb(bytes).padStart(10)}  ${requests} request${requests === 1 ? '' : 's'}`);
    }
  }
}
