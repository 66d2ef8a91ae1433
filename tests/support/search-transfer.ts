/**
 * What a reader's first search costs on the wire: a fresh Chromium context (empty cache)
 * opens a search URL on a gzip-serving static host, and every response's transferred bytes
 * (encoded body plus headers) are summed until the page is idle, workers' requests included. Requests under `pagefind/`
 * and the spelling-alias file count as the search's own share.
 */
import type { Browser } from 'playwright-core';

/** The transfer of one first search. */
export interface SearchTransfer {
  query: string;
  /** Everything the page loaded: HTML, CSS, scripts, the index, result data. */
  totalBytes: number;
  requests: number;
  /** What the search itself loaded (Pagefind files and the alias groups). */
  searchBytes: number;
  searchRequests: number;
  /** Results the search found, as the page reports them. */
  results: number;
  /** Bytes and requests per kind of file (see `requestKind`), for a breakdown. */
  byKind: Partial<Record<RequestKind, { bytes: number; requests: number }>>;
}

/** What a request of a first search loads. */
export type RequestKind =
  'page' | 'pagefind.js' | 'worker' | 'entry' | 'wasm' | 'meta' | 'index' | 'filter' | 'fragment' | 'aliases' | 'other';

/** The kind of file a path is: the page's own files, or one of Pagefind's (by its bundle layout). */
export function requestKind(pathname: string): RequestKind {
  const file = pathname.slice(pathname.lastIndexOf('/') + 1);
  if (pathname.includes('/pagefind/')) {
    if (pathname.includes('/pagefind/fragment/')) return 'fragment';
    if (pathname.includes('/pagefind/index/')) return 'index';
    if (pathname.includes('/pagefind/filter/')) return 'filter';
    if (file.endsWith('.pf_meta')) return 'meta';
    if (file.startsWith('wasm.')) return 'wasm';
    if (file === 'pagefind-entry.json') return 'entry';
    if (file === 'pagefind.js') return 'pagefind.js';
    if (file === 'pagefind-worker.js') return 'worker';
    return 'other';
  }
  if (pathname.includes('/search/aliases/')) return 'aliases';
  return 'page';
}

const IS_SEARCH_REQUEST = /\/pagefind\/|\/search\/aliases\//;

/**
 * Opens `url` (which carries the query) and waits until `done` holds in the page, then
 * for the network to fall quiet; `results` reads the result count from the page.
 */
export async function measureFirstSearch(
  browser: Browser,
  query: string,
  url: string,
  page: { done: string; results: string },
): Promise<SearchTransfer> {
  // The measuring predicates are evaluated as strings, which the site's CSP (rightly) forbids.
  const context = await browser.newContext({ bypassCSP: true });
  const tab = await context.newPage();
  const pending: Promise<void>[] = [];
  const transfer: SearchTransfer = { query, totalBytes: 0, requests: 0, searchBytes: 0, searchRequests: 0, results: 0, byKind: {} };
  tab.on('requestfinished', (request) => {
    pending.push(
      Promise.all([request.sizes(), request.response()]).then(([sizes, response]) => {
        // Chromium reports no body size for a worker's script (Pagefind's pagefind-worker.js):
        // take the encoded length the host declared when it is larger.
        const declared = Number(response?.headers()['content-length'] ?? 0);
        const bytes = Math.max(sizes.responseBodySize, declared) + sizes.responseHeadersSize;
        const pathname = new URL(request.url()).pathname;
        transfer.totalBytes += bytes;
        transfer.requests++;
        const kind = (transfer.byKind[requestKind(pathname)] ??= { bytes: 0, requests: 0 });
        kind.bytes += bytes;
        kind.requests++;
        if (IS_SEARCH_REQUEST.test(pathname)) {
          transfer.searchBytes += bytes;
          transfer.searchRequests++;
        }
      }),
    );
  });
  await tab.goto(url);
  await tab.waitForFunction(page.done, undefined, { timeout: 60_000 });
  await tab.waitForLoadState('networkidle');
  await Promise.all(pending);
  transfer.results = Number(await tab.evaluate(page.results)) || 0;
  await context.close();
  return transfer;
}
