import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ContentProblem } from './problems.ts';
import { SLUG } from './schemas.ts';

/** A file a collection will load. */
export interface CollectionFile {
  /** The entry id: the file name without its extension (also its URL slug). */
  id: string;
  path: string;
  /** The path as problems show it. */
  display: string;
  /** False when the file name breaks the naming rules (the file is still checked, but nothing may refer to it). */
  named: boolean;
}


/** Files a collection skips on purpose: drafts (`_draft.md`) and hidden files (`.DS_Store`). */
const skipped = (name: string) => name.startsWith('_') || name.startsWith('.');

/** Two names that a case-insensitive or normalizing file system (macOS, Windows) would take for one. */
const nameKey = (id: string) => id.normalize('NFC').toLowerCase();

/**
 * The files of one collection folder. Astro would load sub-folders and turn
 * odd names into other ids ("report#2.md" becomes "report2", "Grain-Deal.md"
 * becomes "grain-deal" and silently replaces "grain-deal.md"), so the rules
 * are stricter, and every break of them is a problem naming the file:
 * - a file sits directly in the folder, with one of `extensions`;
 * - its name is a slug (`a-z`, `0-9`, hyphens): no capitals, spaces, `#`,
 *   `?`, `%` or non-ASCII letters, which would need escaping in the URL and
 *   differ between file systems;
 * - no two files share a name up to case or extension (`x.yaml` and `x.yml`).
 * Files starting with `_` or `.` are skipped, as the collections skip them.
 */
export function listCollection(
  folder: string,
  extensions: string[],
  example: string,
  display: (path: string) => string,
  problems: ContentProblem[],
): CollectionFile[] {
  if (!existsSync(folder)) return [];
  const files: CollectionFile[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (skipped(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      problems.push({ file: display(path), message: `sub-folders are not allowed: move its files into ${display(folder)}/ (the file name is the URL)` });
      continue;
    }
    const extension = extname(entry.name);
    if (!extensions.includes(extension)) {
      const allowed = extensions.join(', ');
      problems.push({ file: display(path), message: `is not read: files here end in ${allowed} (start the name with _ to keep a file unpublished)` });
      continue;
    }
    files.push({ id: entry.name.slice(0, -extension.length), path, display: display(path), named: true });
  }

  const byKey = new Map<string, CollectionFile[]>();
  for (const file of files) byKey.set(nameKey(file.id), [...(byKey.get(nameKey(file.id)) ?? []), file]);
  for (const file of files) {
    const others = (byKey.get(nameKey(file.id)) ?? []).filter((other) => other !== file).map((other) => other.display);
    const clash = others.length === 0 ? '' : `; it clashes with ${others.join(' and ')}, which has the same name but for case or extension`;
    if (!SLUG.test(file.id)) {
      file.named = false;
      problems.push({
        file: file.display,
        message: `file name must be a slug of lower-case letters, digits and hyphens (no capitals, spaces, #, ?, % or accents), like ${example}: it is the URL${clash}`,
      });
    } else if (others.length > 0) {
      file.named = false;
      problems.push({ file: file.display, message: `has the same name as ${others.join(' and ')}: keep one` });
    }
  }
  return files;
}
