import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonReport, readArticle, runIngest, scratchContent, type JsonResult } from '../support/ingest-cli';

/** A real production build of the site with every ingest fixture added to a scratch copy of content/. */
let content: string;
let dist: string;
let written: JsonResult[];
let build: { status: number | null; output: string };

beforeAll(async () => {
  content = scratchContent('build');
  const root = join(content, '..');
  dist = join(root, 'dist');
  written = jsonReport(await runIngest(['--content', content, '--json', 'tests/fixtures/ingest'])).results.filter((result) => result.status === 'written');
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, CROSSCHECK_CONTENT_DIR: content, CROSSCHECK_OUT_DIR: dist, CROSSCHECK_CACHE_DIR: join(root, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}, 600_000);

afterAll(() => rmSync(join(content, '..'), { recursive: true, force: true }));

const idOf = (result: JsonResult) => (result.file ?? '').split('/').at(-1)?.replace(/\.md$/, '') ?? '';
const page = (id: string) => readFileSync(join(dist, 'articles', id, 'index.html'), 'utf8');

describe('the site built with ingested articles', () => {
  it('builds, with a page for every ingested article and every new outlet', () => {
    expect(build.status, build.output).toBe(0);
    expect(written).toHaveLength(12);
    for (const result of written) expect(readdirSync(join(dist, 'articles'))).toContain(idOf(result));
    for (const outlet of ['harbour-gazette', 'northern-courier', 'le-courrier-du-port']) expect(readdirSync(join(dist, 'outlets'))).toContain(outlet);
  });

  it('shows each article’s text as ingested', () => {
    for (const result of written) {
      const firstParagraph = readArticle(result.file ?? '').body.split('\n\n')[0] ?? '';
      const words = firstParagraph.replace(/[*_[\]]|\(https?:[^)]*\)/g, '').split(/\s+/).slice(0, 6).join(' ');
      expect(page(idOf(result)).replace(/\s+/g, ' '), idOf(result)).toContain(words.replace(/'/g, '&#39;').replace(/&(?!#39;)/g, '&amp;'));
    }
  });

  it('labels feed summaries as such, and only them', () => {
    for (const result of written) {
      const excerpt = readArticle(result.file ?? '').data['excerptOnly'] === true;
      expect(page(idOf(result)).includes('Summary from the outlet’s feed'), idOf(result)).toBe(excerpt);
    }
  });

  it('publishes no capture: no file from content/captures and none of their page chrome reaches dist/', () => {
    const captures = readdirSync(join(content, 'captures'));
    expect(captures.length).toBeGreaterThan(0);
    const built = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(built.filter((entry) => captures.includes(entry.name) || entry.parentPath.includes('captures'))).toEqual([]);
    for (const entry of built.filter((file) => /\.(html|xml|json)$/.test(file.name))) {
      const text = readFileSync(join(entry.parentPath, entry.name), 'utf8');
      for (const chrome of ['We use cookies to personalise', 'islander42', 'Join the discussion', 'appeared first on']) expect(text, entry.name).not.toContain(chrome);
    }
  });
});
