import { describe, expect, it } from 'vitest';
import { findQuoteSpans, insideQuote } from './quote-spans.ts';

describe('findQuoteSpans', () => {
  it('finds typographic and straight quotes, with and without marks', () => {
    const text = 'He said “tense,” and "intense".';
    const spans = findQuoteSpans(text);
    expect(spans.map((span) => text.slice(span.innerStart, span.innerEnd))).toEqual(['tense,', 'intense']);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['“tense,”', '"intense"']);
    expect(insideQuote(spans, text.indexOf('tense'))).toBe(true);
    expect(insideQuote(spans, text.indexOf('and'))).toBe(false);
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
