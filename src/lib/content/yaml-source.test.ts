import { describe, expect, it } from 'vitest';
import { parseJsonSource, parseYamlSource } from './yaml-source.ts';

describe('parseYamlSource', () => {
  it('reads YAML 1.2 core: dates and yes/no stay text', () => {
    expect(parseYamlSource('published: 2025-13-45\nanswer: no\n').data).toEqual({ published: '2025-13-45', answer: 'no' });
  });

  it('places values, keys and list items on their file lines, counted from where the text starts', () => {
    const source = parseYamlSource('headline: Talks\nretells:\n  outlet: Axios\naliases:\n  - One\n  - Two\n', 2);
    expect(source.lineOf(['headline'])).toBe(2);
    expect(source.lineOf(['retells', 'outlet'])).toBe(4);
    expect(source.lineOf(['aliases', 1])).toBe(7);
    expect(source.lineOf(['missing'])).toBeUndefined();
  });

  it('reports syntax errors with their line and no data', () => {
    const source = parseYamlSource('a: 1\nb: [1, 2\nc: 3\n', 5);
    expect(source.data).toBeUndefined();
    expect(source.problems).toEqual([{ line: 7, message: expect.stringMatching(/^YAML: Flow sequence/) }]);
  });

  it.each([
    ['a: 1\na: 2\n', /same key appears twice/, 2],
    ['a: 1\n---\nb: 2\n', /more than one YAML document/, 2],
    ['\tx: 1\n', /Tabs/, 1],
    ['"unterminated\n', /Missing closing/, 2],
    ['a: !foo x\n', /Unresolved tag/, 1],
    ['a: *nowhere\n', /Unresolved alias/, 1],
  ])('reports %j', (text, message, line) => {
    expect(parseYamlSource(text).problems).toEqual([{ line, message: expect.stringMatching(message) }]);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((key, i) => `${key}: &${key} [${`*${'abcdefgh'[i]}, `.repeat(9)}*${'abcdefgh'[i]}]`)].join('\n');
    expect(parseYamlSource(bomb).problems[0]?.message).toMatch(/alias/i);
  });

  it('has no data for an empty or comment-only text', () => {
    expect(parseYamlSource('')).toMatchObject({ data: undefined, problems: [] });
    expect(parseYamlSource('# nothing\n')).toMatchObject({ data: undefined, problems: [] });
  });
});

describe('parseJsonSource', () => {
  it('reads JSON and places syntax errors on their line', () => {
    expect(parseJsonSource('{"name": "UNN"}').data).toEqual({ name: 'UNN' });
    expect(parseJsonSource('{\n  "name": "UNN",\n}\n').problems).toEqual([{ line: 3, message: expect.stringMatching(/^JSON: /) }]);
    expect(parseJsonSource('  ').data).toBeUndefined();
  });
});
