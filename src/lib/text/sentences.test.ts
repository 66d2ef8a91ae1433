import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences as split } from './sentences.ts';

const splitSentences = (text: string): string[] => split(text).map((sentence) => sentence.text);

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

describe('splitSentences with keepQuotations', () => {
  const attributed = (text: string): string[] => split(text, { keepQuotations: true }).map((sentence) => sentence.text);

  it('never splits inside a quotation, so it stays with its attribution', () => {
    expect(attributed('“It was tense. We appreciate it,” the official said. Trump agreed.')).toEqual([
      '“It was tense. We appreciate it,” the official said.',
      'Trump agreed.',
    ]);
  });

  it('still ends a sentence after a closing quote', () => {
    expect(attributed('He said the talks were “positive.” A senior official agreed.')).toEqual([
      'He said the talks were “positive.”',
      'A senior official agreed.',
    ]);
  });
});

describe('sentence offsets', () => {
  it('point into the paragraph as given, leading and trailing space included', () => {
    const paragraph = '  Talks ended. “Is it over?” Rubio asked. - ';
    for (const keepQuotations of [false, true]) {
      const sentences = split(paragraph, { keepQuotations });
      expect(sentences.map((sentence) => paragraph.slice(sentence.start, sentence.end))).toEqual(
        sentences.map((sentence) => sentence.text),
      );
      expect(sentences.map((sentence) => sentence.text)).toEqual(['Talks ended.', '“Is it over?” Rubio asked. -']);
    }
  });
});

/**
 * Golden fixtures (wooorm style): `__fixtures__/sentences/<name>.txt` holds paragraphs, one per
 * line; `<name>.json` the expected sentences of each, split both ways. After a deliberate change
 * of the rules, regenerate with `UPDATE_GOLDEN=1 npx vitest run src/lib/text/sentences.test.ts`
 * and review the diff.
 */
describe('golden fixtures', () => {
  const directory = new URL('./__fixtures__/sentences/', import.meta.url);
  const inputs = readdirSync(directory).filter((file) => file.endsWith('.txt'));

  it('exist', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(6);
  });

  it.each(inputs)('%s', (file) => {
    const paragraphs = readFileSync(new URL(file, directory), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    const actual = paragraphs.map((paragraph) => ({
      sentences: split(paragraph).map((sentence) => sentence.text),
      attributed: split(paragraph, { keepQuotations: true }).map((sentence) => sentence.text),
    }));
    const golden = new URL(file.replace(/\.txt$/, '.json'), directory);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });
});
