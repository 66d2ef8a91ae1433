import { describe, expect, it } from 'vitest';
import { htmlPages, loadPage, SEED_ARTICLES } from '../support/dist';

describe('the built site', () => {
  it('has every page a reader and an operator expect', () => {
    const pages = htmlPages();
    const expected = [
      'index.html',
      'timeline/index.html',
      'outlets/index.html',
      'outlets/axy-media/index.html',
      'outlets/unn/index.html',
      'outlets/imaya-news/index.html',
      'about/index.html',
      '404.html',
      'stories/index.html',
      'stories/us-ukraine-talks-near-miami/index.html',
      'search/index.html',
      ...Object.keys(SEED_ARTICLES).map((id) => `articles/${id}/index.html`),
    ];
    for (const page of expected) expect(pages).toContain(page);
  });

  it.each(htmlPages())('%s has a title, description, canonical URL, OpenGraph and Twitter tags', (file) => {
    const doc = loadPage(file);
    expect(doc.title.trim()).not.toBe('');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
    const content = (selector: string) => doc.querySelector(selector)?.getAttribute('content') ?? '';
    expect(content('meta[name="description"]').length).toBeGreaterThan(20);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    expect(canonical).toMatch(/^https?:\/\/[^/]+\//);
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:site_name']) {
      expect(content(`meta[property="${property}"]`), property).not.toBe('');
    }
    expect(content('meta[property="og:url"]')).toBe(canonical);
    for (const name of ['twitter:card', 'twitter:title', 'twitter:description']) {
      expect(content(`meta[name="${name}"]`), name).not.toBe('');
    }
  });

  it.each(htmlPages())('%s has landmarks, one h1 and a skip link to main', (file) => {
    const doc = loadPage(file);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('header')).not.toBeNull();
    expect(doc.querySelector('nav[aria-label="Main"]')).not.toBeNull();
    expect(doc.querySelector('main#main')).not.toBeNull();
    expect(doc.querySelector('footer')).not.toBeNull();
    expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    const form = doc.querySelector(file === 'search/index.html' ? '#search-form' : 'header form[role="search"]');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.getAttribute('action')).toBe('/search/');
    expect(form?.querySelector('input[name="q"]')).not.toBeNull();
  });
});

describe('front page', () => {
  it('leads with stories, each with its outlet and independent-report counts', () => {
    const doc = loadPage('index.html');
    const story = doc.querySelector('main .story-teaser');
    expect(story?.querySelector('h2 a')?.getAttribute('href')).toBe('/stories/us-ukraine-talks-near-miami/');
    expect(story?.querySelector('.meta')?.textContent).toContain('3 outlets');
    expect(story?.querySelector('.meta')?.textContent).toContain('3 articles · 2 independent reports');
  });

  it('then lists the newest coverage first, each with headline, outlet, date, reading time and first sentence', () => {
    const doc = loadPage('index.html');
    const teasers = [...doc.querySelectorAll('main .teaser')];
    expect(teasers).toHaveLength(3);
    expect(teasers[0]?.querySelector('h3 a')?.getAttribute('href')).toBe('/articles/unn-post-war-borders-dominated-talks/');
    for (const teaser of teasers) {
      expect(teaser.querySelector('.meta__outlet')?.textContent).toMatch(/AXY Media|UNN|Imaya News/);
      expect(teaser.querySelector('time')?.getAttribute('datetime')).toMatch(/^2025-1[12]-\d\d$/);
      expect(teaser.querySelector('.meta')?.textContent).toMatch(/\d+ min read/);
      expect(teaser.querySelector('.teaser__lede')?.textContent?.length).toBeGreaterThan(40);
    }
    expect(teasers[0]?.querySelector('.teaser__lede')?.textContent).toMatch(/^Talks between the US and Ukraine on Sunday/);
  });
});

describe('timeline', () => {
  it('groups articles under day headings in publication order and marks inferred dates', () => {
    const doc = loadPage('timeline/index.html');
    // Days with publications; the days events fall on (2 December) are days of the timeline too.
    const days = [...doc.querySelectorAll('.timeline__day')];
    expect(days.map((day) => day.querySelector('h2')?.textContent)).toEqual([
      'Sunday 30 November 2025',
      'Monday 1 December 2025',
      'Tuesday 2 December 2025',
    ]);
    expect(days[0]?.querySelectorAll('.teaser')).toHaveLength(2);
    expect(days[0]?.querySelectorAll('.teaser .inferred-mark')).toHaveLength(2);
    expect(days[1]?.querySelector('.teaser a')?.textContent).toMatch(/^Post-war borders dominated/);
    expect(days[1]?.querySelector('.teaser .inferred-mark')).toBeNull();
    expect(days[2]?.querySelector('.teaser')).toBeNull();
  });
});

describe('article pages', () => {
  it('show headline, linked outlet, date, reading time, the original link and the retold report', () => {
    const doc = loadPage('articles/axy-media-miami-post-war-borders/index.html');
    expect(doc.querySelector('h1')?.textContent).toBe('At tense Miami meeting, US and Ukraine discussed post-war borders — Axios');
    expect(doc.querySelector('.article__header .meta__outlet')?.getAttribute('href')).toBe('/outlets/axy-media/');
    expect(doc.querySelector('.article__facts')?.textContent).toContain('30 November or 1 December 2025');
    expect(doc.querySelector('.article__facts .inferred-reason')?.textContent).toMatch(/^Not in the capture/);
    expect(doc.querySelector('.meta')?.textContent).toContain('retells Axios');
    const original = doc.querySelector('a.original-link');
    expect(original?.getAttribute('href')).toBe(
      'https://www.axy.media/politics/at-tense-miami-meeting-us-and-ukraine-discussed-post-war-borders-axios',
    );
    expect(original?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(doc.querySelector('.article__facts')?.textContent).toContain('facebook.com/rustemumerov');
  });

  it('mark an editorial headline and a headline read from the URL', () => {
    const imaya = loadPage('articles/imaya-news-rubio-talks-productive/index.html');
    expect(imaya.querySelector('h1 .badge')?.textContent).toBe('Our headline');
    expect(imaya.querySelector('.editorial-note')?.textContent).toMatch(/headline is not known/);
    expect(imaya.querySelector('.article__facts')?.textContent).toContain('Florida');
    const unn = loadPage('articles/unn-post-war-borders-dominated-talks/index.html');
    expect(unn.querySelector('h1 .badge')).toBeNull();
    expect(unn.querySelector('.editorial-note')?.textContent).toMatch(/address of the original page/);
    expect(unn.querySelector('.article__facts time')?.textContent).toBe('1 December 2025');
    expect(unn.querySelector('.article__facts .inferred-mark')).toBeNull();
  });

  it('render Imaya News’s two subheadings as headings', () => {
    const doc = loadPage('articles/imaya-news-rubio-talks-productive/index.html');
    expect([...doc.querySelectorAll('.article__body h2')].map((h) => h.textContent)).toEqual(['Ukrainian Perspective', 'Next Steps']);
  });

  it('end with other outlets’ coverage and previous/next in time', () => {
    const doc = loadPage('articles/imaya-news-rubio-talks-productive/index.html');
    const others = [...doc.querySelectorAll('#other-coverage ~ ul .teaser .meta__outlet')].map((a) => a.textContent);
    expect(others.sort()).toEqual(['AXY Media', 'UNN']);
    expect(doc.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/articles/axy-media-miami-post-war-borders/');
    expect(doc.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/articles/unn-post-war-borders-dominated-talks/');
  });
});

describe('outlet pages', () => {
  it('list all outlets, and each outlet with its articles', () => {
    const index = loadPage('outlets/index.html');
    expect([...index.querySelectorAll('.outlet-card h2')].map((h) => h.textContent)).toEqual(['AXY Media', 'Imaya News', 'UNN']);
    const unn = loadPage('outlets/unn/index.html');
    expect(unn.querySelector('h1')?.textContent).toBe('UNN (Ukrainian National News)');
    expect(unn.querySelectorAll('.teaser')).toHaveLength(1);
    const imaya = loadPage('outlets/imaya-news/index.html');
    expect(imaya.querySelector('.article__facts')?.textContent).toContain('Not established');
  });
});
