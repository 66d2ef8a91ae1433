import { describe, expect, it } from 'vitest';
import { mergeEvents, sameEvent } from './merge-events.ts';
import type { ArticleEvent } from './types.ts';

function event(articleId: string, date: string, text: string, entityIds: string[] = [], inferred = false): ArticleEvent {
  return {
    articleId,
    date: { start: date, end: date },
    precision: 'day',
    expression: 'on Monday',
    text,
    context: text,
    start: 0,
    end: 0,
    tense: 'future',
    inferred,
    entityIds,
    line: text,
    who: [],
    where: [],
  };
}

describe('sameEvent', () => {
  it('needs the same dates and precision', () => {
    const a = event('a', '2025-12-01', 'Umerov meets Zelensky in Paris on Monday', ['paris', 'rustem-umerov', 'volodymyr-zelensky']);
    expect(sameEvent(a, { ...a, date: { start: '2025-12-02', end: '2025-12-02' } })).toBe(false);
    expect(sameEvent(a, { ...a, precision: 'week' })).toBe(false);
    expect(sameEvent(a, { ...a, articleId: 'b' })).toBe(true);
  });

  it('accepts two shared entities, one with some shared wording, or close wording alone', () => {
    const umerov = event('a', '2025-12-01', 'Umerov will meet Zelensky in Paris on Monday', [
      'paris',
      'rustem-umerov',
      'volodymyr-zelensky',
    ]);
    const zelensky = event('b', '2025-12-01', 'Zelensky is scheduled to visit Paris on Monday for talks with Macron', [
      'emmanuel-macron',
      'paris',
      'volodymyr-zelensky',
    ]);
    const putin = event('c', '2025-12-01', 'Witkoff plans to meet Putin on Monday', ['steve-witkoff', 'vladimir-putin']);
    const putinAgain = event('d', '2025-12-01', 'Putin will meet the envoy on Monday', ['vladimir-putin']);
    const official = event('e', '2025-12-01', 'A senior US official also said the Sunday negotiations were positive');
    const officialAgain = event('f', '2025-12-01', 'A senior US official stated that Sunday’s talks were positive');
    expect(sameEvent(umerov, zelensky)).toBe(true);
    expect(sameEvent(umerov, putin)).toBe(false);
    expect(sameEvent(putin, putinAgain)).toBe(true);
    expect(sameEvent(official, officialAgain)).toBe(true);
    expect(sameEvent(official, putin)).toBe(false);
  });
});

describe('mergeEvents', () => {
  it('merges reports across articles, sorted by date, with stable ids', () => {
    const events = [
      event('unn', '2025-12-02', 'Putin meets Witkoff in Moscow on Tuesday', ['moscow', 'steve-witkoff', 'vladimir-putin']),
      event(
        'axy',
        '2025-12-01',
        'Umerov will meet Zelensky in Paris on December 1',
        ['paris', 'rustem-umerov', 'volodymyr-zelensky'],
        true,
      ),
      event('unn', '2025-12-01', 'Umerov is expected to meet with Zelenskyy in Paris on Monday', [
        'paris',
        'rustem-umerov',
        'volodymyr-zelensky',
      ]),
      event(
        'axy',
        '2025-12-02',
        'Witkoff plans to travel to Moscow and meet Putin on December 2',
        ['moscow', 'steve-witkoff', 'vladimir-putin'],
        true,
      ),
      event('imaya', '2025-12-01', 'Witkoff travels to Moscow on Monday', ['moscow', 'steve-witkoff'], true),
    ];
    const groups = mergeEvents(events);
    expect(groups.map((group) => [group.id, group.articleIds, group.inferred])).toEqual([
      ['2025-12-01-1', ['axy', 'unn'], false],
      ['2025-12-01-2', ['imaya'], true],
      ['2025-12-02-1', ['unn', 'axy'], false],
    ]);
    expect(groups[0]?.entityIds).toEqual(['paris', 'rustem-umerov', 'volodymyr-zelensky']);
    expect(groups[0]?.reports).toEqual([events[1], events[2]]);
  });

  it('does not chain look-alike reports: each joins a group only when it also tells what the group’s first report tells', () => {
    // One person, one day, and statements whose wording overlaps only with the next one's (A~B, B~C, A≁C):
    // single linkage made them one event, as it did with hundreds of reports in a generated story.
    const words = 'harbor tariff grain pipeline ceasefire bridge turbine census vaccine railway'.split(' ');
    const statements = words
      .slice(0, -2)
      .map((word, k) => event(`article-${k}`, '2025-12-01', `${word} ${words[k + 1]} ${words[k + 2]} on Monday`, ['goranpe']));
    const groups = mergeEvents(statements);
    expect(sameEvent(statements[0]!, statements[1]!)).toBe(true);
    expect(sameEvent(statements[0]!, statements[2]!)).toBe(false);
    expect(groups.map((group) => group.reports.length)).toEqual([2, 2, 2, 2]);
  });

  it('names ranges by both ends', () => {
    const week: ArticleEvent = {
      ...event('a', '2025-12-01', 'Witkoff visits Moscow next week'),
      date: { start: '2025-12-01', end: '2025-12-07' },
      precision: 'week',
    };
    expect(mergeEvents([week]).map((group) => group.id)).toEqual(['2025-12-01--2025-12-07-1']);
  });

  it('returns nothing for nothing', () => {
    expect(mergeEvents([])).toEqual([]);
  });
});
