/**
 * Astro's `paginate()` with the page URLs this site uses (`routes.ts`): the first page at the
 * list's own folder, the rest at `page/N/` under it. Every paginated route goes through here,
 * so `page.url` and the Pagination component always agree with the files that exist.
 */
import type { Page, PaginateFunction } from 'astro';

/** How a list is cut into pages and where each page lives. */
export interface PagingOptions<Params, Props> {
  pageSize: number;
  /** Route params shared by every page of the list (e.g. the outlet id). */
  params?: Params;
  /** Props shared by every page of the list. */
  props?: Props;
  /** Site path of page `n` (1-based), from `routes`. */
  href: (n: number) => string;
}

/** The `page` rest parameter of page `n`: none for the first page, `page/n` after. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : `page/${n}`;
}

/** Static paths for a `[...page].astro` route: one per page of `items`. */
export function paginatedPaths<T, Params extends Record<string, string | undefined>, Props extends Record<string, unknown>>(
  paginate: PaginateFunction,
  items: readonly T[],
  options: PagingOptions<Params, Props>,
): { params: Params & { page: string | undefined }; props: Props & { page: Page<T> } }[] {
  const { href } = options;
  return paginate(items, { pageSize: options.pageSize, params: options.params ?? {}, props: options.props ?? {} }).map(({ props }) => {
    const { currentPage: n, lastPage: last } = props.page;
    const page: Page<T> = {
      ...(props.page as Page<T>),
      url: {
        current: href(n),
        prev: n > 1 ? href(n - 1) : undefined,
        next: n < last ? href(n + 1) : undefined,
        first: n > 1 ? href(1) : undefined,
        last: n < last ? href(last) : undefined,
      },
    };
    return { params: { ...(options.params as Params), page: pageParam(n) }, props: { ...(options.props as Props), page } };
  });
}
