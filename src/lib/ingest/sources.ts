import { parseHTML } from 'linkedom';
import { decodeBytes, charsetOfContentType } from './encoding.ts';
import { looksLikeFeed, parseFeed, siteNameFromFeedTitle, withoutFeedFooter } from './feeds.ts';
import { htmlToMarkdown } from './html-to-markdown.ts';
import { extractMainHtml } from './main-text.ts';
import type { MetadataCandidate } from './metadata.ts';
import { pageMetadataCandidates } from './page-metadata.ts';
import { readPlainTextCapture } from './plain-text.ts';

/**
 * From raw input (a file's or a response's bytes) to drafts: one per page, per feed item,
 * per capture. A draft holds what each source says and the body; deciding between
 * sources and checking the result is `draft-to-article`'s job.
 */

/** Raw input as read: the bytes, and what is known about them from outside. */
export interface RawInput {
  /** The path or URL as the operator gave it (or as found in a folder). */
  input: string;
  bytes: Uint8Array;
  /** File extension or media type hint: `html`, `xml`, `json`, `txt`. */
  kind?: 'html' | 'xml' | 'json' | 'txt';
  /** HTTP Content-Type, for URLs. */
  contentType?: string;
  /** Where a fetched input ended up after redirects. */
  finalUrl?: string;
}

/** One article-to-be, before metadata is settled. */
export interface Draft {
  /** The feed item's link, or null for a page or capture. */
  item: string | null;
  candidates: MetadataCandidate[];
  markdown: string;
  text: string;
  excerptOnly?: true;
  photoCredit?: string;
  /** Readings of the input to tell the operator (plain-text captures). */
  notes: string[];
  /** Why this draft cannot be an article (no text, no date of any kind, …), if it cannot. */
  problem?: string;
  /** Atom's `updated`, to explain a missing publication date. */
  updatedOnly?: string;
}

/** The raw input's shape: a feed, a page, or plain text. */
export interface ReadInput {
  kind: 'feed' | 'page' | 'text';
  /** The file extension the capture is kept under. */
  captureExtension: string;
  drafts: Draft[];
  /** How the bytes were decoded, e.g. `windows-1252 (detected)`. */
  encoding: string;
}

function kindFromContentType(contentType: string | undefined): RawInput['kind'] {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type.endsWith('json')) return 'json';
  if (type.endsWith('xml')) return 'xml';
  if (type === 'text/plain') return 'txt';
  return undefined;
}

/** Guess from the first bytes when neither extension nor media type says. */
function sniffKind(bytes: Uint8Array): NonNullable<RawInput['kind']> {
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF|^ï»¿/, '')
    .trimStart();
  if (head.startsWith('{')) return 'json';
  if (/^<\?xml|^<(rss|rdf:RDF|feed)[\s>]/i.test(head)) return 'xml';
  if (/^<(!doctype html|html|head|body)/i.test(head)) return 'html';
  return 'txt';
}

async function readPage(text: string, url: string | undefined): Promise<Draft> {
  const { document } = parseHTML(text);
  const candidates = pageMetadataCandidates(document as unknown as Document);
  const { markdown, text: plain } = htmlToMarkdown(await extractMainHtml(document as unknown as Document, url), url);
  return {
    item: null,
    candidates: url ? [...candidates, { source: 'address', url }] : candidates,
    markdown,
    text: plain,
    notes: [],
    ...(markdown ? {} : { problem: 'no article text found in the page' }),
  };
}

function readFeed(text: string, baseUrl: string | undefined): Draft[] {
  const feed = parseFeed(text);
  const base = feed.link ?? baseUrl;
  return feed.items.map((item): Draft => {
    let link: string | undefined;
    try {
      link = item.link ? new URL(item.link, base).href : undefined;
    } catch {
      link = undefined;
    }
    const html = item.contentHtml ?? item.summaryHtml;
    const converted = html ? htmlToMarkdown(html, link) : { markdown: '', text: '' };
    const markdown = withoutFeedFooter(converted.markdown);
    const plain = withoutFeedFooter(converted.text);
    return {
      item: link ?? item.link ?? null,
      candidates: [
        {
          source: 'feed',
          headline: item.title,
          url: link,
          published: item.published,
          language: item.language ?? feed.language,
          siteName: siteNameFromFeedTitle(feed.title),
        },
      ],
      markdown,
      text: plain,
      ...(item.contentHtml ? {} : { excerptOnly: true as const }),
      notes: [],
      ...(markdown ? {} : { problem: 'the feed item has no text (no content and no summary)' }),
      ...(!item.published && item.updated ? { updatedOnly: item.updated } : {}),
    };
  });
}

/**
 * Read one raw input into drafts. `headline` (the operator's `--headline`) helps a
 * plain-text capture drop the headline where the page repeated it.
 */
export async function readInput(raw: RawInput, headline?: string): Promise<ReadInput> {
  const kind = raw.kind ?? kindFromContentType(raw.contentType) ?? sniffKind(raw.bytes);
  const decoded = decodeBytes(
    raw.bytes,
    kind === 'html' ? 'html' : kind === 'xml' ? 'xml' : 'other',
    charsetOfContentType(raw.contentType),
  );
  const encoding = `${decoded.encoding} (${decoded.how})`;
  if ((kind === 'xml' || kind === 'json' || kind === 'html') && looksLikeFeed(decoded.text)) {
    return { kind: 'feed', captureExtension: kind === 'json' ? 'json' : 'xml', drafts: readFeed(decoded.text, raw.finalUrl), encoding };
  }
  if (kind === 'html' || (kind === 'xml' && /<html[\s>]/i.test(decoded.text.slice(0, 2000)))) {
    return { kind: 'page', captureExtension: 'html', drafts: [await readPage(decoded.text, raw.finalUrl)], encoding };
  }
  if (kind === 'txt') {
    const capture = readPlainTextCapture(decoded.text, headline);
    const draft: Draft = {
      item: null,
      candidates: [{ source: 'capture', published: capture.statedDate, headline: capture.repeatedTitle }],
      markdown: capture.markdown,
      text: capture.text,
      notes: capture.notes,
      ...(capture.photoCredit ? { photoCredit: capture.photoCredit } : {}),
      ...(capture.markdown ? {} : { problem: 'the capture has no article text' }),
    };
    return { kind: 'text', captureExtension: 'txt', drafts: [draft], encoding };
  }
  throw new Error(
    kind === 'json' ? 'not a JSON Feed (no "version": "https://jsonfeed.org/version/…")' : 'not a feed (RSS, RDF or Atom) or a web page',
  );
}
