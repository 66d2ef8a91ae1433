import { describe, expect, it } from 'vitest';
import { buildFacets } from './facets.ts';

const values = (list: { value: string; count: number }[]) => list.map(({ value, count }) => `${value} ${count}`);

describe('buildFacets', () => {
  it('lists only values with matches, most first, then alphabetically', () => {
    const [outlet] = buildFacets({ outlet: { UNN: 2, 'AXY Media': 2, 'Imaya News': 5, Empty: 0 } }, {});
    expect(outlet?.name).toBe('outlet');
    expect(values(outlet!.top)).toEqual(['Imaya News 5', 'AXY Media 2', 'UNN 2']);
    expect(outlet!.rest).toEqual([]);
  });

  it('caps the list and keeps the rest for "Show all"', () => {
    const counts = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`Outlet ${String(i).padStart(2, '0')}`, 100 - i]));
    const [outlet] = buildFacets({ outlet: counts }, {}, 10);
    expect(outlet!.top).toHaveLength(10);
    expect(outlet!.rest).toHaveLength(15);
    expect(outlet!.top[0]!.value).toBe('Outlet 00');
    expect(outlet!.rest[0]!.value).toBe('Outlet 10');
  });

  it('always lists a ticked value, even one outside the top or with no matches', () => {
    const counts = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`O${String(i).padStart(2, '0')}`, 20 - i]));
    const [outlet] = buildFacets({ outlet: counts }, { outlet: ['O11', 'Gone'] }, 10);
    expect(outlet!.top.map((v) => v.value)).toEqual(['O00', 'O01', 'O02', 'O03', 'O04', 'O05', 'O06', 'O07', 'O11', 'Gone']);
    expect(outlet!.top.filter((v) => v.selected).map((v) => v.value)).toEqual(['O11', 'Gone']);
    expect(outlet!.rest.map((v) => v.value)).toEqual(['O08', 'O09', 'O10']);
  });

  it('leaves out filters with nothing to list, so an empty search shows none', () => {
    expect(buildFacets({ outlet: { UNN: 0 }, story: {} }, {})).toEqual([]);
  });
});
