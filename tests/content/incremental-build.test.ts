import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent, scratchContent, type ContentBuild } from '../support/content-build';
import { fingerprint } from '../support/fingerprint';
import { addExtraArticle, generateSiteCorpus, writeSiteCorpus } from '../support/site-corpus/index.ts';

/** Enough for stories of several sizes and an outlet on many pages; small enough for `npm test`. */
const ARTICLES = 250;

/** Pages of a build's log that were copied from the previous build rather than rendered. */
const reused = (build: ContentBuild) => [...build.output.matchAll(/├─ \/(\S+) \((?:cached|restored)\)/g)].map((match) => match[1]!);
const rendered = (build: ContentBuild) => [...build.output.matchAll(/├─ \/(\S+) \(\+\d/g)].map((match) => match[1]!);

let rebuild: ContentBuild;
let reference: ContentBuild;
let editedPage = '';
let removedPage = '';
let addedPage = '';
let outletPages: string[] = [];

// A cold build, then four edits an operator makes every day (a new article, a corrected
// article, a withdrawn article, an outlet renamed) and a rebuild that reuses the first build's
// pages and output folder; the reference is a cold build of the edited content with no cache.
beforeAll(() => {
  const corpus = generateSiteCorpus({ articles: ARTICLES, seed: 3 });
  const content = scratchContent('incremental', { real: false });
  writeSiteCorpus(content, corpus);
  const first = buildContent(content);
  if (first.status !== 0) throw new Error(`cold build failed:\n${first.output.slice(-3000)}`);

  addExtraArticle(content, corpus);
  addedPage = `${corpus.extraArticle.path.replace(/\.md$/, '')}/index.html`;
  const articles = readdirSync(join(content, 'articles')).sort();
  const edited = articles[Math.floor(articles.length / 2)]!;
  writeFileSync(join(content, 'articles', edited), `${readFileSync(join(content, 'articles', edited), 'utf8')}\nA correction was added to this report.\n`);
  editedPage = `articles/${edited.replace(/\.md$/, '')}/index.html`;
  const outletFile = join(content, 'outlets', readdirSync(join(content, 'outlets')).sort()[0]!);
  const outletYaml = readFileSync(outletFile, 'utf8');
  const outletName = /^name: (.+)$/m.exec(outletYaml)![1]!;
  writeFileSync(outletFile, outletYaml.replace(`name: ${outletName}`, `name: ${outletName} Renamed`));
  outletPages = articles.filter((file) => readFileSync(join(content, 'articles', file), 'utf8').includes(`outlet: ${outletFile.split('/').pop()!.replace(/\.yaml$/, '')}`));
  const removed = articles[Math.floor(articles.length / 3)]!;
  rmSync(join(content, 'articles', removed));
  removedPage = `articles/${removed.replace(/\.md$/, '')}/index.html`;

  rebuild = buildContent(content, {}, { keepDist: true });
  if (rebuild.status !== 0) throw new Error(`rebuild failed:\n${rebuild.output.slice(-3000)}`);
  const fresh = scratchContent('incremental-reference', { real: false });
  cpSync(content, fresh, { recursive: true });
  reference = buildContent(fresh);
  if (reference.status !== 0) throw new Error(`reference build failed:\n${reference.output.slice(-3000)}`);
}, 900_000);

describe('a rebuild after edits (Astro incremental build, src/data/page-keys.ts)', () => {
  it('writes the same dist/ as a cold build of the edited content, byte for byte', () => {
    const rebuilt = fingerprint(rebuild.dist);
    const cold = fingerprint(reference.dist);
    const differing = Object.keys(cold).filter((file) => rebuilt[file] !== cold[file]);
    expect(differing).toEqual([]);
    expect(Object.keys(rebuilt).sort()).toEqual(Object.keys(cold).sort());
  });

  it("deletes what the previous build wrote and this one did not: the withdrawn article's page", () => {
    expect(existsSync(join(rebuild.dist, removedPage))).toBe(false);
    expect(rebuild.output).toMatch(/deleted \d+ files? of the previous build that this one did not produce/);
  });

  it('keeps most article and story pages from the previous build and renders the changed ones', () => {
    const copied = reused(rebuild);
    // Left in place in the output folder ("cached"), not copied back from the cache ("restored").
    expect(rebuild.output).toContain('(cached)');
    expect(rebuild.output).not.toContain('(restored)');
    const copiedArticles = copied.filter((page) => page.startsWith('articles/'));
    expect(copiedArticles.length).toBeGreaterThan(ARTICLES / 2);
    expect(copied.some((page) => page.startsWith('stories/'))).toBe(true);
    // Feeds and entity pages whose articles did not change are kept too.
    expect(copied.some((page) => /^outlets\/[^/]+\/rss\.xml$/.test(page))).toBe(true);
    expect(copied.some((page) => page.startsWith('people/'))).toBe(true);
    const fresh = rendered(rebuild);
    expect(fresh).toContain(editedPage);
    expect(fresh).toContain(addedPage);
    // Every article of the renamed outlet shows the new name, so none of them is copied.
    expect(outletPages.length).toBeGreaterThan(0);
    for (const file of outletPages) expect(copied).not.toContain(`articles/${file.replace(/\.md$/, '')}/index.html`);
    // The reference build had no cache: it rendered everything.
    expect(reused(reference)).toEqual([]);
  });

  it('keeps the pages once, in the output folder: no copy of them in the cache folder (src/integrations/page-copies.ts)', () => {
    expect(existsSync(join(rebuild.cache, 'incremental-build.json'))).toBe(true);
    expect(existsSync(join(rebuild.cache, 'dist'))).toBe(false);
    expect(rebuild.output).not.toContain('could not stop Astro from copying');
  });
});
