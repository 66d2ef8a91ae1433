import { describe, expect, it } from 'vitest';
import { firstParagraph, firstSentence } from './first-sentence';

describe('firstSentence', () => {
  it('takes the first sentence of the first paragraph, as plain text', () => {
    expect(firstSentence('## Heading\n\nTalks *ended* on [Sunday](https://x.example). Then more.\n\nSecond.')).toBe(
      'Talks ended on Sunday.',
    );
  });
  it('does not stop after U.S. or Gen.', () => {
    expect(firstSentence('The U.S. side and Gen. Hnatov met. Later they left.')).toBe('The U.S. side and Gen. Hnatov met.');
  });
  it('keeps a closing quote with its sentence', () => {
    expect(firstSentence('They called it “tense.” It was long.')).toBe('They called it “tense.”');
  });
  it('returns an empty string for a body without paragraphs', () => {
    expect(firstSentence('## Only a heading')).toBe('');
    expect(firstParagraph('')).toBe('');
  });
});
