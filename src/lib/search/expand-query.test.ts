import { describe, expect, it } from 'vitest';
import { expandQuery, MAX_VARIANTS } from './expand-query.ts';

const groups = [
  ['Zelensky', 'Zelenskyy', 'Zelenskiy'],
  ['Hnatov', 'Gnatov'],
  ['Vladimir Putin', 'Putin'],
];

describe('expandQuery', () => {
  it('adds every other spelling of a name, the reader’s query first', () => {
    expect(expandQuery('Zelenskyy', groups)).toEqual(['Zelenskyy', 'Zelensky', 'Zelenskiy']);
  });
  it('swaps whole words only, whatever the case, keeping the rest of the query', () => {
    expect(expandQuery('met zelenskyy in Paris', groups)).toEqual([
      'met zelenskyy in Paris',
      'met Zelensky in Paris',
      'met Zelenskiy in Paris',
    ]);
    expect(expandQuery('Zelenskyyy', groups)).toEqual(['Zelenskyyy']);
  });
  it('combines variants of two names, up to a limit', () => {
    const variants = expandQuery('Gnatov Zelensky', groups);
    expect(variants).toContain('Hnatov Zelenskyy');
    expect(variants.length).toBeLessThanOrEqual(MAX_VARIANTS);
  });
  it('returns nothing for an empty query', () => {
    expect(expandQuery('  ', groups)).toEqual([]);
  });
});

describe('expandQuery with long groups', () => {
  it('tries the shortest spellings first and skips longer forms of the same name', () => {
    const zelensky = [
      'Volodymyr Zelenskiy',
      'Volodymyr Zelensky',
      'Volodymyr Zelenskyy',
      'Zelenskii',
      'Zelenskiy',
      'Zelensky',
      'Zelenskyi',
      'Zelenskyy',
    ];
    const variants = expandQuery('Zelenskyy', [zelensky]);
    expect(variants.slice(0, 3)).toEqual(['Zelenskyy', 'Zelensky', 'Zelenskii']);
    expect(variants).not.toContain('Volodymyr Zelenskyy');
    expect(variants).toContain('Volodymyr Zelensky');
  });
});
