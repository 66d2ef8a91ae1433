import { describe, expect, it } from 'vitest';
import { groupByDay } from './group-by-day.ts';
import { inPublicationOrder, neighbours, newestFirst } from './order.ts';

const items = [
  { id: 'c', published: '2025-12-01' },
  { id: 'b', published: '2025-11-30' },
  { id: 'a', published: '2025-11-30' },
  { id: 'd', published: '2025-12-01T23:30:00Z' },
];

describe('ordering', () => {
  it('sorts oldest first with the id breaking ties', () => {
    expect(inPublicationOrder(items).map((i) => i.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(newestFirst(items).map((i) => i.id)).toEqual(['d', 'c', 'b', 'a']);
  });
  it('finds previous and next in time', () => {
    expect(neighbours(items, 'b')).toEqual({ previous: items[2], next: items[0] });
    expect(neighbours(items, 'a').previous).toBeUndefined();
    expect(neighbours(items, 'missing')).toEqual({});
  });
});

describe('groupByDay', () => {
  it('groups under days of the site time zone', () => {
    expect(groupByDay(items, 'UTC').map((d) => [d.day, d.items.map((i) => i.id)])).toEqual([
      ['2025-11-30', ['a', 'b']],
      ['2025-12-01', ['c', 'd']],
    ]);
    // 23:30 UTC is already the next day in Kiritimati (UTC+14); bare days stay put.
    expect(groupByDay(items, 'Pacific/Kiritimati').map((d) => d.day)).toEqual(['2025-11-30', '2025-12-01', '2025-12-02']);
  });
});
