import { describe, expect, it } from 'vitest';
import { diceSimilarity } from './similarity.ts';
import { contentStems, nameKey, normalizeTypography, stem, stemmedWords, tokenizeSentences, words } from './tokens.ts';

describe('normalizeTypography', () => {
  it('folds typographic quotes, apostrophes, dashes and spaces to ASCII', () => {
    expect(normalizeTypography('“Tense,” he said — it’s 1\u00A0000… ‘ok’')).toBe("\"Tense,\" he said - it's 1 000... 'ok'");
  });
});

describe('nameKey', () => {
  it('folds transliteration variants and diacritics', () => {
    expect(nameKey('Zelenskyy')).toBe(nameKey('Zelensky'));
    expect(nameKey('Skibitskyi')).toBe(nameKey('Skibitsky'));
    expect(nameKey('Zelenskiy')).toBe(nameKey('Zelensky'));
    expect(nameKey('Bouches-du-Rhône')).toBe('bouches-du-rhone');
  });
});

describe('tokenizeSentences', () => {
  const corpus = [
    'Ukraine was represented by NSDC Secretary Rustem Umerov and General Andriy Hnatov.',
    'Umerov then called President Volodymyr Zelenskyy to brief him on the talks.',
    "Talks between the U.S. and Ukraine's delegation lasted five hours.",
    'The American side wants “a deal” – a painful concession.',
    'Officials said the talks were tense.',
  ];
  const [represented, called, lasted, american] = tokenizeSentences(corpus);

  it('keeps multi-word names as names, unstemmed, without titles', () => {
    // Name keys fold transliteration: Andriy, Andrii and Andrij are all "andry".
    expect(represented!.names).toEqual(['ukraine', 'nsdc', 'rustem umerov', 'andry hnatov']);
    expect(represented!.features).toContain('@rustem');
    expect(represented!.features).toContain('@umerov');
    expect(represented!.features).toContain('=secretari');
    expect(represented!.features).toContain('=repres');
  });

  it('recognizes a name that opens a sentence from its use elsewhere in the corpus', () => {
    expect(called!.names).toEqual(['umerov', 'volodymyr zelensky']);
    // "Talks" opens a sentence but is written in lower case elsewhere: a word, not a name.
    expect(lasted!.features[0]).toBe('=talk');
  });

  it('stems words, folds case, possessives, numbers and acronyms', () => {
    expect(lasted!.features).toEqual(['=talk', '@us', '@ukraine', '=deleg', '=last', '#5', '=hour']);
  });

  it('counts nationality adjectives as their country and drops stop words', () => {
    expect(american!.features).toEqual(['@us', '=side', '=want', '=deal', '=pain', '=concess']);
  });

  it('stems with the Porter stemmer', () => {
    expect(stem('negotiations')).toBe('negoti');
    expect(stem('talks')).toBe('talk');
  });
});

describe('words', () => {
  it('folds case, typography, possessives and contractions', () => {
    expect(words("There’s a deal; it's Trump's, we'll see. Won't.")).toEqual([
      'there',
      'is',
      'a',
      'deal',
      'it',
      'is',
      'trump',
      'we',
      'will',
      'see',
      'will',
      'not',
    ]);
  });

  it('stems, so inflections compare equal, and drops stop words from content stems', () => {
    expect(stemmedWords('discussed discussions')).toEqual(stemmedWords('discuss discussion'));
    expect(contentStems('The talks were held in Miami')).toEqual(['talk', 'held', 'miami']);
  });
});

describe('diceSimilarity', () => {
  it('measures multiset overlap', () => {
    expect(diceSimilarity(['a', 'b'], ['a', 'b'])).toBe(1);
    expect(diceSimilarity(['a', 'a', 'b'], ['a', 'c'])).toBeCloseTo(0.4);
    expect(diceSimilarity([], [])).toBe(0);
  });
});
