import type { APIRoute, GetStaticPaths } from 'astro';
import { getCorpus } from '../../../data/corpus';
import { getEntityData } from '../../../data/entities';
import { bucketAliasGroups } from '../../../lib/search/alias-buckets';
import { mergeAliasGroups } from '../../../lib/search/alias-groups';
import type { AliasGroups } from '../../../lib/search/expand-query';

/**
 * Spelling groups for the search page's query expansion: the alias file plus every
 * entity's name and aliases, so typing any spelling of a person or place finds every
 * article that mentions them. Published in buckets by first letter
 * (`/search/aliases/z.json`), every bucket present even when empty; a search fetches
 * only the buckets of its words (src/lib/search/alias-buckets.ts).
 */
export const getStaticPaths = (async () => {
  const { searchAliases } = await getCorpus();
  const entities = (await getEntityData()).entities.map((entity) => [entity.name, ...entity.aliases]);
  const buckets = bucketAliasGroups(mergeAliasGroups(searchAliases, entities));
  return [...buckets].map(([bucket, groups]) => ({ params: { bucket }, props: { groups } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ groups: AliasGroups }> = ({ props }) =>
  new Response(JSON.stringify({ version: 1, groups: props.groups }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
