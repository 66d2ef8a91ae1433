import { describe, expect, it } from 'vitest';
import { articleText } from '../../../tests/support/text.ts';
import { firstSentence } from './first-sentence.ts';

const first = (markdown: string) => firstSentence(articleText(markdown));

describe('firstSentence', () => {
  it('takes the first sentence of the first paragraph, as plain text', () => {
    expect(first('## Heading\n\nTalks *ended* on [Sunday](https://x.example). Then more.\n\nSecond.')).toBe('Talks ended on Sunday.');
  });
  it('does not stop after U.S. or Gen.', () => {
    expect(first('The U.S. side and Gen. Hnatov met. Later they left.')).toBe('The U.S. side and Gen. Hnatov met.');
  });
  it('keeps a closing quote with its sentence', () => {
    expect(first('They called it “tense.” It was long.')).toBe('They called it “tense.”');
  });
  it('returns an empty string for a body without paragraphs', () => {
    expect(first('## Only a heading')).toBe('');
    expect(first('')).toBe('');
  });
});
