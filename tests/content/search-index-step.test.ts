/**
 * The search index is the second step of `npm run build` (scripts/search-index.ts), run once
 * `astro build` has exited. Run on its own where no site was built, it fails clearly: the
 * missing file and the command to run, no stack trace, and a JSON report when asked.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCRATCH } from '../support/content-build';

const empty = join(SCRATCH, 'search-index-step', 'dist');
rmSync(empty, { recursive: true, force: true });
mkdirSync(empty, { recursive: true });
afterAll(() => rmSync(join(SCRATCH, 'search-index-step'), { recursive: true, force: true }));

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/search-index.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CROSSCHECK_OUT_DIR: empty, CROSSCHECK_CACHE_DIR: join(SCRATCH, 'search-index-step', 'cache') },
  });

describe('the search index step without a built site', () => {
  it('exits 1 naming the missing page and `astro build`, without a stack trace', () => {
    const { status, stdout, stderr } = run();
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${join(process.cwd(), empty)}/index.html is missing: run \`astro build\` first`);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('prints one JSON object on stdout with --json', () => {
    const { status, stdout } = run('--json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout) as { ok: boolean; error: string };
    expect(report.ok).toBe(false);
    expect(report.error).toContain('index.html is missing');
  });

  it('refuses an unknown option with exit status 2', () => {
    expect(run('--jsno').status).toBe(2);
  });
});
