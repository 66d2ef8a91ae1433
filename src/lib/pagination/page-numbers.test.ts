import { describe, expect, it } from 'vitest';
import { groupPages } from './group-pages.ts';
import { pageSlots } from './page-numbers.ts';

describe('pageSlots', () => {
  it('shows every page of a short list', () => {
    expect(pageSlots(1, 1)).toEqual([1]);
    expect(pageSlots(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the first, the last and the neighbours of the current page, with gaps between', () => {
    expect(pageSlots(1, 50)).toEqual([1, 2, 3, 'gap', 50]);
    expect(pageSlots(25, 50)).toEqual([1, 'gap', 23, 24, 25, 26, 27, 'gap', 50]);
    expect(pageSlots(50, 50)).toEqual([1, 'gap', 48, 49, 50]);
  });

  it('shows a lone skipped page instead of a gap', () => {
    expect(pageSlots(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
    expect(pageSlots(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('stays the same size whatever the page count', () => {
    expect(pageSlots(250, 500)).toHaveLength(pageSlots(25, 50).length);
  });
});

describe('groupPages', () => {
  const counts = (item: string) => item.startsWith('day');
  it('puts a fixed number of counted items on each page, with the others beside them', () => {
    const items = ['plan', 'day1', 'plan', 'day2', 'day3', 'plan', 'day4', 'day5'];
    expect(groupPages(items, counts, 2)).toEqual([['plan', 'day1', 'plan', 'day2'], ['day3', 'plan', 'day4'], ['day5']]);
  });

  it('keeps a list with nothing counted on one page, and an empty list on none', () => {
    expect(groupPages(['plan', 'plan'], counts, 2)).toEqual([['plan', 'plan']]);
    expect(groupPages([], counts, 2)).toEqual([]);
  });
});
