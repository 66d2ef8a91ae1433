import { describe, expect, it } from 'vitest';
import { compileAliasPattern } from './alias-pattern.ts';

const matchAll = (aliases: string[], text: string) =>
  [...text.matchAll(new RegExp(compileAliasPattern(aliases), 'gu'))].map((match) => match[0]);

describe('compileAliasPattern', () => {
  it('shares prefixes and still prefers the longest alias', () => {
    expect(compileAliasPattern(['Paris', 'Putin'])).toBe('P(?:aris|utin)');
    expect(matchAll(['Putin', 'Vladimir Putin', 'Vladimir'], 'Vladimir Putin; Vladimir; Putin')).toEqual([
      'Vladimir Putin',
      'Vladimir',
      'Putin',
    ]);
  });

  it('falls back to a shorter alias when a longer one does not complete', () => {
    expect(matchAll(['US', 'USA', 'U.S.'], 'USB US USA U.S. U.K.')).toEqual(['US', 'US', 'USA', 'U.S.']);
  });

  it('escapes regex syntax and allows hyphens, commas and dots', () => {
    expect(matchAll(['Washington, D.C.', 'Jean-Yves (JY)', 'a+b'], 'Washington, D.C. Jean-Yves (JY) a+b aab')).toEqual([
      'Washington, D.C.',
      'Jean-Yves (JY)',
      'a+b',
    ]);
    expect(() => new RegExp(compileAliasPattern(['Jean-Yves', 'x/y']), 'u')).not.toThrow();
  });

  it('reads a space as any whitespace and an apostrophe as either style', () => {
    expect(matchAll(["Robert O'Brien"], "Robert  O’Brien and Robert\nO'Brien")).toEqual(['Robert  O’Brien', "Robert\nO'Brien"]);
  });

  it('compiles nothing to an empty pattern', () => {
    expect(compileAliasPattern([])).toBe('');
    expect(compileAliasPattern([''])).toBe('');
  });
});
