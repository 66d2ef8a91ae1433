import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the content tests build; never dist/. */
export const SCRATCH = '.tmp/content-tests';

/**
 * A scratch content folder: a copy of the real `content/` (unless `real` is
 * false), with fixture folders laid over it (`overlay/articles/x.md` lands in
 * `content/articles/x.md`) and extra generated files. Returns its path.
 */
export function scratchContent(
  name: string,
  options: { real?: boolean; overlays?: string[]; files?: Record<string, string | Uint8Array> } = {},
): string {
  const content = join(SCRATCH, name, 'content');
  rmSync(join(SCRATCH, name), { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  if (options.real !== false) cpSync('content', content, { recursive: true });
  for (const overlay of options.overlays ?? []) cpSync(overlay, content, { recursive: true });
  for (const [path, data] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), data);
  }
  return content;
}

/** The result of a real build (`npm run build`: Astro, then the search index) of a scratch content folder. */
export interface ContentBuild {
  status: number | null;
  output: string;
  dist: string;
  /** The build's cache folder (Astro's `cacheDir`). */
  cache: string;
}

/**
 * Build the real site from a scratch content folder (see scratchContent), into a scratch dist,
 * emptied first unless `keepDist` (a rebuild over the previous build, as an operator runs it).
 */
export function buildContent(content: string, env: Record<string, string> = {}, { keepDist = false } = {}): ContentBuild {
  const root = dirname(content);
  const dist = join(root, 'dist');
  const cache = join(root, 'cache');
  if (!keepDist) rmSync(dist, { recursive: true, force: true });
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ...env,
      CROSSCHECK_CONTENT_DIR: content,
      CROSSCHECK_OUT_DIR: dist,
      CROSSCHECK_CACHE_DIR: cache,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist, cache };
}
