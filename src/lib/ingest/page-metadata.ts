import type { MetadataCandidate } from './metadata.ts';

/**
 * What a saved or fetched page states about itself, one MetadataCandidate per kind of
 * source: its JSON-LD, its meta tags (OpenGraph, `article:*`, canonical link, `<html lang>`),
 * its `<time>` elements and its title. Precedence is `resolveMetadata`'s job.
 */

/** schema.org types that describe a news article, most specific first. */
const ARTICLE_TYPES = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'Article',
  'BlogPosting',
  'LiveBlogPosting',
];

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every object in a JSON-LD document: top-level arrays and `@graph` lists flattened. */
function jsonLdNodes(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(jsonLdNodes);
  if (!isObject(value)) return [];
  const graph = value['@graph'];
  return [value, ...(graph ? jsonLdNodes(graph) : [])];
}

function types(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((entry): entry is string => typeof entry === 'string');
}

/** A string property, or the `name`/`@id`/`url` of an object property (or of the first of a list). */
function text(value: unknown, key: 'name' | '@id' | 'url' = 'name'): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return text(value[0], key);
  if (isObject(value)) {
    const inner = value[key] ?? value['url'] ?? value['@id'];
    return typeof inner === 'string' ? inner : undefined;
  }
  return undefined;
}

/** The article node of the page's JSON-LD, the best-matching type first; invalid blocks are skipped. */
function jsonLdCandidate(document: Document): MetadataCandidate {
  const nodes = [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((script) => {
    try {
      return jsonLdNodes(JSON.parse(script.textContent ?? ''));
    } catch {
      return [];
    }
  });
  const byId = new Map(nodes.filter((node) => typeof node['@id'] === 'string').map((node) => [node['@id'] as string, node]));
  const resolve = (value: unknown): unknown =>
    isObject(value) && typeof value['@id'] === 'string' && !value['name'] ? (byId.get(value['@id']) ?? value) : value;
  const rank = (node: JsonObject) =>
    Math.min(
      ...types(node)
        .map((type) => ARTICLE_TYPES.indexOf(type))
        .filter((index) => index >= 0),
    );
  const article = nodes
    .filter((node) => Number.isFinite(rank(node)))
    .sort((a, b) => rank(a) - rank(b))
    .at(0);
  if (!article) return { source: 'json-ld' };
  return {
    source: 'json-ld',
    headline: text(article['headline']) ?? text(article['name']),
    url: text(article['url'], 'url') ?? text(article['mainEntityOfPage'], '@id'),
    published: text(article['datePublished']),
    language: text(article['inLanguage'], 'name'),
    siteName: text(resolve(article['publisher'])),
  };
}

function meta(document: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

/** OpenGraph, `article:*` and other head metadata, the canonical link and `<html lang>`. */
function metaCandidate(document: Document): MetadataCandidate {
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim();
  return {
    source: 'meta',
    headline: meta(document, 'og:title', 'twitter:title'),
    url: canonical || meta(document, 'og:url'),
    published: meta(
      document,
      'article:published_time',
      'og:article:published_time',
      'datePublished',
      'pubdate',
      'publish-date',
      'DC.date.issued',
      'dcterms.issued',
    ),
    language:
      meta(document, 'og:locale') ??
      (document.documentElement?.getAttribute('lang') ||
        document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ||
        undefined),
    siteName: meta(document, 'og:site_name', 'application-name'),
  };
}

/**
 * The publication `<time>`: one marked as such (`itemprop="datePublished"`, `pubdate`, a
 * `published` class), else the first inside the article outside related boxes and comments.
 * The first `<time>` of the whole page is no evidence: it is as often a clock or a teaser's.
 */
function timeCandidate(document: Document): MetadataCandidate {
  const marked = document.querySelector(
    'time[itemprop="datePublished"][datetime], time[pubdate][datetime], time[class*="publish"][datetime]',
  );
  const inArticle = [...document.querySelectorAll('article time[datetime]')].find(
    (time) => !time.closest('aside, [class*="related"], [id*="related"], [class*="comment"], [id*="comment"]'),
  );
  return { source: 'time', published: (marked ?? inArticle)?.getAttribute('datetime') ?? undefined };
}

/** Separators outlets put between a headline and their name in `<title>` (kept by split). */
const TITLE_SEPARATOR = /(\s+[|–—:·•-]\s+)/;

/**
 * The page title without the outlet's name (`Headline | Harbour Gazette` → `Headline`,
 * `Harbour Gazette: Headline` → `Headline`) when the name is known from the page;
 * otherwise the whole title, since a separator can also be part of a headline.
 */
export function headlineFromTitle(title: string, siteNames: readonly (string | undefined)[]): string {
  const names = new Set(siteNames.filter((name): name is string => Boolean(name)).map((name) => name.toLowerCase().trim()));
  const parts = title.trim().split(TITLE_SEPARATOR);
  if (parts.length >= 3 && names.has((parts.at(-1) ?? '').toLowerCase())) return parts.slice(0, -2).join('');
  if (parts.length >= 3 && names.has((parts[0] ?? '').toLowerCase())) return parts.slice(2).join('');
  return title.trim();
}

/** Every source a page offers, each as its own candidate. */
export function pageMetadataCandidates(document: Document): MetadataCandidate[] {
  const jsonLd = jsonLdCandidate(document);
  const metaTags = metaCandidate(document);
  const title = document.querySelector('title')?.textContent?.trim();
  return [
    jsonLd,
    metaTags,
    timeCandidate(document),
    { source: 'title', ...(title ? { headline: headlineFromTitle(title, [jsonLd.siteName, metaTags.siteName]) } : {}) },
  ];
}

/** True for an AMP page (`<html amp>` or `<html ⚡>`): its canonical link names the full page. */
export function isAmpPage(document: Document): boolean {
  const root = document.documentElement;
  return Boolean(root && (root.hasAttribute('amp') || root.hasAttribute('⚡')));
}
