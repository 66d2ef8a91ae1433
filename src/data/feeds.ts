/**
 * The site's feeds: the main RSS and JSON feeds, and an RSS feed per story and per outlet.
 * Each carries the newest articles (LIST_SIZES.feedItems), and every item is made by
 * `feedItem` (src/lib/feeds), the one place feed item text is written.
 */
import rss from '@astrojs/rss';
import { site } from '../config/site';
import { feedItem, type FeedItem } from '../lib/feeds/feed-item';
import { safeFeedItem, xmlSafe } from '../lib/feeds/item-text';
import { jsonFeed } from '../lib/feeds/json-feed';
import type { Article } from './corpus';
import { LIST_SIZES } from './list-sizes';
import { absolute, routes } from './routes';

/** A feed: what it is about and its articles, newest first. */
export interface FeedSource {
  title: string;
  description: string;
  /** Site path of the page the feed belongs to. */
  page: string;
  /** Site path of the feed itself. */
  self: string;
  /** Articles newest first; only the newest LIST_SIZES.feedItems are published. */
  articles: readonly Article[];
}

/** The articles a feed publishes: the newest `LIST_SIZES.feedItems` of them. */
export function feedArticles(articles: readonly Article[]): readonly Article[] {
  return articles.slice(0, LIST_SIZES.feedItems);
}

function items(articles: readonly Article[]): FeedItem[] {
  return feedArticles(articles).map((article) =>
    feedItem({
      link: absolute(routes.article(article.id)),
      originalUrl: article.data.url,
      headline: article.data.headline,
      outletName: article.outlet.data.name,
      published: article.published,
      publishedInferred: article.publishedInferred,
      firstSentence: article.firstSentence,
    }),
  );
}

/** An RSS 2.0 response for the feed. */
export function rssResponse(source: FeedSource): Promise<Response> {
  return rss({
    title: xmlSafe(source.title),
    description: xmlSafe(source.description),
    site: absolute(source.page),
    trailingSlash: true,
    customData: `<language>${site.language}</language>`,
    // Escaped here, not in feedItem: RSS readers render title and description as HTML, JSON Feed's are plain text.
    items: items(source.articles).map((item) =>
      safeFeedItem({
        title: item.title,
        link: item.link,
        pubDate: item.published,
        description: item.description,
        author: item.author,
        categories: item.categories,
      }),
    ),
  });
}

/** A JSON Feed 1.1 response for the feed. */
export function jsonFeedResponse(source: FeedSource): Response {
  const feed = jsonFeed(
    {
      title: source.title,
      homePageUrl: absolute(source.page),
      feedUrl: absolute(source.self),
      description: source.description,
      language: site.language,
    },
    items(source.articles),
  );
  return new Response(`${JSON.stringify(feed, null, 2)}\n`, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}

/** The main feed: the newest articles of the whole site. */
export function siteFeed(newestFirst: readonly Article[], self: string): FeedSource {
  return { title: site.name, description: site.description, page: routes.home(), self, articles: newestFirst };
}
