import { fileURLToPath } from 'node:url';
import { readEntityFiles as readFiles } from '../load-files';
import type { EntityRecord } from '../registry';

/** content/entities, resolved from this file so tests run from any working directory. */
export const ENTITY_DIR = new URL('../../../../content/entities/', import.meta.url);

/** Every `*.yaml` file of a directory as an EntityRecord, sorted by id. */
export function readEntityFiles(directory: URL = ENTITY_DIR): EntityRecord[] {
  return readFiles(fileURLToPath(directory));
}
