/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): the same items as the RSS feed, for
 * readers that prefer JSON. Keys are written in a fixed order so the file is byte-identical
 * on every build.
 */
import type { FeedItem } from './feed-item.ts';

/** A feed's own facts. */
export interface JsonFeedMeta {
  title: string;
  /** Absolute URL of the page the feed is about. */
  homePageUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  description: string;
  /** BCP 47 tag of the feed's language. */
  language: string;
}

/** One JSON Feed item (the fields we fill). */
export interface JsonFeedItem {
  id: string;
  url: string;
  external_url: string;
  title: string;
  content_text: string;
  date_published: string;
  authors: { name: string }[];
  tags: string[];
}

/** A JSON Feed 1.1 document. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  items: JsonFeedItem[];
}

/** The JSON Feed document for `items` (already in the order to publish, newest first). */
export function jsonFeed(meta: JsonFeedMeta, items: readonly FeedItem[]): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    home_page_url: meta.homePageUrl,
    feed_url: meta.feedUrl,
    description: meta.description,
    language: meta.language,
    items: items.map((item) => ({
      id: item.link,
      url: item.link,
      external_url: item.externalUrl,
      title: item.title,
      content_text: item.description,
      date_published: item.published.toISOString(),
      authors: [{ name: item.author }],
      tags: item.categories,
    })),
  };
}
