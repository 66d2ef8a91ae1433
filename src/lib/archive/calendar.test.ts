import { describe, expect, it } from 'vitest';
import { around, buildArchive } from './calendar.ts';

const item = (id: string, published: string) => ({ id, published });
const items = [
  item('c', '2025-12-01T23:30:00-05:00'), // 2 December in UTC
  item('a', '2024-12-31'),
  item('b', '2025-01-02'),
  item('d', '2025-12-01'),
  item('e', '2025-12-01T08:00:00+00:00'),
];

describe('buildArchive', () => {
  it('files every item under its year, month and day in the site’s time zone, oldest first', () => {
    const archive = buildArchive(items, 'UTC');
    expect(archive.years.map((year) => [year.year, year.count])).toEqual([
      ['2024', 1],
      ['2025', 4],
    ]);
    expect(archive.months.map((month) => [month.key, month.count])).toEqual([
      ['2024-12', 1],
      ['2025-01', 1],
      ['2025-12', 3],
    ]);
    expect(archive.days.map((day) => [day.key, day.items.map((i) => i.id)])).toEqual([
      ['2024-12-31', ['a']],
      ['2025-01-02', ['b']],
      ['2025-12-01', ['d', 'e']],
      ['2025-12-02', ['c']],
    ]);
    expect(archive.days.flatMap((day) => day.items)).toHaveLength(items.length);
  });

  it('follows the time zone, not the machine', () => {
    const archive = buildArchive(items, 'America/New_York');
    expect(archive.days.find((day) => day.items.some((i) => i.id === 'c'))?.key).toBe('2025-12-01');
  });

  it('gives the neighbours of a year, month or day', () => {
    const archive = buildArchive(items, 'UTC');
    expect(around(archive.months, '2025-01')).toEqual({ previous: archive.months[0], next: archive.months[2] });
    expect(around(archive.years, '2024').previous).toBeUndefined();
    expect(around(archive.days, '2025-12-02').next).toBeUndefined();
    expect(around(archive.days, '2030-01-01')).toEqual({});
  });
});
