/**
 * The site-wide timeline is filterable by story without JavaScript: every page of /timeline/
 * links to the timeline by story, which leads to the seed story's own "What happened when".
 */
import { describe, expect, it } from 'vitest';
import { htmlPages, loadPage } from '../support/dist';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const STORY = '/stories/us-ukraine-talks-near-miami/';

describe('the timeline by story', () => {
  const index = loadPage('timeline/stories/index.html');

  it('is linked from every page of /timeline/', () => {
    const timelinePages = htmlPages().filter((page) => /^timeline\/(?:page\/\d+\/)?index\.html$/.test(page));
    expect(timelinePages.length).toBeGreaterThan(0);
    for (const page of timelinePages) {
      const links = [...loadPage(page).querySelectorAll('.timeline-stories a')].map((a) => a.getAttribute('href'));
      expect(links, page).toContain('/timeline/stories/');
    }
  });

  it('lists the seed story with its events and their days, linking to the story’s own timeline', () => {
    const items = [...index.querySelectorAll('.story-timelines__item')];
    expect(items).toHaveLength(1);
    const link = items[0]!.querySelector('a.story-timelines__story');
    expect(link?.getAttribute('href')).toBe(`${STORY}#events`);
    expect(text(link)).toBe(text(loadPage('stories/us-ukraine-talks-near-miami/index.html').querySelector('h1')));
    // The days it was reported, as the story page gives them (the span's " to " is for screen readers).
    expect(text(items[0]!.querySelector('.story-timelines__meta'))).toMatch(
      /^\d+ dated events · reported 30 November 2025 – to 1 December 2025$/,
    );
  });

  it('lands on the story page’s “What happened when” section', () => {
    const story = loadPage('stories/us-ukraine-talks-near-miami/index.html');
    expect(text(story.querySelector('#events h2'))).toMatch(/^What happened when/);
  });

  it('runs no script', () => {
    expect(index.querySelectorAll('script')).toHaveLength(0);
  });
});
