/**
 * Reads a built site's stories export. A module of its own, without dist.ts's check that
 * dist/ is built: the content tests read the export of sites they build themselves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportedStory, StoriesExportIndex, StoriesExportPart } from '../../src/lib/export/stories-export.ts';

/**
 * Every story of the stories export in the built site `dir`, as a consumer reads it:
 * `data/stories.json`, then each part it lists, found by its URL's path (newest day first).
 * Throws for a listed part that is not there.
 */
export function readStoriesExport(dir: string): ExportedStory[] {
  const index = JSON.parse(readFileSync(join(dir, 'data/stories.json'), 'utf8')) as StoriesExportIndex;
  return index.parts.flatMap((part) => {
    const file = new URL(part.url).pathname.replace(/^\//, '');
    if (!existsSync(join(dir, file))) throw new Error(`${part.url} is listed in data/stories.json but ${join(dir, file)} does not exist`);
    return (JSON.parse(readFileSync(join(dir, file), 'utf8')) as StoriesExportPart).stories;
  });
}
