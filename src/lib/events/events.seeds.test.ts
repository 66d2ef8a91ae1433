import { describe, expect, it } from 'vitest';
import { createEntityRegistry } from '../entities/registry.ts';
import { readEntityFiles, readSeedArticles } from '../../../tests/support/seeds.ts';
import { extractEvents } from './extract-events.ts';
import { mergeEvents } from './merge-events.ts';
import type { EventGroup } from './types.ts';

const AXY = 'axy-media-miami-post-war-borders';
const IMAYA = 'imaya-news-rubio-talks-productive';
const UNN = 'unn-post-war-borders-dominated-talks';
const KYIV = 'Europe/Kyiv';

const registry = createEntityRegistry(readEntityFiles());
const articles = readSeedArticles();
const events = articles.flatMap((article) => extractEvents(article, KYIV, { registry }));
const groups = mergeEvents(events);

function groupsOn(start: string, end = start): EventGroup[] {
  return groups.filter((group) => group.date.start === start && group.date.end === end);
}
function groupWith(start: string, entityIds: string[]): EventGroup {
  const group = groupsOn(start).find((candidate) => entityIds.every((id) => candidate.entityIds.includes(id)));
  if (group === undefined) throw new Error(`no group on ${start} with ${entityIds.join(', ')}`);
  return group;
}

describe('events in the seed articles', () => {
  it('reads the publication dates from the frontmatter, inferred for AXY Media and Imaya News', () => {
    expect(articles.map((article) => [article.id, article.published, article.publishedInferred])).toEqual([
      [AXY, '2025-11-30', true],
      [IMAYA, '2025-11-30', true],
      [UNN, '2025-12-01', false],
    ]);
  });

  it('dates the talks on Sunday 30 November 2025, reported by AXY Media and UNN', () => {
    const sundays = events.filter((event) => event.date.start === '2025-11-30');
    expect(new Set(sundays.map((event) => event.articleId))).toEqual(new Set([AXY, UNN]));
    expect(sundays.every((event) => /Sunday/u.test(event.expression))).toBe(true);
    const officials = groupsOn('2025-11-30').find((group) => group.reports.some((report) => /senior US official/u.test(report.text)));
    expect(officials?.articleIds).toEqual([AXY, UNN]);
    expect(officials?.inferred).toBe(false);
  });

  it('dates Umerov meeting Zelensky in Paris on 1 December 2025, in all three articles', () => {
    const group = groupWith('2025-12-01', ['rustem-umerov', 'volodymyr-zelensky', 'paris']);
    expect(group.articleIds).toEqual([AXY, IMAYA, UNN]);
    expect(group.reports.map((report) => [report.articleId, report.expression, report.inferred])).toEqual([
      [AXY, 'on December 1', true],
      [IMAYA, 'on Monday', true],
      [UNN, 'on Monday', false],
      [UNN, 'on Monday', false],
    ]);
    expect(group.inferred).toBe(false);
  });

  it('dates Witkoff meeting Putin on 2 December 2025 (AXY "December 2", UNN "on Tuesday")', () => {
    const group = groupWith('2025-12-02', ['steve-witkoff', 'vladimir-putin']);
    expect(group.articleIds).toEqual([AXY, UNN]);
    expect(group.reports.map((report) => report.expression)).toEqual(['on December 2', 'on Tuesday']);
    expect(events.filter((event) => event.date.start === '2025-12-02').every((event) => event.tense === 'future')).toBe(true);
  });

  it('keeps Witkoff travelling to Moscow on Monday apart from the Paris meeting', () => {
    const travel = groupWith('2025-12-01', ['steve-witkoff', 'moscow']);
    expect(travel.entityIds).not.toContain('paris');
    expect(travel.articleIds).toEqual([UNN]);
  });

  it('reads Imaya’s "next week" and "this week" (said on a Sunday) as the week of 1–7 December, inferred', () => {
    const [week, ...others] = groupsOn('2025-12-01', '2025-12-07');
    expect(others).toEqual([]);
    expect(week?.reports.map((report) => report.expression)).toEqual(['next week', 'this week']);
    expect(week?.articleIds).toEqual([IMAYA]);
    expect(week?.inferred).toBe(true);
  });

  it('finds the background dates in Imaya News, not inferred', () => {
    expect(groupsOn('2022-02-01', '2022-02-28').map((group) => group.reports[0]?.expression)).toEqual(['in February 2022']);
    expect(groupsOn('2014-01-01', '2014-12-31')[0]?.inferred).toBe(false);
  });

  it('finds no other dates, and sorts groups by date', () => {
    const starts = groups.map((group) => group.date.start);
    expect(starts).toEqual([...starts].sort());
    expect(new Set(starts)).toEqual(new Set(['2014-01-01', '2022-02-01', '2025-11-30', '2025-12-01', '2025-12-02']));
  });
});
