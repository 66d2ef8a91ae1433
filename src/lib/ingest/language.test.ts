import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeLanguageTag } from './language.ts';

describe('normalizeLanguageTag', () => {
  it('turns declared forms into BCP 47 tags', () => {
    expect(normalizeLanguageTag('en_GB')).toBe('en-GB');
    expect(normalizeLanguageTag('EN-gb')).toBe('en-GB');
    expect(normalizeLanguageTag('ukr')).toBe('uk');
    expect(normalizeLanguageTag('zh-Hant-TW')).toBe('zh-Hant-TW');
    expect(normalizeLanguageTag('english')).toBeUndefined();
    expect(normalizeLanguageTag('')).toBeUndefined();
  });
});

describe('detectLanguage', () => {
  it('detects the language of a paragraph', () => {
    expect(
      detectLanguage(
        'The old stone bridge over the River Wend was closed to all vehicles on Sunday after engineers found cracks in two of its arches.',
      ),
    ).toBe('en');
    expect(
      detectLanguage(
        'Aucun navire n’a été déchargé dimanche au port de commerce, où les dockers ont cessé le travail à l’appel de leur syndicat.',
      ),
    ).toBe('fr');
    expect(
      detectLanguage(
        'Переговори між делегаціями США та України тривали п’ять годин і були складними, але продуктивними, повідомили два українські джерела.',
      ),
    ).toBe('uk');
  });
  it('does not guess from too little text', () => {
    expect(detectLanguage('Breaking news')).toBeUndefined();
  });
});
