import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/corpus';
import { getEntityData } from '../../data/entities';
import { knownNames } from '../../lib/search/alias-groups';

/**
 * Every name and spelling the site knows (entity names and aliases, the alias
 * file's spellings), for correcting near-misses ("Yermack" → Yermak) and for the
 * suggestions of a search that finds nothing. Fetched only when a search finds nothing.
 */
export const GET: APIRoute = async () => {
  const { searchAliases } = await getCorpus();
  const entities = (await getEntityData()).entities.map((entity) => [entity.name, ...entity.aliases]);
  return new Response(JSON.stringify({ version: 1, names: knownNames(searchAliases, entities) }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
