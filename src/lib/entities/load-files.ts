import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { EntityRecord } from './registry.ts';

/**
 * Every `*.yaml` file of an entity folder as an EntityRecord (id = file name),
 * sorted by id. The Markdown pipeline needs the registry before Astro's content
 * collections exist, so it reads the same files the `entities` collection does.
 */
export function readEntityFiles(directory: string): EntityRecord[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((file) => /\.ya?ml$/.test(file) && !file.startsWith('_'))
    .sort()
    .map((file) => ({
      id: basename(file).replace(/\.ya?ml$/, ''),
      data: parse(readFileSync(join(directory, file), 'utf8')) as unknown,
    }));
}
