import { site } from '../config/site';
import type { Story } from '../lib/analysis/types';
import { ENTITY_FOLDERS, entityPath } from '../lib/entities/paths';
import type { Entity, EntityKind } from '../lib/entities/types';
import { hasStoryPage } from '../lib/stories/story-page';
import { paragraphAnchor } from '../lib/text/article-text';
import { absoluteUrl, sitePath } from '../lib/urls';

/**
 * The folder of page `page` of a list whose first page is at `folder`:
 * `stories/` → `stories/`, `stories/page/2/`, `stories/page/3/`…
 * The `page/` segment keeps later pages apart from what else lives in the folder
 * (a story slug could be `2`; nothing is ever called `page/2`).
 */
export function pagedPath(folder: string, page = 1): string {
  return page <= 1 ? folder : `${folder}page/${page}/`;
}

const path = (relative: string) => sitePath(site.basePath, relative);

/** Site-relative paths of every kind of page, with the base path applied. */
export const routes = {
  home: () => sitePath(site.basePath),
  timeline: (page = 1) => path(pagedPath('timeline/', page)),
  /** The index of stories with a timeline of their own, reached from every page of /timeline/. */
  timelineStories: (page = 1) => path(pagedPath('timeline/stories/', page)),
  outlets: (page = 1) => path(pagedPath('outlets/', page)),
  outlet: (id: string, page = 1) => path(pagedPath(`outlets/${id}/`, page)),
  outletFeed: (id: string) => path(`outlets/${id}/rss.xml`),
  article: (id: string) => path(`articles/${id}/`),
  /** Paragraph `index` of an article, by its `#p-N` anchor. */
  paragraph: (articleId: string, index: number) => `${path(`articles/${articleId}/`)}#${paragraphAnchor(index)}`,
  /** Paragraph `index` of the article whose page links to it: `#p-N`. */
  paragraphOnPage: (index: number) => `#${paragraphAnchor(index)}`,
  stories: (page = 1) => path(pagedPath('stories/', page)),
  story: (slug: string) => path(`stories/${slug}/`),
  /** Where a story is read: its page, or for a story of one article (no page), that article's page. */
  storyHome: (story: Pick<Story, 'slug' | 'articleIds' | 'leadArticleId'>) =>
    hasStoryPage(story) ? path(`stories/${story.slug}/`) : path(`articles/${story.leadArticleId}/`),
  /** Every report and article of a story. */
  storyArticles: (slug: string) => path(`stories/${slug}/articles/`),
  /** The story's full coverage matrix. */
  storyMatrix: (slug: string) => path(`stories/${slug}/matrix/`),
  storyFeed: (slug: string) => path(`stories/${slug}/rss.xml`),
  /** The story's own timeline: the "What happened when" section of its page. */
  storyTimeline: (slug: string) => `${path(`stories/${slug}/`)}#events`,
  /** A person's, place's or organization's page: `/people/rustem-umerov/`, `…/page/2/`. */
  entity: (entity: Pick<Entity, 'id' | 'kind'>, page = 1) => path(pagedPath(entityPath(entity), page)),
  /** The index of a kind of entity: `/people/`, `/people/page/2/`. */
  entities: (kind: EntityKind, page = 1) => path(pagedPath(`${ENTITY_FOLDERS[kind]}/`, page)),
  archive: () => path('archive/'),
  archiveYear: (year: string) => path(`archive/${year}/`),
  archiveMonth: (year: string, month: string) => path(`archive/${year}/${month}/`),
  archiveDay: (year: string, month: string, day: string, page = 1) => path(pagedPath(`archive/${year}/${month}/${day}/`, page)),
  /** The stories export's index (schema in the README), and its part for the stories that began on `date` (`YYYY-MM-DD`). */
  storiesData: () => path('data/stories.json'),
  storiesDataPart: (date: string) => path(`data/stories/${date}.json`),
  search: () => path('search/'),
  about: () => path('about/'),
  /** Where the about page says what "Our headline" means. */
  aboutHeadlines: () => `${path('about/')}#our-headlines`,
  /** The article page's publication date, with the reason when it is inferred. */
  articleDate: (id: string) => `${path(`articles/${id}/`)}#published`,
  rss: () => path('rss.xml'),
  jsonFeed: () => path('feed.json'),
  asset: (relative: string) => path(relative),
};

/** Absolute URL of a site-relative path such as `articles/x/`. */
export function absolute(path: string): string {
  return absoluteUrl(site.url, site.basePath, path.startsWith(site.basePath) ? path.slice(site.basePath.length) : path);
}
