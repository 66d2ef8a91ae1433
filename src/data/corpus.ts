import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { firstSentence } from '../lib/articles/first-sentence';
import { inPublicationOrder } from '../lib/articles/order';
import type { ArticleInput } from '../lib/article-input';
import type { ArticleText } from '../lib/text/article-text';
import { pageKey } from '../lib/cache/page-key';
import { oncePerBuild } from './build-memory';

/** An outlet with the articles we carry from it. */
export interface Outlet {
  id: string;
  data: CollectionEntry<'outlets'>['data'];
}

/** An article ready to render: its entry, its outlet and what pages show about it. */
export interface Article {
  id: string;
  /** Astro's digest of the article file: what the page-cache keys (src/data/page-keys.ts) know it by. */
  digest: string;
  published: string;
  publishedInferred: boolean;
  data: CollectionEntry<'articles'>['data'];
  outlet: Outlet;
  firstSentence: string;
  wordCount: number;
  readingMinutes: number;
  /** Entities mentioned in the body, most mentioned first (from the mentions remark plugin). */
  mentions: { id: string; count: number }[];
  /** The body's text as the page shows it (from the article-text remark plugin): what every analysis reads. */
  text: ArticleText;
  Content: AstroComponentFactory;
}

/** Everything the pages need, loaded once per build. */
export interface Corpus {
  /** Articles in publication order, oldest first. */
  articles: Article[];
  /** Outlets sorted by name. */
  outlets: Outlet[];
  /** The same articles, newest first. */
  newestFirst: Article[];
  articleById: Map<string, Article>;
  outletById: Map<string, Outlet>;
  /** Each outlet's articles, newest first (every outlet has an entry). */
  articlesByOutlet: Map<string, Article[]>;
  /** The articles published just before and after one, for the article page's pager. */
  neighboursOf: (articleId: string) => { previous?: Article; next?: Article };
  /** Spelling groups search treats as one word. */
  searchAliases: string[][];
}

async function loadCorpus(): Promise<Corpus> {
  const outletEntries = await getCollection('outlets');
  const outlets = outletEntries
    .map((entry) => ({ id: entry.id, data: entry.data }))
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  const outletById = new Map(outlets.map((outlet) => [outlet.id, outlet]));

  const entries = await getCollection('articles');
  const articles = await Promise.all(
    entries.map(async (entry): Promise<Article> => {
      const outlet = outletById.get(entry.data.outlet);
      // The content check catches this before a build; `astro dev` can meet it after an edit.
      if (!outlet) throw new Error(`${entry.filePath ?? entry.id}: outlet: "${entry.data.outlet}" is not an outlet`);
      const { Content, remarkPluginFrontmatter } = await render(entry);
      // Built by remarkArticleText from the tree the page renders, and cached with it.
      const text = remarkPluginFrontmatter.articleText as ArticleText | undefined;
      if (text === undefined) throw new Error(`${entry.filePath ?? entry.id}: the article pipeline produced no text model`);
      return {
        id: entry.id,
        // The glob loader always sets a digest; anything else is keyed by what it holds.
        digest: String(entry.digest ?? pageKey([entry.body ?? '', entry.data])),
        published: entry.data.published,
        publishedInferred: entry.data.publishedStatus === 'inferred',
        data: entry.data,
        outlet,
        firstSentence: firstSentence(text),
        wordCount: Number(remarkPluginFrontmatter.wordCount ?? 0),
        readingMinutes: Number(remarkPluginFrontmatter.readingMinutes ?? 0),
        mentions: Array.isArray(remarkPluginFrontmatter.mentions) ? remarkPluginFrontmatter.mentions : [],
        text,
        Content,
      };
    }),
  );
  const ordered = inPublicationOrder(articles);
  const searchAliases = (await getCollection('searchAliases')).map((group) => group.data.spellings);
  // Lookups built once here, so no page scans the whole corpus (10,000 pages × 10,000 articles).
  const newest = [...ordered].reverse();
  const articlesByOutlet = new Map<string, Article[]>(outlets.map((outlet) => [outlet.id, []]));
  for (const article of newest) articlesByOutlet.get(article.outlet.id)?.push(article);
  const position = new Map(ordered.map((article, index) => [article.id, index]));
  return {
    articles: ordered,
    newestFirst: newest,
    outlets,
    articleById: new Map(ordered.map((a) => [a.id, a])),
    outletById,
    articlesByOutlet,
    neighboursOf(articleId) {
      const index = position.get(articleId);
      return index === undefined ? {} : { previous: ordered[index - 1], next: ordered[index + 1] };
    },
    searchAliases,
  };
}

/** The corpus, loaded on first use and shared by every page of the build. */
export const getCorpus: () => Promise<Corpus> = oncePerBuild(loadCorpus);

/** The plain-data view of an article that the analysis modules take. */
export function toArticleInput(article: Article): ArticleInput {
  return {
    id: article.id,
    headline: article.data.headline,
    outlet: article.outlet.id,
    outletName: article.outlet.data.name,
    published: article.published,
    publishedInferred: article.publishedInferred,
    text: article.text,
    url: article.data.url,
    ...(article.data.retells ? { retells: { outlet: article.data.retells.outlet, url: article.data.retells.url } } : {}),
    ...(article.data.story ? { story: article.data.story } : {}),
  };
}
