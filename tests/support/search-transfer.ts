/**
 * What a reader's first search costs on the wire: a fresh Chromium context (empty cache)
 * opens a search URL on a gzip-serving static host, and every response's transferred bytes
 * (encoded body plus headers) are summed until the page is idle. Requests under `pagefind/`
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
}

const IS_SEARCH_REQUEST = /\/pagefind\/|\/search\/aliases\.json$/;

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
  const transfer: SearchTransfer = { query, totalBytes: 0, requests: 0, searchBytes: 0, searchRequests: 0, results: 0 };
  tab.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then((sizes) => {
        const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
        transfer.totalBytes += bytes;
        transfer.requests++;
        if (IS_SEARCH_REQUEST.test(new URL(request.url()).pathname)) {
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
