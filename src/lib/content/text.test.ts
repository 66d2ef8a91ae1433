import { describe, expect, it } from 'vitest';
import { findForbiddenCharacters, normalizeLine } from './text.ts';

describe('normalizeLine', () => {
  it('removes right-to-left overrides and isolates, keeping everything else', () => {
    expect(normalizeLine('Talks\u202Egnp.exe')).toBe('Talksgnp.exe');
    expect(normalizeLine('\u2067Зеленський\u2069 and Аxios')).toBe('Зеленський and Аxios');
  });

  it('removes controls, lone surrogates, noncharacters and byte-order marks', () => {
    expect(normalizeLine('Talks\u0001 resume\u001B[31m')).toBe('Talks resume[31m');
    expect(normalizeLine('Talks \uD800resume\uDC00')).toBe('Talks resume');
    expect(normalizeLine('Talks\uFFFE\uFFFF\uFDD0\u{10FFFF} resume\uFEFF')).toBe('Talks resume');
    expect(normalizeLine('Talks\u0085resume\u0000')).toBe('Talks resume');
  });

  it('folds line breaks, vertical tabs and runs of spaces into one space, and trims', () => {
    expect(normalizeLine('  Talks\n\tresume\u000B\u2028here  ')).toBe('Talks resume here');
    expect(normalizeLine('  Plain   ASCII headline ')).toBe('Plain ASCII headline');
    expect(normalizeLine('   ')).toBe('');
  });

  it('composes to NFC', () => {
    expect(normalizeLine('Cafe\u0301 talks')).toBe('Café talks');
  });

  it('makes a text of only invisible or direction characters empty', () => {
    expect(normalizeLine('\u200B\u200C\u200D\u2060\u202E\u2066\u200E\u00AD \u3164\uFE0F')).toBe('');
    expect(normalizeLine('\u200BTalks\u200B')).toBe('Talks');
  });

  it('keeps joiners, marks and variation selectors that belong to the text', () => {
    expect(normalizeLine('می\u200Cخواهم')).toBe('می\u200Cخواهم');
    expect(normalizeLine('Love ❤\uFE0F')).toBe('Love ❤\uFE0F');
    expect(normalizeLine('👩\u200D💻 coders')).toBe('👩\u200D💻 coders');
    expect(normalizeLine('שלום\u200F (AP)')).toBe('שלום\u200F (AP)');
  });
});

describe('findForbiddenCharacters', () => {
  it('accepts tabs, line breaks and any script', () => {
    expect(findForbiddenCharacters('Para one.\r\n\tIndented Київ 北京 ❤\uFE0F\n')).toEqual([]);
  });

  it('reports control characters, noncharacters and U+FFFD with line and column', () => {
    const found = findForbiddenCharacters('First line.\nSecond\u0001 line\u000B.\n\nCaf\uFFFD talks \uFFFE');
    expect(found.map(({ codePoint, line, column }) => [codePoint, line, column])).toEqual([
      ['U+0001', 2, 7],
      ['U+000B', 2, 13],
      ['U+FFFD', 4, 4],
      ['U+FFFE', 4, 12],
    ]);
    expect(found[2]?.reason).toMatch(/bad decoding/);
  });

  it('counts columns in characters, not UTF-16 units', () => {
    expect(findForbiddenCharacters('𝔸𝔹\u0007')[0]).toMatchObject({ line: 1, column: 3 });
  });

  it('stops at the limit', () => {
    expect(findForbiddenCharacters('\u0001'.repeat(20), 3)).toHaveLength(3);
  });
});
