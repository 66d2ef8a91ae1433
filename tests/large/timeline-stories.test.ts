/**
 * At volume, every story's own timeline is reachable from any page of `/timeline/`: each page
 * links to the timeline by story, whose pages (followed through their pager) link to every
 * story page that has a "What happened when" section.
 */
import { describe, expect, it } from 'vitest';
import { fileAt, internalLinks, outlineOf, pages } from './large-site';

const timelinePages = pages.filter((page) => /^timeline\/(?:page\/\d+\/)?index\.html$/.test(page));
/** Story pages with a timeline of their own. */
const storiesWithTimelines = pages
  .filter((page) => /^stories\/[^/]+\/index\.html$/.test(page) && outlineOf(page).ids.has('events'))
  .map((page) => `/${page.replace(/index\.html$/, '')}`)
  .sort();

/** The pages of the timeline by story, from its first page through rel="next". */
function indexPages(first: string): string[] {
  const chain: string[] = [];
  for (let file: string | undefined = fileAt(first); file !== undefined && !chain.includes(file);) {
    chain.push(file);
    const next = outlineOf(file).links.find((link) => link.rel === 'next');
    file = next === undefined ? undefined : fileAt(next.href);
  }
  return chain;
}

describe('the timeline by story at volume', () => {
  it('has many story timelines and many pages of /timeline/', () => {
    expect(timelinePages.length).toBeGreaterThan(3);
    expect(storiesWithTimelines.length).toBeGreaterThan(50);
  });

  it('is linked from every page of /timeline/', () => {
    for (const page of timelinePages) {
      expect(
        internalLinks(page).some(({ path }) => path === '/timeline/stories/'),
        page,
      ).toBe(true);
    }
  });

  it('leads to every story’s own timeline, once, newest first', () => {
    const index = indexPages('/timeline/stories/');
    expect(index.length).toBeGreaterThan(1);
    const targets = index.flatMap((page) =>
      internalLinks(page).filter(({ link, hash }) => hash === '#events' && link.className.includes('story-timelines__story')),
    );
    expect(targets.map(({ path }) => path).sort()).toEqual(storiesWithTimelines);
    for (const { path } of targets) expect(outlineOf(fileAt(path)!).ids.has('events'), path).toBe(true);
  });
});
