import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes that are all or nothing and never overwrite: the data goes to a temporary file
 * beside the target, which is then hard-linked to the target name. `link` fails when the
 * name exists (unlike `rename`, which would replace it), so a file that appeared since we
 * looked is never clobbered, and a reader never sees a half-written article.
 */

/** Write `data` to `path` unless the name is taken; returns false (and writes nothing) if it is. */
export function writeNewFile(path: string, data: string | Uint8Array): boolean {
  mkdirSync(dirname(path), { recursive: true });
  // A dot name that does not end in .md or .yaml: the content loaders never pick it up.
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temporary, data, { flag: 'wx' });
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Remove files written for an input that then failed, so nothing of it is left half-done. */
export function removeFiles(paths: readonly string[]): void {
  for (const path of paths) rmSync(path, { force: true });
}
