import { describe, expect, it } from 'vitest';
import { paragraphsByAnchor } from '../../../tests/support/anchors.ts';
import { renderArticle } from '../../../tests/support/render-article.ts';
import { readSeedArticles } from '../../../tests/support/seeds.ts';
import { articleTextFromMarkdown } from './article-text.ts';

const MIXED = [
  'Florida: *Marco Rubio* described [the talks](https://example.org/Putin) as “productive.”',
  '## Next Steps',
  '- Umerov in `Paris`\n- Witkoff ~~in Moscow~~',
  '1. loose\n\n2. list',
  '> Quoted\n> across lines.',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  'Line one  \nline two, with a footnote[^1].',
  '[^1]: The footnote.',
].join('\n\n');

describe('the text model', () => {
  it('is the same from the shared function as from Astro’s renderer', async () => {
    for (const markdown of [MIXED, ...readSeedArticles().map((article) => article.body)]) {
      expect(articleTextFromMarkdown(markdown)).toEqual((await renderArticle(markdown)).text);
    }
  });

  it('has every text block as a paragraph and keeps headings apart; tables are not prose', async () => {
    const { html, text } = await renderArticle(MIXED);
    expect(text).toEqual({
      paragraphs: [
        'Florida: Marco Rubio described the talks as “productive.”',
        'Umerov in Paris',
        'Witkoff in Moscow',
        'loose',
        'list',
        'Quoted across lines.',
        'Line one line two, with a footnote.',
        'The footnote.',
      ],
      headings: [{ text: 'Next Steps', depth: 2, beforeParagraph: 1 }],
    });
    expect(paragraphsByAnchor(html)).toEqual(text.paragraphs);
  });

  it('numbers the page anchors p-0, p-1, … on the element each paragraph becomes', async () => {
    const { html } = await renderArticle('- tight\n- items\n\nThen *prose*.');
    expect(html).toContain('<li id="p-0">tight</li>');
    expect(html).toContain('<p id="p-2">Then <em>prose</em>.</p>');
  });

  it('gives headings ids that cannot clash with the page’s own', async () => {
    const { html } = await renderArticle('## Main\n\n## P 0\n\n## Main\n\nText.');
    expect(html).toContain('<h2 id="h-main">Main</h2>');
    expect(html).toContain('<h2 id="h-p-0">P 0</h2>');
    expect(html).toContain('<h2 id="h-main-1">Main</h2>');
  });

  it('matches the seed pages paragraph for paragraph', async () => {
    for (const article of readSeedArticles()) {
      const { html } = await renderArticle(article.body);
      expect(paragraphsByAnchor(html)).toEqual(article.text.paragraphs);
    }
  });
});
