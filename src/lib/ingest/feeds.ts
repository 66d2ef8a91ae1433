import { parseFeed as parseAnyFeed, type AnyFeed } from 'feedsmith';
import type { Text } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed, read by feedsmith and flattened into one
 * item shape. An item's full text is `content:encoded`, Atom `content` or JSON Feed
 * `content_html`/`content_text`; `description`/`summary` alone is an excerpt.
 */

/** One feed item, whatever the format. Text fields are as the feed gives them. */
export interface FeedItem {
  title?: string;
  /** The item's page, as given (absolute or relative to the feed's site). */
  link?: string;
  /** Publication date as written: RSS `pubDate`, `dc:date`, Atom `published`, JSON `date_published`. */
  published?: string;
  /** Atom `updated`, kept only to say why an item without `published` has no date. */
  updated?: string;
  /** The full text as HTML, when the feed carries it. */
  contentHtml?: string;
  /** The summary as HTML (or plain text), when that is all there is or as well. */
  summaryHtml?: string;
  /** The item's declared language (JSON Feed, `xml:lang`, `dc:language`). */
  language?: string;
}

/** A feed's name, site, language and items. */
export interface Feed {
  format: AnyFeed['format'];
  title?: string;
  /** The site the feed belongs to. */
  link?: string;
  language?: string;
  items: FeedItem[];
}

/** True when text looks like a feed rather than a page: RSS, RDF, Atom root or a JSON Feed. */
export function looksLikeFeed(text: string): boolean {
  const head = text
    .slice(0, 2000)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{')) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head);
  return /<(rss|rdf:RDF|feed)[\s>]/.test(head);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The text of an HTML fragment (Atom titles may be `type="html"`). */
function textOfHtml(html: string): string {
  let text = '';
  visit(unified().use(rehypeParse, { fragment: true }).parse(html), 'text', (node: Text) => {
    text += node.value;
  });
  return text.replace(/\s+/g, ' ').trim();
}

/** Atom text constructs: `html` and `xhtml` are markup, `text` (the default) is plain. */
function atomHtml(construct: { value?: string; type?: string } | undefined): string | undefined {
  if (!construct?.value) return undefined;
  return construct.type === 'html' || construct.type === 'xhtml' ? construct.value : escapeHtml(construct.value);
}

const plainTextParagraphs = (text: string | undefined) =>
  text
    ?.split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim())}</p>`)
    .join('');

/**
 * The outlet's name from its feed's title: the part before a section suffix
 * (`Northern Courier – Latest news` → `Northern Courier`, `NYT > World` → `NYT`).
 */
export function siteNameFromFeedTitle(title: string | undefined): string | undefined {
  return title?.split(/\s+[|–—>»:-]\s+/)[0]?.trim() || undefined;
}

/**
 * WordPress (and Yoast SEO) end every feed item with "The post <title> appeared first on
 * <site>." It is the feed's chrome, not the article's text.
 */
const WORDPRESS_FEED_FOOTER = /\n*The post .+ appeared first on .+$/;

/** A feed item's Markdown without the feed's own footer. */
export function withoutFeedFooter(markdown: string): string {
  const lastBlock = markdown.lastIndexOf('\n\n');
  const tail = markdown.slice(lastBlock + 1);
  return WORDPRESS_FEED_FOOTER.test(tail) && !tail.trim().includes('\n') ? markdown.slice(0, Math.max(0, lastBlock)).trim() : markdown;
}

/** Parse a feed document (XML or JSON text). Throws when it is not a feed feedsmith knows. */
export function parseFeed(text: string): Feed {
  const parsed = parseAnyFeed(text.replace(/^\uFEFF/, ''));
  switch (parsed.format) {
    case 'rss':
    case 'rdf': {
      const { feed } = parsed;
      const language = ('language' in feed ? feed.language : undefined) ?? feed.dc?.languages?.[0];
      return {
        format: parsed.format,
        title: feed.title,
        link: feed.link,
        language,
        items: (feed.items ?? []).map((item) => ({
          title: item.title,
          link: item.link ?? ('guid' in item && item.guid?.isPermaLink !== false ? item.guid?.value : undefined),
          published: ('pubDate' in item ? item.pubDate : undefined) ?? item.dc?.dates?.[0],
          contentHtml: item.content?.encoded,
          summaryHtml: item.description,
          language: item.dc?.languages?.[0],
        })),
      };
    }
    case 'atom': {
      const { feed } = parsed;
      const alternate = (links: { href?: string; rel?: string }[] | undefined) =>
        links?.find((link) => !link.rel || link.rel === 'alternate')?.href;
      return {
        format: 'atom',
        title: feed.title?.value,
        link: alternate(feed.links),
        language: feed.xml?.lang,
        items: (feed.entries ?? []).map((entry) => ({
          title: entry.title?.value && entry.title.type !== 'text' && entry.title.type ? textOfHtml(entry.title.value) : entry.title?.value,
          link: alternate(entry.links),
          published: entry.published,
          updated: entry.updated,
          contentHtml: atomHtml(entry.content),
          summaryHtml: atomHtml(entry.summary),
        })),
      };
    }
    case 'json': {
      const { feed } = parsed;
      return {
        format: 'json',
        title: feed.title,
        link: feed.home_page_url,
        language: feed.language,
        items: (feed.items ?? []).map((item) => ({
          title: item.title,
          link: item.url ?? item.external_url,
          published: item.date_published,
          contentHtml: item.content_html ?? plainTextParagraphs(item.content_text),
          summaryHtml: item.summary,
          language: item.language,
        })),
      };
    }
  }
}
