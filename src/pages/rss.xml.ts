import type { APIRoute } from 'astro';
import { getCorpus } from '../data/corpus';
import { rssResponse, siteFeed } from '../data/feeds';
import { routes } from '../data/routes';

/** `/rss.xml`: the newest articles of the whole site. */
export const GET: APIRoute = async () => rssResponse(siteFeed((await getCorpus()).newestFirst, routes.rss()));
