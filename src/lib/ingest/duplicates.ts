import { NEAR_DUPLICATE_SIMILARITY, textSimilarity } from './similarity.ts';
import { articleUrlKey } from '../urls/normalize.ts';

/**
 * Is an article already there? The same page under any of its addresses (see
 * `articleUrlKey`), or nearly the same text from the same outlet (a page moved to a
 * new address, a print version, a lightly corrected re-publication).
 */

/** An article already in the content folder, or written earlier in this run. */
export interface KnownArticle {
  /** The article file, as reported. */
  file: string;
  url: string;
  outlet: string;
  /** The Markdown body. */
  body: string;
}

/** Why an article is a duplicate, and of which file. */
export interface Duplicate {
  file: string;
  reason: string;
}

/** Known articles, indexed by address and by outlet. */
export class DuplicateIndex {
  private readonly byUrl = new Map<string, KnownArticle>();
  private readonly byOutlet = new Map<string, KnownArticle[]>();

  constructor(articles: readonly KnownArticle[] = []) {
    for (const article of articles) this.add(article);
  }

  /** Remember an article (one just written, so a second input of it in the same run is caught). */
  add(article: KnownArticle): void {
    const key = articleUrlKey(article.url);
    if (key && !this.byUrl.has(key)) this.byUrl.set(key, article);
    const list = this.byOutlet.get(article.outlet) ?? [];
    list.push(article);
    this.byOutlet.set(article.outlet, list);
  }

  /** The article this one duplicates, or `undefined`. */
  find(candidate: { url: string; outlet: string; body: string }): Duplicate | undefined {
    const key = articleUrlKey(candidate.url);
    const sameUrl = key ? this.byUrl.get(key) : undefined;
    if (sameUrl) return { file: sameUrl.file, reason: `same address as ${sameUrl.file} (${sameUrl.url})` };
    for (const known of this.byOutlet.get(candidate.outlet) ?? []) {
      // Texts of very different length cannot reach the threshold (the smaller set bounds the
      // overlap); a factor of two leaves a wide margin for how word counts follow lengths.
      const ratio = candidate.body.length / Math.max(1, known.body.length);
      if (ratio < 0.5 || ratio > 2) continue;
      const similarity = textSimilarity(candidate.body, known.body);
      if (similarity >= NEAR_DUPLICATE_SIMILARITY) {
        return { file: known.file, reason: `text ${Math.round(similarity * 100)}% the same as ${known.file}, from the same outlet` };
      }
    }
    return undefined;
  }
}
