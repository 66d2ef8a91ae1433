import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SCRATCH = '.tmp/bad-content';

/** Build the real site from a scratch copy of content/ plus one bad article; never touches dist/. */
function buildWith(fixture: string) {
  const root = join(SCRATCH, fixture.replace(/\.md$/, ''));
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  cpSync('content', join(root, 'content'), { recursive: true });
  cpSync(join('tests/fixtures/bad-content', fixture), join(root, 'content/articles', fixture));
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CROSSCHECK_CONTENT_DIR: join(root, 'content'),
      CROSSCHECK_OUT_DIR: join(root, 'dist'),
      CROSSCHECK_CACHE_DIR: join(root, 'cache'),
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist: join(root, 'dist') };
}

afterAll(() => rmSync(SCRATCH, { recursive: true, force: true }));

describe('bad content fails the build, naming the file and the field', () => {
  it.each([
    ['missing-headline.md', /headline: Required/],
    ['malformed-date.md', /published: "2025-13-45" is not a real date/],
    ['unknown-outlet.md', /outlet: "no-such-outlet" is not an outlet/],
    ['inferred-without-reason.md', /an inferred publication date needs publishedReason/],
  ])('%s', (fixture, field) => {
    const { status, output, dist } = buildWith(fixture);
    expect(status).not.toBe(0);
    expect(output).toContain(fixture);
    expect(output).toMatch(field);
    // Nothing half-written: a failed build leaves no site behind.
    expect(existsSync(join(dist, 'index.html'))).toBe(false);
  });

  it('no fixture leaks into the real content or the real build', () => {
    const fixtures = readdirSync('tests/fixtures/bad-content');
    const real = readdirSync('content/articles');
    expect(real.filter((file) => fixtures.includes(file))).toEqual([]);
    if (existsSync('dist/articles')) {
      expect(readdirSync('dist/articles').filter((id) => fixtures.includes(`${id}.md`))).toEqual([]);
    }
  });
});
