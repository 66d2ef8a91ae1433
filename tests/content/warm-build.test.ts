import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../support/fingerprint';
import { buildContent, scratchContent, type ContentBuild } from '../support/content-build';


const ENTITY = 'entities/rustem-umerov.yaml';
const ENTITY_PAGE = 'people/rustem-umerov/index.html';
const ARTICLE_PAGE = 'articles/unn-post-war-borders-dominated-talks/index.html';
/** What the build log says about a per-article cache (src/lib/cache/cache-file.ts). */
const cacheLine = (build: ContentBuild, cache = 'article-extras') => build.output.match(new RegExp(`${cache}: \\d+ from cache, \\d+ computed`))?.[0];

let content: string;
const builds: { cold: ContentBuild; warm: ContentBuild; aliasAdded: ContentBuild }[] = [];
const prints: Record<string, Record<string, string>> = {};
const pages: Record<string, Record<string, string>> = {};

// Three builds of the seeds, sharing one cache folder: a cold build of a registry where Umerov has
// no short alias "Umerov", the same again (warm), then with the alias added (warm, but invalid).
beforeAll(() => {
  content = scratchContent('warm-cache');
  const entityFile = join(content, ENTITY);
  const real = readFileSync(entityFile, 'utf8');
  const withoutShortAlias = real.replace(/, "Umerov"\]/, ']');
  if (withoutShortAlias === real) throw new Error(`${ENTITY}: expected the alias "Umerov" at the end of aliases`);
  writeFileSync(entityFile, withoutShortAlias);
  const run = (name: string) => {
    const build = buildContent(content);
    if (build.status !== 0) throw new Error(`${name} build failed:\n${build.output}`);
    prints[name] = fingerprint(build.dist);
    pages[name] = Object.fromEntries([ENTITY_PAGE, ARTICLE_PAGE].map((page) => [page, readFileSync(join(build.dist, page), 'utf8')]));
    return build;
  };
  const cold = run('cold');
  const warm = run('warm');
  writeFileSync(entityFile, real);
  const aliasAdded = run('aliasAdded');
  builds.push({ cold, warm, aliasAdded });
}, 600_000);

describe('the build cache', () => {
  it('a warm rebuild reuses every article and writes the same dist/ as the cold build, byte for byte', () => {
    const { cold, warm } = builds[0]!;
    expect(cacheLine(cold)).toBe('article-extras: 0 from cache, 3 computed');
    expect(cacheLine(warm)).toBe('article-extras: 3 from cache, 0 computed');
    // The content check parses only new and changed article files.
    expect(cacheLine(cold, 'article-checks')).toBe('article-checks: 0 from cache, 3 computed');
    expect(cacheLine(warm, 'article-checks')).toBe('article-checks: 3 from cache, 0 computed');
    expect(Object.keys(prints.cold!).length).toBeGreaterThan(50);
    expect(prints.warm).toEqual(prints.cold);
  });

  it('an alias added to the entity registry invalidates the cache: the warm build recomputes every article', () => {
    expect(cacheLine(builds[0]!.aliasAdded)).toBe('article-extras: 0 from cache, 3 computed');
  });

  it('the entity page and the article pages show the new alias after a warm build', () => {
    const before = pages.warm!;
    const after = pages.aliasAdded!;
    // Before: only the full name counts, so no article writes it two ways.
    expect(before[ENTITY_PAGE]).not.toContain('“Umerov”');
    expect(after[ENTITY_PAGE]).toContain('Mentioned 6 times, as “Rustem Umerov”, “Umerov”');
    // The article's people list counts the short name too.
    const umerovCount = '/people/rustem-umerov/">Rustem Umerov</a><span class="entity-list__count">mentioned 6 times</span>';
    expect(before[ARTICLE_PAGE]).toContain('/people/rustem-umerov/">Rustem Umerov</a><span class="entity-list__count">');
    expect(before[ARTICLE_PAGE]).not.toContain(umerovCount);
    expect(after[ARTICLE_PAGE]).toContain(umerovCount);
    // “…,” Umerov wrote: a quote credited to him only once "Umerov" names him (the cached quotes).
    expect(before[ENTITY_PAGE]).not.toContain('Our key goals');
    expect(after[ENTITY_PAGE]).toContain('Our key goals');
    const changed = Object.keys(prints.aliasAdded!).filter((file) => prints.aliasAdded![file] !== prints.warm![file]);
    expect(changed).toEqual(expect.arrayContaining([ENTITY_PAGE, ARTICLE_PAGE]));
  });
});
