import { describe, expect, it } from 'vitest';
import { boundedDistance, correctQuery, editBudget, foldName, suggestNames } from './near-names.ts';

/** Names as the seed site publishes them (entity names, aliases, spelling groups). */
const names = [
  'Andriy Yermak',
  'Yermak',
  'Iermak',
  'Rustem Umerov',
  'Umerov',
  'Marco Rubio',
  'Steve Witkoff',
  'Steven Witkoff',
  'Zelensky',
  'Zelenskyy',
  'Kyiv',
  'Kiev',
];

describe('boundedDistance', () => {
  it.each([
    ['yermack', 'yermak', 1],
    ['umerow', 'umerov', 1],
    ['rustam', 'rustem', 1],
    ['wtikoff', 'witkoff', 1], // two neighbours swapped: one edit
    ['kitten', 'sitting', 3],
    ['same', 'same', 0],
  ])('%s → %s is %i', (a, b, expected) => {
    expect(boundedDistance(a, b, 5)).toBe(expected);
  });
  it('stops at the bound', () => {
    expect(boundedDistance('kitten', 'sitting', 1)).toBe(2);
    expect(boundedDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('foldName', () => {
  it('ignores case and diacritics', () => {
    expect(foldName('Zelenskyý')).toBe('zelenskyy');
    expect(foldName('RÚSTEM')).toBe('rustem');
  });
});

describe('editBudget', () => {
  it('allows no edit in short words, one in middling, two in long ones', () => {
    expect([4, 5, 7, 8, 12].map(editBudget)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('correctQuery', () => {
  it.each([
    ['Yermack', 'Yermak'],
    ['Umerow', 'Umerov'],
    ['Rustam', 'Rustem'],
    ['rustam umerow', 'Rustem Umerov'],
    ['Yermack talks', 'Yermak talks'],
    ['Wtikoff', 'Witkoff'],
  ])('%s → %s', (query, expected) => {
    expect(correctQuery(query, names)).toBe(expected);
  });
  it('on request, swaps a known word for another known word nearby', () => {
    expect(correctQuery('Rustam', [...names, 'Rustam Umerov'])).toBeUndefined();
    expect(correctQuery('Rustam', [...names, 'Rustam Umerov'], { replaceKnown: true })).toBe('Rustem');
    expect(correctQuery('Kushner', [...names, 'Kushner'], { replaceKnown: true })).toBeUndefined();
  });
  it('leaves known names, short words and far-off words alone', () => {
    expect(correctQuery('Yermak', names)).toBeUndefined();
    expect(correctQuery('Kyev', names)).toBeUndefined();
    expect(correctQuery('xylophone', names)).toBeUndefined();
  });
});

describe('suggestNames', () => {
  it('lists the closest names first, each once', () => {
    expect(suggestNames('Yermack', names)).toEqual(['Andriy Yermak', 'Yermak', 'Iermak']);
    expect(suggestNames('Umerow', names)).toEqual(['Rustem Umerov', 'Umerov']);
  });
  it('suggests nothing for words far from every name', () => {
    expect(suggestNames('xylophone', names)).toEqual([]);
    expect(suggestNames('', names)).toEqual([]);
  });
  it('keeps to the limit', () => {
    expect(suggestNames('Zelenskky Yermack', names, 2)).toHaveLength(2);
  });
});
