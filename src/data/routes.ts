import { site } from '../config/site';
import { absoluteUrl, sitePath } from '../lib/urls';

/** Site-relative paths of every kind of page, with the base path applied. */
export const routes = {
  home: () => sitePath(site.basePath),
  timeline: () => sitePath(site.basePath, 'timeline/'),
  outlets: () => sitePath(site.basePath, 'outlets/'),
  outlet: (id: string) => sitePath(site.basePath, `outlets/${id}/`),
  article: (id: string) => sitePath(site.basePath, `articles/${id}/`),
  stories: () => sitePath(site.basePath, 'stories/'),
  story: (slug: string) => sitePath(site.basePath, `stories/${slug}/`),
  storiesData: () => sitePath(site.basePath, 'data/stories.json'),
  search: () => sitePath(site.basePath, 'search/'),
  about: () => sitePath(site.basePath, 'about/'),
  rss: () => sitePath(site.basePath, 'rss.xml'),
  asset: (path: string) => sitePath(site.basePath, path),
};

/** Absolute URL of a site-relative path such as `articles/x/`. */
export function absolute(path: string): string {
  return absoluteUrl(site.url, site.basePath, path.startsWith(site.basePath) ? path.slice(site.basePath.length) : path);
}
