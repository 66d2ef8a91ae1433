import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/corpus';

/** Spelling groups for the search page's query expansion, fetched only when a search runs. */
export const GET: APIRoute = async () => {
  const { searchAliases } = await getCorpus();
  return new Response(JSON.stringify({ version: 1, groups: searchAliases }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
