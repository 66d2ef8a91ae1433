import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

function buildEnv(name: string, env: Record<string, string>) {
  const outDir = join('.tmp', 'builds', name);
  return {
    outDir,
    env: { ...process.env, ...env, CROSSCHECK_OUT_DIR: outDir, CROSSCHECK_CACHE_DIR: join('.tmp', 'cache', name), NO_COLOR: '1' },
  };
}

/**
 * A second real production build with other settings (e.g. `BASE_PATH=/news/`),
 * written to .tmp/ so it never touches dist/.
 */
export function buildVariant(name: string, env: Record<string, string>): string {
  const { outDir, env: fullEnv } = buildEnv(name, env);
  if (process.env.CROSSCHECK_REUSE_BUILDS === '1' && existsSync(join(outDir, 'index.html'))) return outDir;
  const result = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8', env: fullEnv });
  if (result.status !== 0) throw new Error(`build "${name}" failed:\n${result.stdout}\n${result.stderr}`);
  return outDir;
}

/** The same, from a clean slate (no cache, no previous output), without blocking: builds can run side by side. */
export function cleanBuildVariant(name: string, env: Record<string, string>): Promise<string> {
  const { outDir, env: fullEnv } = buildEnv(name, env);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(fullEnv.CROSSCHECK_CACHE_DIR, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'build'], { env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => (code === 0 ? resolve(outDir) : reject(new Error(`build "${name}" failed:\n${output}`))));
  });
}
