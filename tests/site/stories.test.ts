import { describe, expect, it } from 'vitest';
import { exportedStories, loadPage, readDist } from '../support/dist';

const STORY = 'stories/us-ukraine-talks-near-miami/index.html';
const AXY = 'axy-media-miami-post-war-borders';
const IMAYA = 'imaya-news-rubio-talks-productive';
const UNN = 'unn-post-war-borders-dominated-talks';

describe('the story page', () => {
  const doc = () => loadPage(STORY);

  it('shows headline, summary, time span, outlets and the count of independent reports', () => {
    expect(doc().querySelector('h1')?.textContent).toBe('US and Ukrainian delegations hold talks near Miami');
    expect(doc().querySelector('.story__summary')?.textContent).toMatch(/^US and Ukrainian delegations met on Sunday 30 November 2025/);
    expect([...doc().querySelectorAll('.article__facts time')].map((t) => t.getAttribute('datetime'))).toEqual([
      '2025-11-30',
      '2025-12-01',
    ]);
    expect(doc().querySelector('#reports .story-section__count')?.textContent).toBe('3 articles · 2 independent reports');
  });

  it('explains the retelling: AXY Media and UNN both retell Axios; Imaya News is its own report', () => {
    const reports = [...doc().querySelectorAll('.report')];
    expect(reports).toHaveLength(2);
    expect(reports[0]?.querySelector('.report__origin strong')?.textContent).toBe('Axios');
    expect([...(reports[0]?.querySelectorAll('.report__articles a') ?? [])].map((a) => a.getAttribute('href')).sort()).toEqual([
      `/articles/${AXY}/`,
      `/articles/${UNN}/`,
    ]);
    expect(reports[0]?.querySelector('.report__reason')?.textContent).toMatch(/^Both attribute their account to Axios/);
    expect(reports[1]?.querySelector('.report__origin')?.textContent).toMatch(/Imaya News — its own report/);
  });

  it('has a coverage matrix table where the five-hour meeting is carried by both Axios retellings only', () => {
    const table = doc().querySelector('.matrix table');
    expect(table?.querySelector('caption')?.textContent).toMatch(/Which article carries which claim/);
    // Outlets carrying most first, each with how many claims it carries.
    const columns = [...(table?.querySelectorAll('thead th.matrix__col') ?? [])];
    expect(columns.map((th) => th.querySelector('a')?.textContent)).toEqual(['AXY Media', 'UNN', 'Imaya News']);
    const carries = columns.map((th) => Number(th.querySelector('.matrix__n')?.textContent));
    expect(carries).toEqual([...carries].sort((a, b) => b - a));
    const row = [...(table?.querySelectorAll('tbody tr') ?? [])].find((tr) =>
      /five-hour meeting/.test(tr.querySelector('th')?.textContent ?? ''),
    );
    expect(row).toBeDefined();
    const cells = [...(row?.querySelectorAll('td .visually-hidden') ?? [])].map((cell) => cell.textContent);
    expect(cells).toEqual([
      expect.stringMatching(/^carried, paragraph \d+$/),
      expect.stringMatching(/^carried, paragraph \d+$/),
      'not carried',
    ]);
    // A full dot links to the paragraph that carries the claim.
    const [path, anchor] = (row?.querySelector('td a')?.getAttribute('href') ?? '').split('#');
    expect(path).toBe(`/articles/${AXY}/`);
    expect(loadPage(`articles/${AXY}/index.html`).getElementById(anchor ?? '')?.textContent).toMatch(/five-hour meeting/);
    expect(row?.querySelector('.matrix__claim .matrix__n')?.textContent).toBe('1 report');
    const first = table?.querySelector('tbody tr');
    expect(first?.querySelector('.matrix__claim .matrix__n')?.textContent).toBe('2 reports');
  });

  it('lists what only one outlet carries', () => {
    const sections = Object.fromEntries(
      [...doc().querySelectorAll('.only-in')].map((section) => [section.querySelector('h3 a')?.textContent, section.textContent ?? '']),
    );
    expect(Object.keys(sections).sort()).toEqual(['AXY Media', 'Imaya News', 'UNN']);
    expect(sections['Imaya News']).toContain('resignation of Andriy Yermak');
    expect(sections['AXY Media']).not.toContain('Yermak');
    expect(sections['UNN']).toContain('Shell Bay golf club');
  });
});

describe('article pages trace their passages through the story', () => {
  it('list what only this article says', () => {
    const unique = loadPage(`articles/${IMAYA}/index.html`).querySelector('.compare')?.textContent ?? '';
    expect(unique).toContain('Part of US and Ukrainian delegations hold talks near Miami');
    expect(unique).toContain('resignation of Andriy Yermak');
  });

  it('link each shared passage to the paragraph of the other outlet that carries it', () => {
    const doc = loadPage(`articles/${UNN}/index.html`);
    const item = [...doc.querySelectorAll('.compare__list li')].find((li) => /significant progress/.test(li.textContent ?? ''));
    const link = item?.querySelector('.compare__also a');
    expect(link?.textContent).toMatch(/^AXY Media, ¶\d+$/);
    const [path, anchor] = (link?.getAttribute('href') ?? '').split('#');
    expect(path).toBe(`/articles/${AXY}/`);
    expect(loadPage(`articles/${AXY}/index.html`).getElementById(anchor ?? '')?.textContent).toMatch(/We made significant progress/);
  });

  it('put the story into the search record as a filter', () => {
    expect(readDist(`articles/${AXY}/index.html`)).toContain(
      '<span data-pagefind-filter="story">US and Ukrainian delegations hold talks near Miami</span>',
    );
  });
});

describe('/data/stories.json', () => {
  it('is an index of parts, one per day, each listed with its url and how many stories it holds (schema version 2)', () => {
    const index = JSON.parse(readDist('data/stories.json'));
    expect(index).toEqual({
      version: 2,
      parts: [{ date: '2025-11-30', url: 'https://crosscheck.example.org/data/stories/2025-11-30.json', stories: 1 }],
    });
    const part = JSON.parse(readDist('data/stories/2025-11-30.json'));
    expect(Object.keys(part)).toEqual(['version', 'date', 'stories']);
    expect(part).toMatchObject({ version: 2, date: '2025-11-30' });
  });

  it('holds every story with its articles, reports and claims', () => {
    const stories = exportedStories();
    expect(stories).toHaveLength(1);
    const [story] = stories;
    expect(Object.keys(story!)).toEqual(expect.arrayContaining(['id', 'slug', 'url', 'headline', 'articles', 'reports', 'claims']));
    expect(story!.url).toBe('https://crosscheck.example.org/stories/us-ukraine-talks-near-miami/');
    for (const article of story!.articles)
      expect(Object.keys(article)).toEqual(expect.arrayContaining(['id', 'url', 'outlet', 'published']));
    expect(story!.reports.map((r) => [r.origin, r.articles.sort()])).toEqual([
      ['Axios', [AXY, UNN]],
      ['Imaya News', [IMAYA]],
    ]);
    for (const claim of story!.claims) {
      expect(typeof claim.text).toBe('string');
      expect(claim.articles.length).toBeGreaterThan(0);
    }
  });
});
