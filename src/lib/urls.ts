/**
 * Every internal URL goes through here so that a site built for a sub-path
 * (`BASE_PATH=/news/`) links correctly everywhere.
 */

/** `basePath` + a site-relative path: `('/news/', 'articles/x/')` → `/news/articles/x/`. */
export function sitePath(basePath: string, path = ''): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return base + path.replace(/^\/+/, '');
}

/** Absolute URL of a site-relative path, for canonical links, feeds and JSON-LD. */
export function absoluteUrl(siteUrl: string, basePath: string, path = ''): string {
  return new URL(sitePath(basePath, path), `${siteUrl}/`).href;
}
