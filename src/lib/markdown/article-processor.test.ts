import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ENTITIES } from '../../../tests/support/entity-fixtures.ts';
import { articleMarkdown, type ArticleMarkdownOptions } from './article-processor.ts';

const seed = readFileSync(new URL('../../../content/articles/unn-post-war-borders-dominated-talks.md', import.meta.url), 'utf8');
const body = seed.slice(seed.indexOf('\n---', 3) + 4);
const options: ArticleMarkdownOptions = {
  entities: FIXTURE_ENTITIES,
  siteUrl: 'https://crosscheck.example.org',
  basePath: '/crosscheck/',
};

async function renderWith(threads: number, markdown: string) {
  const renderer = await articleMarkdown({ ...options, threads, onCallingThread: 0 }).createRenderer({});
  const fileURL = new URL('file:///site/content/articles/a.md');
  return renderer.render(markdown, { frontmatter: { title: 'A' }, fileURL });
}

describe('articleMarkdown', () => {
  it('renders on worker threads exactly what it renders on the calling thread', async () => {
    const [local, pooled] = await Promise.all([renderWith(0, body), renderWith(2, body)]);
    expect(pooled.code).toBe(local.code);
    expect(pooled.metadata).toEqual(local.metadata);
    // What the analysis reads crosses back from the worker: the text model and the mentions.
    expect(pooled.metadata.frontmatter.title).toBe('A');
    expect(pooled.metadata.frontmatter.articleText).toMatchObject({ paragraphs: expect.any(Array) });
    expect(pooled.metadata.frontmatter.mentions).toEqual(expect.arrayContaining([expect.objectContaining({ id: expect.any(String) })]));
    expect(pooled.code).toContain('<a href="/crosscheck/places/moscow/" class="mention"');
  });
  it('keeps several bodies apart when they are in flight together', async () => {
    // The first three on the calling thread, the rest on two workers.
    const renderer = await articleMarkdown({ ...options, threads: 2, onCallingThread: 3 }).createRenderer({});
    const local = await articleMarkdown({ ...options, threads: 0 }).createRenderer({});
    const bodies = Array.from({ length: 12 }, (_, i) => `Paragraph ${i} about [Witkoff](https://example.org/${i}).`);
    const results = await Promise.all(bodies.map((markdown) => renderer.render(markdown)));
    for (const [i, result] of results.entries()) expect(result).toEqual(await local.render(bodies[i]!));
    results.forEach((result, i) => expect(result.code).toContain(`Paragraph ${i} about`));
  });
  it('refuses a thread count that is not a whole number', () => {
    expect(() => articleMarkdown({ ...options, threads: Number('two') })).toThrow('CROSSCHECK_MARKDOWN_THREADS), not NaN');
  });
  it('shows Astro what its output depends on, so the content store is dropped when that changes', () => {
    // Astro digests its config as JSON, the processor's options included (content-layer.js).
    const digest = (changes: Partial<ArticleMarkdownOptions>) => JSON.stringify(articleMarkdown({ ...options, ...changes }).options);
    expect(digest({ entities: FIXTURE_ENTITIES.slice(1) })).not.toBe(digest({}));
    expect(digest({ basePath: '/' })).not.toBe(digest({}));
    expect(digest({ threads: 0, onCallingThread: 5 })).toBe(digest({}));
  });
});
