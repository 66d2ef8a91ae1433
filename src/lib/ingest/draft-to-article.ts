import type { PublicationDate } from './dates.ts';
import { parseStatedDate } from './dates.ts';
import { detectLanguage, normalizeLanguageTag } from './language.ts';
import { resolveMetadata } from './metadata.ts';
import type { Draft } from './sources.ts';
import { normalizeArticleUrl } from '../urls/normalize.ts';

/**
 * Settle a draft's metadata: the operator's options first (they apply to every input and
 * override what was found), then the best source (see `resolveMetadata`), then what can
 * honestly be derived (a headline from the address, a language from the text). Whatever is
 * still missing fails the input with a message naming the option that would supply it.
 */

/** Metadata the operator gives on the command line, applied to every input. */
export interface Overrides {
  outlet?: string;
  url?: string;
  headline?: string;
  /** How the operator's headline came about; `original` (the outlet's own) unless said. */
  headlineSource?: 'original' | 'derived-from-url' | 'editorial';
  /** A `YYYY-MM-DD` day or an ISO date-time with offset. */
  published?: string;
  /** With `published`: the latest possible day, for an inferred date. */
  publishedLatest?: string;
  /** With `published`: how the date was worked out; makes the date `inferred`. */
  publishedReason?: string;
  language?: string;
}

/** An article's settled metadata (the outlet is matched afterwards, from `url`). */
export interface SettledArticle {
  headline: string;
  headlineSource: 'original' | 'derived-from-url' | 'editorial';
  url: string;
  date: PublicationDate;
  language: string;
  /** The site's own name for itself, for a new outlet file. */
  siteName?: string;
}

/** Words of an address's last path segment, as a headline (`/post-war-borders-dominated` → `Post war borders dominated`). */
export function headlineFromUrl(address: string): string | undefined {
  const segment = new URL(address).pathname.split('/').filter(Boolean).at(-1) ?? '';
  const words = decodeURIComponent(segment)
    .replace(/\.[a-z]{2,5}$/i, '')
    .split(/[-_]+/)
    .filter((word) => word && !/^\d+$/.test(word));
  if (words.length < 3) return undefined;
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** The operator's `--published` options as a publication date. */
export function overrideDate(overrides: Overrides): PublicationDate | undefined {
  if (!overrides.published) return undefined;
  const published = parseStatedDate(overrides.published);
  if (!published) return undefined;
  if (!overrides.publishedReason) return { published, status: 'stated' };
  const latest = overrides.publishedLatest ? parseStatedDate(overrides.publishedLatest) : undefined;
  return { published, status: 'inferred', reason: overrides.publishedReason, ...(latest ? { latest } : {}) };
}

/** The settled article, or the reason it cannot be one. */
export function settleDraft(draft: Draft, overrides: Overrides): SettledArticle | { problem: string } {
  if (draft.problem) return { problem: draft.problem };
  const found = resolveMetadata(draft.candidates);
  const url = overrides.url ? normalizeArticleUrl(overrides.url) : found.url?.value;
  if (!url) return { problem: 'no address for the article (no canonical link, og:url, JSON-LD url or feed link): give it with --url' };

  let headline: string | undefined = overrides.headline;
  let headlineSource: SettledArticle['headlineSource'] = overrides.headline ? (overrides.headlineSource ?? 'original') : 'original';
  if (!headline) headline = found.headline?.value;
  if (!headline) {
    headline = headlineFromUrl(url);
    headlineSource = 'derived-from-url';
  }
  if (!headline) return { problem: 'no headline (none in the page, the feed or the address): give it with --headline' };

  const date = overrideDate(overrides) ?? found.published?.value;
  if (!date) {
    const updated = draft.updatedOnly
      ? ` The feed gives only when the entry was last updated (${draft.updatedOnly}), which is not when it was published.`
      : '';
    return {
      problem: `no publication date: the input states none and its address carries none.${updated} Give it with --published (and --published-reason if you worked it out)`,
    };
  }

  const language = normalizeLanguageTag(overrides.language) ?? found.language?.value ?? detectLanguage(draft.text);
  if (!language) return { problem: 'no language declared and too little text to detect it: give it with --language' };

  return { headline, headlineSource, url, date, language, ...(found.siteName ? { siteName: found.siteName.value } : {}) };
}
