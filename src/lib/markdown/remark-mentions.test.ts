import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ENTITIES } from '../../../tests/support/entity-fixtures.ts';
import type { Entity } from '../entities/types.ts';
import { remarkMentions, type RemarkMentionsOptions } from './remark-mentions.ts';
import { remarkArticleBody } from './remark-article-body.ts';

const hrefFor = (entity: Entity) => `/entities/${entity.id}/`;

async function render(markdown: string, options: Partial<RemarkMentionsOptions> = {}) {
  const file = new VFile({ value: markdown });
  // As in the article pipeline: raw HTML is resolved before mentions are looked for.
  const processor = unified()
    .use(remarkParse)
    .use(remarkArticleBody)
    .use(remarkMentions, { entities: FIXTURE_ENTITIES, hrefFor, ...options })
    .use(remarkRehype)
    .use(rehypeStringify);
  const html = String(await processor.process(file));
  return { html, mentions: file.data.astro?.frontmatter?.mentions as { id: string; count: number }[] | undefined };
}

describe('remarkMentions', () => {
  it('links the first mention of each entity only', async () => {
    const { html } = await render('Vladimir Putin met Witkoff. Putin and Witkoff talked.');
    expect(html).toBe(
      '<p><a href="/entities/vladimir-putin/" class="mention" data-entity="vladimir-putin">Vladimir Putin</a> met ' +
        '<a href="/entities/steve-witkoff/" class="mention" data-entity="steve-witkoff">Witkoff</a>. Putin and Witkoff talked.</p>',
    );
  });

  it('counts every mention in frontmatter, most mentioned first, ties by first mention', async () => {
    const { mentions } = await render('Rubio spoke.\n\nPutin and Putin’s envoy answered Rubio and Putin.\n\n## Umerov');
    expect(mentions).toEqual([
      { id: 'vladimir-putin', count: 3 },
      { id: 'marco-rubio', count: 2 },
      { id: 'rustem-umerov', count: 1 },
    ]);
  });

  it('links the name of a possessive, not its ’s', async () => {
    const { html } = await render('Trump’s envoy');
    expect(html).toBe('<p><a href="/entities/donald-trump/" class="mention" data-entity="donald-trump">Trump</a>’s envoy</p>');
  });

  it('skips existing links, link references, inline code, HTML links and images', async () => {
    const markdown = [
      '[Putin](https://example.org/putin) and [Rubio][ref] and `Trump` and <a href="/x">Umerov</a> <b><a href="/y">Kremlin</a></b> ![Witkoff](w.png)',
      '',
      '[ref]: https://example.org/Paris',
    ].join('\n');
    const { html, mentions } = await render(markdown);
    expect(html).not.toContain('class="mention"');
    expect(mentions).toEqual([]);
  });

  it('never matches inside bare URLs', async () => {
    const { html, mentions } = await render('Source: https://example.org/Trump/Putin-says and www.Paris.com/Rubio.');
    expect(html).not.toContain('class="mention"');
    expect(mentions).toEqual([]);
  });

  it('finds names inside emphasis and keeps the surrounding text intact', async () => {
    const { html } = await render('Talks in *Paris, with Zelensky*, then **Moscow**.');
    expect(html).toBe(
      '<p>Talks in <em><a href="/entities/paris/" class="mention" data-entity="paris">Paris</a>, with ' +
        '<a href="/entities/volodymyr-zelensky/" class="mention" data-entity="volodymyr-zelensky">Zelensky</a></em>, then ' +
        '<strong><a href="/entities/moscow/" class="mention" data-entity="moscow">Moscow</a></strong>.</p>',
    );
  });

  it('counts but does not link entities without a page', async () => {
    const { html, mentions } = await render('Putin and Rubio.', {
      hrefFor: (entity) => (entity.id === 'marco-rubio' ? hrefFor(entity) : undefined),
    });
    expect(html).toBe('<p>Putin and <a href="/entities/marco-rubio/" class="mention" data-entity="marco-rubio">Rubio</a>.</p>');
    expect(mentions).toEqual([
      { id: 'vladimir-putin', count: 1 },
      { id: 'marco-rubio', count: 1 },
    ]);
  });

  it('keeps existing Astro frontmatter data and creates it when missing', async () => {
    const file = new VFile({ value: 'Rubio', data: { astro: { frontmatter: { wordCount: 1 } } } });
    const processor = unified().use(remarkParse).use(remarkMentions, { entities: FIXTURE_ENTITIES, hrefFor });
    await processor.run(processor.parse(file), file);
    expect(file.data.astro?.frontmatter).toEqual({ wordCount: 1, mentions: [{ id: 'marco-rubio', count: 1 }] });

    const bare = new VFile({ value: 'Nothing here.' });
    await processor.run(processor.parse(bare), bare);
    expect(bare.data.astro?.frontmatter).toEqual({ mentions: [] });
  });
});

describe('remarkMentions and inline HTML', () => {
  it('links again after an HTML link closes, and around void elements', async () => {
    const { html } = await render('<a href="/p">Putin</a> and Rubio<br> and Umerov');
    expect(html).toContain('data-entity="marco-rubio"');
    expect(html).toContain('data-entity="rustem-umerov"');
    expect(html).not.toContain('data-entity="vladimir-putin"');
  });

  it('reads names in HTML formatting as in Markdown formatting', async () => {
    const { html } = await render('<b>Kremlin</b> and <em>Putin</em>');
    expect(html).toContain('<strong><a href="/entities/kremlin/" class="mention" data-entity="kremlin">Kremlin</a></strong>');
    expect(html).toContain('<em><a href="/entities/vladimir-putin/" class="mention" data-entity="vladimir-putin">Putin</a></em>');
  });
});
