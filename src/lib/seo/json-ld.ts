/**
 * JSON for a `<script type="application/ld+json">` block. Plain JSON.stringify
 * is not enough: a value containing `</script>` would end the element early and
 * let the rest of the value run as HTML. Escaping `<`, `>` and `&` as Unicode
 * escapes keeps the JSON identical once parsed; U+2028/2029 are escaped for old
 * JavaScript parsers.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** What a NewsArticle block needs to know about one article. */
export interface NewsArticleFacts {
  headline: string;
  url: string;
  originalUrl: string;
  published: string;
  language: string;
  description?: string;
  wordCount?: number;
  dateline?: string;
  publisher: { name: string; url: string };
  retells?: { outlet: string; headline?: string; url?: string; published?: string };
}

/** A schema.org NewsArticle describing the outlet's article that this page republishes. */
export function newsArticleJsonLd(facts: NewsArticleFacts): Record<string, unknown> {
  const retold = facts.retells;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.headline,
    url: facts.url,
    sameAs: facts.originalUrl,
    mainEntityOfPage: facts.url,
    datePublished: facts.published,
    inLanguage: facts.language,
    ...(facts.description ? { description: facts.description } : {}),
    ...(facts.wordCount ? { wordCount: facts.wordCount } : {}),
    ...(facts.dateline ? { locationCreated: { '@type': 'Place', name: facts.dateline } } : {}),
    publisher: { '@type': 'NewsMediaOrganization', name: facts.publisher.name, url: facts.publisher.url },
    ...(retold
      ? {
          isBasedOn: {
            '@type': 'NewsArticle',
            publisher: { '@type': 'NewsMediaOrganization', name: retold.outlet },
            ...(retold.headline ? { headline: retold.headline } : {}),
            ...(retold.url ? { url: retold.url } : {}),
            ...(retold.published ? { datePublished: retold.published } : {}),
          },
        }
      : {}),
  };
}
