import { describe, expect, it } from 'vitest';
import { buildTimeline, eventText, eventWasAnnounced } from './timeline.ts';
import type { ArticleEvent, DatePrecision, EventGroup } from './types.ts';

function report(articleId: string, text: string, tense: ArticleEvent['tense'] = 'past'): ArticleEvent {
  return {
    articleId,
    date: { start: '', end: '' },
    precision: 'day',
    expression: '',
    text,
    context: text,
    start: 0,
    end: 0,
    tense,
    inferred: false,
    entityIds: [],
    line: text,
    who: [],
    where: [],
  };
}
function group(id: string, start: string, end = start, precision: DatePrecision = 'day', reports = [report('a', id)]): EventGroup {
  return {
    id,
    date: { start, end },
    precision,
    inferred: false,
    reports,
    articleIds: [...new Set(reports.map((r) => r.articleId))],
    entityIds: [],
  };
}

describe('buildTimeline', () => {
  it('puts single-day events with the publications of their day, and keeps spans apart', () => {
    const events = [
      group('talks', '2025-11-30'),
      group('paris', '2025-12-01'),
      group('week', '2025-12-01', '2025-12-07', 'week'),
      group('moscow', '2025-12-02'),
    ];
    const entries = buildTimeline(events, [
      { day: '2025-11-30', items: ['axy', 'imaya'] },
      { day: '2025-12-01', items: ['unn'] },
    ]);
    expect(
      entries.map((entry) =>
        entry.kind === 'day'
          ? [entry.day, entry.events.map((e) => e.id), entry.articles]
          : [`${entry.start}..${entry.end}`, entry.events.map((e) => e.id), entry.precision],
      ),
    ).toEqual([
      ['2025-11-30', ['talks'], ['axy', 'imaya']],
      ['2025-12-01', ['paris'], ['unn']],
      ['2025-12-01..2025-12-07', ['week'], 'week'],
      ['2025-12-02', ['moscow'], []],
    ]);
  });

  it('orders by first day, then last day, across years and months', () => {
    const events = [
      group('month', '2022-02-01', '2022-02-28', 'month'),
      group('year', '2014-01-01', '2014-12-31', 'year'),
      group('new-year', '2026-01-01'),
    ];
    const entries = buildTimeline(events, [{ day: '2025-12-31', items: ['x'] }]);
    expect(entries.map((entry) => (entry.kind === 'day' ? entry.day : entry.start))).toEqual([
      '2014-01-01',
      '2022-02-01',
      '2025-12-31',
      '2026-01-01',
    ]);
  });

  it('keeps events of the same span together, in input order, with the coarsest precision', () => {
    const entries = buildTimeline([group('a', '2025-12-01', '2025-12-07', 'week'), group('b', '2025-12-01', '2025-12-07', 'month')], []);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ kind: 'period', precision: 'month' });
    expect(entries[0]?.events.map((event) => event.id)).toEqual(['a', 'b']);
  });

  it('returns nothing for nothing', () => {
    expect(buildTimeline([], [])).toEqual([]);
  });
});

describe('eventText and eventWasAnnounced', () => {
  it('take the first report’s sentence, and call an event announced only when every report is in the future', () => {
    const planned = group('x', '2025-12-02', undefined, 'day', [
      report('a', 'Witkoff will meet Putin on December 2.', 'future'),
      report('b', 'He meets Putin on Tuesday.', 'future'),
    ]);
    expect(eventText(planned)).toBe('Witkoff will meet Putin on December 2.');
    expect(eventWasAnnounced(planned)).toBe(true);
    expect(eventWasAnnounced({ reports: [...planned.reports, report('c', 'They met on Tuesday.')] })).toBe(false);
    expect(eventWasAnnounced({ reports: [] })).toBe(false);
    expect(eventText({ reports: [], precision: 'day' })).toBe('');
  });
});
