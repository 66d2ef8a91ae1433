import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import chrome from '../fixtures/captures/chrome.json';
import { paragraphsByAnchor } from '../support/anchors';
import { htmlPages, loadPage, readDist, SEED_ARTICLES } from '../support/dist';
import { readSeedArticles } from '../support/seeds';

interface ChromeRule {
  dropLines?: string[];
  cutFromLine?: string;
  dropPrefix?: string;
}

/** The capture's article text: the raw file less the chrome SOURCES.md lists. */
function captureText(file: string): string {
  const rule = (chrome as unknown as Record<string, ChromeRule>)[file] ?? {};
  let text = readFileSync(`tests/fixtures/captures/${file}`, 'utf8');
  if (rule.dropPrefix) {
    expect(text.startsWith(rule.dropPrefix)).toBe(true);
    text = text.slice(rule.dropPrefix.length);
  }
  let lines = text.split('\n');
  if (rule.cutFromLine) lines = lines.slice(0, lines.indexOf(rule.cutFromLine));
  return lines.filter((line) => !rule.dropLines?.includes(line.trim())).join('\n');
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('article text', () => {
  it.each(Object.entries(SEED_ARTICLES))('%s matches its capture word for word', (id, capture) => {
    const body = loadPage(`articles/${id}/index.html`).querySelector('.article__body');
    expect(body).not.toBeNull();
    expect(words(body?.textContent ?? '')).toEqual(words(captureText(capture)));
  });

  it.each(Object.entries(SEED_ARTICLES))('%s keeps its paragraphs and does not repeat the headline', (id, capture) => {
    const doc = loadPage(`articles/${id}/index.html`);
    const paragraphs = [...doc.querySelectorAll('.article__body > p')].map((p) => p.textContent?.trim());
    const captured = captureText(capture)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !['Ukrainian Perspective', 'Next Steps'].includes(line));
    expect(paragraphs).toEqual(captured);
    expect(doc.querySelector('.article__body')?.textContent).not.toContain(doc.querySelector('h1')?.textContent?.trim() ?? '##');
  });

  it('keeps typographic quotes as captured (no smart-quote rewriting)', () => {
    const unn = loadPage('articles/unn-post-war-borders-dominated-talks/index.html').querySelector('.article__body')?.textContent ?? '';
    expect(unn).toContain('"focused on where the de facto border');
    expect(unn).not.toContain('“');
    const axy = loadPage('articles/axy-media-miami-post-war-borders/index.html').querySelector('.article__body')?.textContent ?? '';
    expect(axy).toContain('“It was tense but not negative.');
  });

  it.each(htmlPages().filter((page) => page.startsWith('articles/')))('%s carries no page-chrome text', (page) => {
    const text = loadPage(page).querySelector('main')?.textContent ?? '';
    for (const chromeText of ['Complain', 'Similar news', 'SHARE NEWS', 'like0', 'dislike0', 'banner', 'Photo: EPA', 'Photo: Getty']) {
      expect(text).not.toContain(chromeText);
    }
    expect(readDist(page)).not.toMatch(/ date 2025-12-01/);
  });
});

describe('the text the analysis reads', () => {
  it.each(readSeedArticles().map((article) => [article.id, article] as const))(
    '%s: paragraph N of the text layer is the page’s #p-N, word for word',
    (id, article) => {
      const body = loadPage(`articles/${id}/index.html`).querySelector('.article__body');
      expect(paragraphsByAnchor(body?.innerHTML ?? '')).toEqual(article.text.paragraphs);
    },
  );
});
