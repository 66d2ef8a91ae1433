import type { APIRoute } from 'astro';
import { getCorpus } from '../../data/corpus';
import { getEntityData } from '../../data/entities';
import { mergeAliasGroups } from '../../lib/search/alias-groups';

/**
 * Spelling groups for the search page's query expansion, fetched only when a
 * search runs: the alias file plus every entity's name and aliases, so typing
 * any spelling of a person or place finds every article that mentions them.
 */
export const GET: APIRoute = async () => {
  const { searchAliases } = await getCorpus();
  const entities = (await getEntityData()).entities.map((entity) => [entity.name, ...entity.aliases]);
  return new Response(JSON.stringify({ version: 1, groups: mergeAliasGroups(searchAliases, entities) }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
