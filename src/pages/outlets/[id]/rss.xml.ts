import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../config/site';
import { getCorpus, type Outlet } from '../../../data/corpus';
import { rssResponse } from '../../../data/feeds';
import { routes } from '../../../data/routes';

export const getStaticPaths = (async () => {
  const { outlets } = await getCorpus();
  return outlets.map((outlet) => ({ params: { id: outlet.id }, props: { outlet } }));
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
