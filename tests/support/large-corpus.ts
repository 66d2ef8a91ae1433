/**
 * The large-corpus build the `large` test project reads: a generated content folder of a
 * few thousand articles (tests/support/site-corpus) built once with the real `npm run build`
 * into .tmp/large-corpus/dist. Built fresh on every run unless CROSSCHECK_REUSE_BUILDS=1
 * and a build is already there (for iterating on the tests themselves). `corpus.json` beside
 * it says what the generator made (article ids, stories, search queries), for later tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSiteCorpus, writeSiteCorpus } from './site-corpus/index.ts';

/** Articles in the large-corpus build: enough for a 300-article story, few enough for `npm test`. */
export const LARGE_ARTICLES = 2500;
export const LARGE_ROOT = '.tmp/large-corpus';
export const LARGE_DIST = join(LARGE_ROOT, 'dist');
export const LARGE_MANIFEST = join(LARGE_ROOT, 'corpus.json');

/** Generates the corpus and builds the site on it (or reuses a build when asked to). Returns the dist folder. */
export function buildLargeCorpus(): string {
  if (process.env.CROSSCHECK_REUSE_BUILDS === '1' && existsSync(join(LARGE_DIST, 'index.html')) && existsSync(LARGE_MANIFEST))
    return LARGE_DIST;
  rmSync(LARGE_ROOT, { recursive: true, force: true });
  mkdirSync(LARGE_ROOT, { recursive: true });
  const corpus = generateSiteCorpus({ articles: LARGE_ARTICLES });
  writeSiteCorpus(join(LARGE_ROOT, 'content'), corpus);
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    env: {
      ...process.env,
      CROSSCHECK_CONTENT_DIR: join(LARGE_ROOT, 'content'),
      CROSSCHECK_OUT_DIR: LARGE_DIST,
      CROSSCHECK_CACHE_DIR: join(LARGE_ROOT, 'cache'),
      NO_COLOR: '1',
    },
  });
  if (result.status !== 0) throw new Error(`large-corpus build failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
  const { files: _files, extraArticle: _extra, ...manifest } = corpus;
  writeFileSync(LARGE_MANIFEST, `${JSON.stringify({ ...manifest, buildSeconds: (performance.now() - started) / 1000 }, null, 1)}\n`);
  return LARGE_DIST;
}
