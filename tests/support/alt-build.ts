import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A second real production build with other settings (e.g. `BASE_PATH=/news/`),
 * written to .tmp/ so it never touches dist/. Built once per test run and reused.
 */
export function buildVariant(name: string, env: Record<string, string>): string {
  const outDir = join('.tmp', 'builds', name);
  if (process.env.CROSSCHECK_REUSE_BUILDS === '1' && existsSync(join(outDir, 'index.html'))) return outDir;
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, ...env, CROSSCHECK_OUT_DIR: outDir, CROSSCHECK_CACHE_DIR: join('.tmp', 'cache', name), NO_COLOR: '1' },
  });
  if (result.status !== 0) throw new Error(`build "${name}" failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}
