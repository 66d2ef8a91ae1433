import { describe, expect, it } from 'vitest';
import { keyDigest, keyJson, pageKey, plainKeyJson } from './page-key.ts';

describe('pageKey', () => {
  it('changes with any value and with the order of a list', () => {
    expect(pageKey({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(pageKey({ a: 1, b: { c: [1, 2], d: 'x' } }));
    expect(pageKey({ a: 1, b: { c: [1, 2], d: 'x' } })).not.toBe(pageKey({ a: 1, b: { c: [1, 2], d: 'y' } }));
    expect(pageKey({ list: [1, 2] })).not.toBe(pageKey({ list: [2, 1] }));
  });

  it('keys a Map and a Set by their entries, which plain JSON would drop', () => {
    expect(keyJson({ onlyIn: new Map([['outlet-a', [1]]]) })).toBe('{"onlyIn":{"(map)":[["outlet-a",[1]]]}}');
    expect(pageKey({ onlyIn: new Map([['outlet-a', [1]]]) })).not.toBe(pageKey({ onlyIn: new Map([['outlet-a', [2]]]) }));
    expect(pageKey(new Set(['a']))).not.toBe(pageKey(new Set(['b'])));
  });

  it('refuses a function, so nothing but data can decide whether a page is reused', () => {
    expect(() => pageKey({ article: { id: 'a', Content: () => '' } })).toThrow('page key: "Content" is a function, not data');
  });

  it('puts what `ref` returns in place of a value, so large shared values are keyed by reference', () => {
    const ref = (value: object) => ('digest' in value ? ['article', (value as unknown as { id: string }).id, value.digest] : undefined);
    const article = { id: 'a', digest: 'd1', text: 'a very long text', render: () => '' };
    expect(keyJson({ lead: article }, ref)).toBe('{"lead":["article","a","d1"]}');
    expect(pageKey({ lead: article }, ref)).toBe(pageKey({ lead: { ...article, text: 'another text' } }, ref));
    expect(pageKey({ lead: article }, ref)).not.toBe(pageKey({ lead: { ...article, digest: 'd2' } }, ref));
  });

  it('keys plain data the same without the replacer, and joins texts already made', () => {
    const story = { id: 's', claims: [{ text: 'A "quoted"\nline', score: 0.1 + 0.2, outlets: ['a'] }], summary: undefined };
    expect(plainKeyJson(story)).toBe(keyJson(story));
    expect(keyDigest(plainKeyJson(story))).toBe(pageKey(story));
    expect(keyDigest('[1]', '[2]')).not.toBe(keyDigest('[1][2]'));
    // @ts-expect-error a Map is not plain data: JSON would key it as {}
    plainKeyJson({ onlyIn: new Map([['a', 1]]) });
  });
});
