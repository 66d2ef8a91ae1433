/** The parts of Pagefind's browser API the search page uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  /** Result counts per filter value for this query and these filters. */
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindOptions {
  filters?: Record<string, string[] | { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface Pagefind {
  options: (options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (query: string | null, options?: PagefindOptions) => Promise<PagefindSearch | null>;
  /** Loads what a search needs (index chunks, and the filter chunks of the filters named) without running it. */
  preload: (query: string | null, options?: PagefindOptions) => Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Load Pagefind from the site's own build, once. The path is computed at run
 * time so the bundler leaves it alone, and it honours the base path.
 *
 * Pagefind runs in the page, not in its web worker: the worker is a second copy of
 * Pagefind's script (12 KB gzipped, 8 % of a first search's budget at 10,000 articles),
 * and a query over the index takes milliseconds, so the page gains nothing by moving it.
 */
export function loadPagefind(basePath: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${basePath}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ baseUrl: basePath, excerptLength: 30, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
