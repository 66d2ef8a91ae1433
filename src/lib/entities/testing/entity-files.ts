import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { EntityRecord } from '../registry';

/*
 * Test support only: the site loads entities through Astro's content
 * collection. `yaml` is a transitive dependency (via vite), fine for tests.
 */

/** content/entities, resolved from this file so tests run from any working directory. */
export const ENTITY_DIR = new URL('../../../../content/entities/', import.meta.url);

/** Every `*.yaml` file of a directory as an EntityRecord (id = file name without extension), sorted by id. */
export function readEntityFiles(directory: URL = ENTITY_DIR): EntityRecord[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({
      id: basename(file, '.yaml'),
      data: parse(readFileSync(join(directory.pathname, file), 'utf8')) as unknown,
    }));
}
