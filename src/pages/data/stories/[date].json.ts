import type { APIRoute, GetStaticPaths } from 'astro';
import { storiesExportPartData, storiesExportPartPaths } from '../../../data/stories-export';
import type { StoriesOfDay } from '../../../lib/export/stories-export.ts';

export const getStaticPaths = storiesExportPartPaths satisfies GetStaticPaths;

/** `/data/stories/<date>.json`: the stories whose first article appeared on that day (schema version 2, see README). */
export const GET: APIRoute<{ day: StoriesOfDay }> = async ({ props: { day } }) =>
  new Response(`${JSON.stringify(await storiesExportPartData(day))}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
