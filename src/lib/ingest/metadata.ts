import { dateFromUrlPath, parseStatedDate, type PublicationDate } from './dates.ts';
import { normalizeLanguageTag } from './language.ts';
import { normalizeArticleUrl } from '../urls/normalize.ts';

/**
 * Metadata precedence. Each source (the page's JSON-LD, its meta tags, its `<time>`
 * elements, its title, a feed item, a plain-text capture) says what it says in a
 * MetadataCandidate; `resolveMetadata` takes each field from the best source that gives
 * a usable value, and records which source that was.
 */

/** Where a value came from, best first (see SOURCE_ORDER). */
export type MetadataSource = 'json-ld' | 'meta' | 'time' | 'title' | 'feed' | 'capture' | 'address';

/**
 * The order of the issue: JSON-LD `NewsArticle`/`Article`, then OpenGraph and `article:*`
 * meta tags, then `<time>` elements, then the page title, then the feed item. A capture
 * (plain text) comes last: it has no markup to state anything.
 */
export const SOURCE_ORDER: readonly MetadataSource[] = ['json-ld', 'meta', 'time', 'title', 'feed', 'capture', 'address'];

/**
 * For the address alone, `<link rel="canonical">` and `og:url` (both in `meta`) come before
 * JSON-LD: they are the page's own statement of its canonical address, and an AMP copy
 * points them at the full page.
 */
const URL_ORDER: readonly MetadataSource[] = ['meta', 'json-ld', 'feed', 'capture', 'address'];

/** What one source says about an article, as raw text; absent fields are not given. */
export interface MetadataCandidate {
  source: MetadataSource;
  headline?: string;
  /** The article's address, absolute. */
  url?: string;
  /** Publication date as written (ISO 8601 or RFC 822). */
  published?: string;
  /** Declared language tag, as written (`en_GB`, `en-GB`). */
  language?: string;
  /** The outlet's name as the source gives it (`og:site_name`, JSON-LD publisher, feed title). */
  siteName?: string;
}

/** A value and the source it was taken from. */
export interface Sourced<T> {
  value: T;
  source: MetadataSource;
}

/** The best of each field, with its source; a field no source gives usably is absent. */
export interface ResolvedMetadata {
  headline?: Sourced<string>;
  url?: Sourced<string>;
  published?: Sourced<PublicationDate>;
  language?: Sourced<string>;
  siteName?: Sourced<string>;
}

function first<T>(
  candidates: readonly MetadataCandidate[],
  order: readonly MetadataSource[],
  read: (candidate: MetadataCandidate) => T | undefined,
): Sourced<T> | undefined {
  for (const source of order) {
    for (const candidate of candidates) {
      if (candidate.source !== source) continue;
      const value = read(candidate);
      if (value !== undefined) return { value, source };
    }
  }
  return undefined;
}

/** Text with runs of line breaks, tabs and spaces as one space; no-break spaces are kept (French typography needs them). */
const nonEmpty = (text: string | undefined) => {
  const trimmed = text?.replace(/[\t\n\r ]+/g, ' ').trim();
  return trimmed ? trimmed : undefined;
};

/**
 * Each field from the best source that gives a usable value: a date that does not parse
 * or an address that is not http(s) falls through to the next source. With no stated
 * date anywhere, a date in the address path is used as an inferred one.
 */
export function resolveMetadata(candidates: readonly MetadataCandidate[]): ResolvedMetadata {
  const url = first(candidates, URL_ORDER, (candidate) => (candidate.url ? normalizeArticleUrl(candidate.url) : undefined));
  let published: Sourced<PublicationDate> | undefined = first(candidates, SOURCE_ORDER, (candidate) => {
    const value = parseStatedDate(candidate.published);
    return value ? { published: value, status: 'stated' as const } : undefined;
  });
  if (!published && url) {
    const fromAddress = dateFromUrlPath(url.value);
    if (fromAddress) published = { value: fromAddress, source: 'address' };
  }
  const resolved: ResolvedMetadata = {
    headline: first(candidates, SOURCE_ORDER, (candidate) => nonEmpty(candidate.headline)),
    url,
    published,
    language: first(candidates, SOURCE_ORDER, (candidate) => normalizeLanguageTag(candidate.language)),
    siteName: first(candidates, SOURCE_ORDER, (candidate) => nonEmpty(candidate.siteName)),
  };
  return Object.fromEntries(Object.entries(resolved).filter(([, value]) => value !== undefined)) as ResolvedMetadata;
}
