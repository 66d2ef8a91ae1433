import type { APIRoute } from 'astro';
import { storiesExportIndexData } from '../../data/stories-export';

/** `/data/stories.json`: the index of the stories export, one part per day (schema version 2, see README). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await storiesExportIndexData())}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
