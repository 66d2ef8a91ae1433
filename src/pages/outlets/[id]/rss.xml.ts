import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../config/site';
import { getCorpus, type Outlet } from '../../../data/corpus';
import { feedArticles, rssResponse } from '../../../data/feeds';
import { keyedPaths } from '../../../data/page-keys';
import { routes } from '../../../data/routes';

// Keyed by the outlet and the articles the feed carries: without a key every outlet's feed
// was written again on every build (333 at 10,000 articles, nearly all unchanged).
export const getStaticPaths = (async () => {
  const { outlets, articlesByOutlet } = await getCorpus();
  return keyedPaths(
    outlets.map((outlet) => ({ params: { id: outlet.id }, props: { outlet } })),
    ({ props }) => feedArticles(articlesByOutlet.get(props.outlet.id) ?? []),
  );
}) satisfies GetStaticPaths;

/** `/outlets/<id>/rss.xml`: the outlet's newest articles. */
export const GET: APIRoute<{ outlet: Outlet }> = async ({ props: { outlet } }) => {
  const { articlesByOutlet } = await getCorpus();
  return rssResponse({
    title: `${site.name} — ${outlet.data.name}`,
    description: `The newest articles from ${outlet.data.name} on ${site.name}.`,
    page: routes.outlet(outlet.id),
    self: routes.outletFeed(outlet.id),
    articles: articlesByOutlet.get(outlet.id) ?? [],
  });
};
