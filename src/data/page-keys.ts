/**
 * The `cacheKey` of each page Astro's incremental build may copy from the previous build
 * instead of rendering (see src/lib/cache/page-key.ts): a digest of the data the page is
 * rendered from, so a page is rendered again exactly when something it shows has changed.
 * Astro adds the page's code (its module graph) and the site config to the key itself.
 *
 * Articles are keyed by id, file digest and outlet (their text, facts and rendered body all
 * follow from the file, the entity registry and the code); outlets and entities by their data.
 */
import type { Story } from '../lib/analysis/index.ts';
import { keyDigest, keyJson, pageKey, plainKeyJson } from '../lib/cache/page-key';
import { getStories } from './analysis';
import { oncePerBuild } from './build-memory';
import { getCorpus, type Article } from './corpus';
import { getEntityData, peopleInArticle, searchFiltersForArticle, type EventGroup, type QuoteGroup } from './entities';
import { storyPageData } from './story-page';

/**
 * An article, anywhere in a key, as its id, file digest and outlet: wherever an article is
 * shown, its outlet's name is shown with it.
 */
function articleRef(value: object): unknown {
  const article = value as Partial<Article>;
  return typeof article.digest === 'string' && typeof article.Content === 'function'
    ? ['article', article.id, article.digest, article.outlet?.data]
    : undefined;
}

const key = (parts: unknown) => pageKey(parts, articleRef);

/** What every page's key includes: the entity registry (names, roles and links appear on most pages). */
const siteKey = oncePerBuild(async () => key((await getEntityData()).entities));

/**
 * `compute`, run once per id and its promise shared: a story's articles (or an entity's pages)
 * ask for the same key all at once, before any of them has it.
 */
function oncePerId<T>(compute: (value: T) => Promise<string>, idOf: (value: T) => string): (value: T) => Promise<string> {
  const keys = new Map<string, Promise<string>>();
  return (value) => {
    const id = idOf(value);
    let cached = keys.get(id);
    if (cached === undefined) {
      cached = compute(value);
      keys.set(id, cached);
    }
    return cached;
  };
}

/**
 * A story as its pages and its articles' pages see it: the analysis (plain data, the largest
 * value keyed) and its articles.
 */
const storyKey = oncePerId(
  async (story: Story) => keyDigest(plainKeyJson(story), keyJson(await articlesById(story.articleIds), articleRef)),
  (story) => story.id,
);

/** The key of an article's page (src/pages/articles/[id].astro). */
export async function articlePageKey(article: Article): Promise<string> {
  const corpus = await getCorpus();
  const story = (await getStories()).storyPageOf(article.id);
  const { previous, next } = corpus.neighboursOf(article.id);
  return key({
    site: await siteKey(),
    article,
    story: story && (await storyKey(story)),
    previous,
    next,
    people: await peopleInArticle(article.id),
    filters: await searchFiltersForArticle(article.id),
  });
}

/**
 * The articles that quote and event groups link to by id: the pages
 * show their headlines and outlets (src/components/ArticleLinks.astro), so they are part of
 * the key, and a group can reach beyond the story or the entity it is listed under.
 */
function linkedArticles(groups: readonly { articleIds: readonly string[] }[]): Promise<(Article | undefined)[]> {
  return articlesById([...new Set(groups.flatMap((group) => group.articleIds))]);
}

/** The articles of `ids`, in order (keyed by reference through `articleRef`). */
async function articlesById(ids: readonly string[]): Promise<(Article | undefined)[]> {
  const { articleById } = await getCorpus();
  return ids.map((id) => articleById.get(id));
}

/**
 * The key of a story's page, subpages and feed (src/data/story-paths.ts). Its statements and
 * events are the story's own (`story.quotes`, `story.events`), already in the story's key:
 * hashed again, they were 149 MB of JSON at 10,000 articles.
 */
export async function storyPageKey(story: Story): Promise<string> {
  const { quoteGroups, events } = await storyPageData(story);
  const own = quoteGroups === story.quotes && events === story.events;
  const linked = await linkedArticles([...quoteGroups, ...events]);
  return key({ site: await siteKey(), story: await storyKey(story), ...(own ? {} : { quoteGroups, events }), linked });
}

/**
 * The key of a part of the stories export (src/data/stories-export.ts): its stories as their
 * pages see them. Everything else a story's export holds (its url, entities, quotes and events)
 * follows from the story, its articles and the entity registry.
 */
export async function storiesExportPartKey(stories: readonly Story[]): Promise<string> {
  return key({ site: await siteKey(), stories: await Promise.all(stories.map(storyKey)) });
}

/**
 * `paths` from a getStaticPaths, each with its `cacheKey`: a key of its props (a page of a
 * list, with its articles by reference) and of what `extra` returns for it, which must be
 * everything else the page looks up to render (e.g. the neighbouring days of an archive day).
 */
export async function keyedPaths<P extends { props: object }>(
  paths: P[],
  extra: (path: P) => unknown = () => undefined,
): Promise<(P & { cacheKey: string })[]> {
  const site = await siteKey();
  return Promise.all(paths.map(async (path) => ({ ...path, cacheKey: key({ site, props: path.props, extra: await extra(path) }) })));
}

/**
 * What an entity's pages show beyond their own page of articles (src/components/entities/EntityPage.astro):
 * every page counts all its mentions (the total, the spellings); the first page also lists its
 * stories, quotes and events. Of its stories, only what the list shows.
 *
 * Keyed that narrowly because a rebuild after one new article at 10,000 articles rendered ~290
 * entity pages again whose HTML had not changed: each story's whole analysis was in the key
 * (one new article shifts the claim scores of many stories; the list shows none of them), and
 * the first page's quotes and events were in the key of every page of the entity.
 */
export async function entityPageExtras(entityId: string, firstPage: boolean): Promise<string> {
  return firstPage ? entityFirstPageExtras(entityId) : entityMentionsKey(entityId);
}

const entityMentionsKey = oncePerId(
  async (entityId: string) => key((await getEntityData()).mentionsOf(entityId)),
  (entityId) => entityId,
);

const entityFirstPageExtras = oncePerId(
  async (entityId: string) => {
    const data = await getEntityData();
    const quotes = data.quotesBy(entityId);
    const events = data.eventsAbout(entityId);
    return key({
      mentions: await entityMentionsKey(entityId),
      stories: data
        .storiesOf(entityId)
        .map(({ slug, headline, start, end, articleIds }) => ({ slug, headline, start, end, articles: articleIds.length })),
      quotes: quotes.map(groupKey),
      events: events.map(groupKey),
      linked: await linkedArticles([...quotes, ...events]),
    });
  },
  (entityId) => entityId,
);

/**
 * A statement or event group's key, computed once per build: an event naming several entities
 * is on the first page of each (the groups were 71 MB of JSON at 10,000 articles).
 */
function groupKey(group: QuoteGroup | EventGroup): string {
  let cached = groupKeys.get(group);
  if (cached === undefined) {
    cached = keyDigest(plainKeyJson(group));
    groupKeys.set(group, cached);
  }
  return cached;
}
const groupKeys = new WeakMap<QuoteGroup | EventGroup, string>();
