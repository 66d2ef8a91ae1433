/**
 * Text that goes into a feed. Two readers consume it: an XML parser, which
 * rejects control characters outright (one U+0001 makes the whole feed
 * unreadable), and then a feed reader, which renders titles and descriptions
 * as HTML. So text is stripped of what XML forbids, and the fields readers
 * render are escaped for HTML before the feed library escapes them for XML:
 * a headline "Talks <img src=x onerror=alert(1)>" reaches the reader as
 * text, never as an element.
 */
import { escapeUTF8 } from 'entities';

/** What XML 1.0 allows: tab, LF, CR and every character from U+0020 except surrogates, U+FFFE and U+FFFF. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without the characters XML 1.0 forbids. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Plain text for a field a reader renders as HTML (RSS `title` and `description`, JSON Feed `content_html`). */
export function feedHtml(text: string): string {
  return escapeUTF8(xmlSafe(text));
}

/** The text fields of a feed item, as @astrojs/rss takes them. */
export interface FeedItemText {
  title?: string;
  description?: string;
  author?: string;
  categories?: string[];
}

/**
 * A feed item with every text field made safe for its consumers: title and
 * description escaped for HTML, author and categories (shown as plain text)
 * stripped of what XML forbids. Every feed builds its items through this.
 */
export function safeFeedItem<T extends FeedItemText>(item: T): T {
  return {
    ...item,
    ...(item.title === undefined ? {} : { title: feedHtml(item.title) }),
    ...(item.description === undefined ? {} : { description: feedHtml(item.description) }),
    ...(item.author === undefined ? {} : { author: xmlSafe(item.author) }),
    ...(item.categories === undefined ? {} : { categories: item.categories.map(xmlSafe) }),
  };
}
