import { site } from '../config/site';
import { ENTITY_FOLDERS, entityPath } from '../lib/entities/paths';
import type { Entity, EntityKind } from '../lib/entities/types';
import { paragraphAnchor } from '../lib/text/article-text';
import { absoluteUrl, sitePath } from '../lib/urls';

/** Site-relative paths of every kind of page, with the base path applied. */
export const routes = {
  home: () => sitePath(site.basePath),
  timeline: () => sitePath(site.basePath, 'timeline/'),
  outlets: () => sitePath(site.basePath, 'outlets/'),
  outlet: (id: string) => sitePath(site.basePath, `outlets/${id}/`),
  article: (id: string) => sitePath(site.basePath, `articles/${id}/`),
  /** Paragraph `index` of an article, by its `#p-N` anchor. */
  paragraph: (articleId: string, index: number) => `${sitePath(site.basePath, `articles/${articleId}/`)}#${paragraphAnchor(index)}`,
  /** Paragraph `index` of the article whose page links to it: `#p-N`. */
  paragraphOnPage: (index: number) => `#${paragraphAnchor(index)}`,
  stories: () => sitePath(site.basePath, 'stories/'),
  story: (slug: string) => sitePath(site.basePath, `stories/${slug}/`),
  storiesData: () => sitePath(site.basePath, 'data/stories.json'),
  search: () => sitePath(site.basePath, 'search/'),
  about: () => sitePath(site.basePath, 'about/'),
  /** A person's, place's or organization's page: `/people/rustem-umerov/`. */
  entity: (entity: Pick<Entity, 'id' | 'kind'>) => sitePath(site.basePath, entityPath(entity)),
  /** The index page of a kind of entity: `/people/`. */
  entities: (kind: EntityKind) => sitePath(site.basePath, `${ENTITY_FOLDERS[kind]}/`),
  rss: () => sitePath(site.basePath, 'rss.xml'),
  asset: (path: string) => sitePath(site.basePath, path),
};

/** Absolute URL of a site-relative path such as `articles/x/`. */
export function absolute(path: string): string {
  return absoluteUrl(site.url, site.basePath, path.startsWith(site.basePath) ? path.slice(site.basePath.length) : path);
}
