import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { site } from '../config/site';
import { getCorpus } from '../data/corpus';
import { absolute, routes } from '../data/routes';
import { newestFirst } from '../lib/articles/order';
import { toEpochMs } from '../lib/dates/calendar-value';
import { safeFeedItem } from '../lib/feeds/item-text';

export const GET: APIRoute = async () => {
  const { articles } = await getCorpus();
  return rss({
    title: site.name,
    description: site.description,
    site: absolute(routes.home()),
    trailingSlash: true,
    customData: `<language>${site.language}</language>`,
    items: newestFirst(articles).map((article) =>
      safeFeedItem({
        title: article.data.headline,
        link: absolute(routes.article(article.id)),
        pubDate: new Date(toEpochMs(article.published)),
        description: article.firstSentence,
        author: article.outlet.data.name,
        categories: [article.outlet.data.name, ...(article.publishedInferred ? ['date inferred'] : [])],
      }),
    ),
  });
};
