import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    ['Talks ended. Both sides left.', ['Talks ended.', 'Both sides left.']],
    ['Is it over? Nobody knows! We will see.', ['Is it over?', 'Nobody knows!', 'We will see.']],
    // Abbreviations that do not end a sentence.
    ['The U.S. delegation arrived. It left on Monday.', ['The U.S. delegation arrived.', 'It left on Monday.']],
    ['He met U.S. President Donald Trump.', ['He met U.S. President Donald Trump.']],
    ['Talks with the U.S. The EU was absent.', ['Talks with the U.S.', 'The EU was absent.']],
    ['Gen. Andriy Hnatov and Mr. Umerov attended.', ['Gen. Andriy Hnatov and Mr. Umerov attended.']],
    ['Vice President J. D. Vance spoke. He was brief.', ['Vice President J. D. Vance spoke.', 'He was brief.']],
    ['Prices rose 2.5 percent. Rates held at 3.75%.', ['Prices rose 2.5 percent.', 'Rates held at 3.75%.']],
    ['It is plan No. 5 of Jan. 12 talks.', ['It is plan No. 5 of Jan. 12 talks.']],
    ['Shares of Acme Inc. rose. The market fell.', ['Shares of Acme Inc. rose.', 'The market fell.']],
    ['Shares of Acme Inc. Group rose.', ['Shares of Acme Inc. Group rose.']],
    ['Sources, e.g. Axios, agreed. Others did not.', ['Sources, e.g. Axios, agreed.', 'Others did not.']],
    ['It began at 5 p.m. Monday and ended late.', ['It began at 5 p.m. Monday and ended late.']],
    ['Trade fell... Then it rose.', ['Trade fell...', 'Then it rose.']],
    ['He paused… and went on.', ['He paused… and went on.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('keeps a closing quote with the sentence it closes', () => {
    expect(splitSentences('He said, “It was tense.” Then he left.')).toEqual(['He said, “It was tense.”', 'Then he left.']);
    expect(splitSentences('"We made progress." Umerov left.')).toEqual(['"We made progress."', 'Umerov left.']);
  });

  it('splits a multi-sentence quotation at its sentences and keeps the attribution with the last one', () => {
    expect(splitSentences('“It was tense. We appreciate it,” he said. Talks resume today.')).toEqual([
      '“It was tense.',
      'We appreciate it,” he said.',
      'Talks resume today.',
    ]);
  });

  it('does not split a question or exclamation in a quotation from its attribution', () => {
    expect(splitSentences('“Is it over?” Rubio asked. Nobody answered.')).toEqual(['“Is it over?” Rubio asked.', 'Nobody answered.']);
    expect(splitSentences('“Never!” he shouted.')).toEqual(['“Never!” he shouted.']);
    expect(splitSentences('“Will they come?” The question remained open.')).toEqual(['“Will they come?”', 'The question remained open.']);
  });

  it('returns nothing for empty text and one sentence without a final period', () => {
    expect(splitSentences('  ')).toEqual([]);
    expect(splitSentences('Breaking news without a period')).toEqual(['Breaking news without a period']);
  });
});
