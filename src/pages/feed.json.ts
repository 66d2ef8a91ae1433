import type { APIRoute } from 'astro';
import { getCorpus } from '../data/corpus';
import { jsonFeedResponse, siteFeed } from '../data/feeds';
import { routes } from '../data/routes';

/** `/feed.json`: the main feed as JSON Feed 1.1. */
export const GET: APIRoute = async () => jsonFeedResponse(siteFeed((await getCorpus()).newestFirst, routes.jsonFeed()));
