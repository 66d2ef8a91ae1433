import { describe, expect, it } from 'vitest';
import { markdownToPlainText, splitParagraphs } from './markdown-text';
import { findQuoteSpans } from './quote-spans';
import { splitSentences } from './sentences';
import { contentTokens, diceSimilarity, stemmedTokens, words } from './tokens';

describe('markdownToPlainText', () => {
  it('keeps paragraphs and headings as blocks, link text but not URLs, and drops code and HTML', () => {
    const markdown = [
      'Florida: *Marco Rubio* described [the talks](https://example.org/Putin) as “productive.”',
      '## Next Steps',
      '<div>Putin</div>',
      '```\nTrump\n```',
      '- Umerov in `Paris` ![Macron](x.png)',
    ].join('\n\n');
    expect(markdownToPlainText(markdown)).toBe(
      'Florida: Marco Rubio described the talks as “productive.”\n\nNext Steps\n\nUmerov in Paris',
    );
  });
});

describe('splitParagraphs', () => {
  it('splits on blank lines and keeps offsets', () => {
    const text = 'One.\n\nTwo\nstill two.\n\n\nThree.';
    expect(splitParagraphs(text)).toEqual([
      { start: 0, text: 'One.' },
      { start: 6, text: 'Two\nstill two.' },
      { start: 23, text: 'Three.' },
    ]);
  });
});

describe('findQuoteSpans', () => {
  it('finds typographic and straight quotes, with and without marks', () => {
    const text = 'He said “tense,” and "intense".';
    const spans = findQuoteSpans(text);
    expect(spans.map((span) => text.slice(span.innerStart, span.innerEnd))).toEqual(['tense,', 'intense']);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['“tense,”', '"intense"']);
  });

  it('keeps nested quotes inside the outer quotation', () => {
    const text = '“He called it “tense” and "hard",” she said. "She said “no” twice."';
    expect(findQuoteSpans(text).map((span) => text.slice(span.innerStart, span.innerEnd))).toEqual([
      'He called it “tense” and "hard",',
      'She said “no” twice.',
    ]);
  });

  it('drops a quotation left open, and ignores single quotes and apostrophes', () => {
    expect(findQuoteSpans('Trump’s ‘deal’ and “never closed')).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends but not inside quotations', () => {
    const text = '“It was tense. We appreciate it,” the official said. Trump agreed.';
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual([
      '“It was tense. We appreciate it,” the official said.',
      'Trump agreed.',
    ]);
  });

  it('ends a sentence after a closing quote', () => {
    expect(splitSentences('He said the talks were “positive.” A senior official agreed.').map((sentence) => sentence.text)).toEqual([
      'He said the talks were “positive.”',
      'A senior official agreed.',
    ]);
  });

  it('does not split after abbreviations and initials', () => {
    const text = 'Donald J. Trump met Gen. Hnatov in the U.S. Capitol on Dec. 1. Then he left.';
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual([
      'Donald J. Trump met Gen. Hnatov in the U.S. Capitol on Dec. 1.',
      'Then he left.',
    ]);
  });

  it('never joins paragraphs and reports offsets into the text', () => {
    const text = 'First one\n\n  Second one.';
    const sentences = splitSentences(text);
    expect(sentences.map((sentence) => sentence.text)).toEqual(['First one', 'Second one.']);
    expect(sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual(['First one', 'Second one.']);
  });
});

describe('tokens', () => {
  it('folds case, punctuation, apostrophes and contractions', () => {
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

  it('stems, so inflections compare equal', () => {
    expect(stemmedTokens('discussed discussions')).toEqual(stemmedTokens('discuss discussion'));
  });

  it('drops function words from content tokens', () => {
    expect(contentTokens('The talks were held in Miami')).toEqual(['talk', 'held', 'miami']);
  });

  it('measures multiset overlap with the Dice coefficient', () => {
    expect(diceSimilarity(['a', 'b'], ['a', 'b'])).toBe(1);
    expect(diceSimilarity(['a', 'a', 'b'], ['a', 'c'])).toBeCloseTo(0.4);
    expect(diceSimilarity([], [])).toBe(0);
  });
});
