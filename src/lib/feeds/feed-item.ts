/**
 * What every feed says about an article. All feed item text (RSS and JSON Feed, the main
 * feed and each story's and outlet's) is made here, once, so escaping and wording rules
 * apply to every feed alike.
 */
import { toEpochMs } from '../dates/calendar-value.ts';

/** The facts about an article that feeds use. */
export interface FeedArticle {
  /** Absolute URL of the article's page on this site. */
  link: string;
  /** The article at its outlet. */
  originalUrl: string;
  headline: string;
  outletName: string;
  /** `YYYY-MM-DD` or an ISO date-time with offset. */
  published: string;
  publishedInferred: boolean;
  /** The first sentence of the text, as the item's description. */
  firstSentence: string;
}

/** One feed item, ready for RSS or JSON Feed. */
export interface FeedItem {
  link: string;
  externalUrl: string;
  title: string;
  description: string;
  /** The outlet, as the item's author. */
  author: string;
  categories: string[];
  published: Date;
}

/** The item for one article. */
export function feedItem(article: FeedArticle): FeedItem {
  return {
    link: article.link,
    externalUrl: article.originalUrl,
    title: article.headline,
    description: article.firstSentence || article.headline,
    author: article.outletName,
    categories: [article.outletName, ...(article.publishedInferred ? ['date inferred'] : [])],
    published: new Date(toEpochMs(article.published)),
  };
}
