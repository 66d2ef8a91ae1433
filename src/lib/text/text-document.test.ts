import { describe, expect, it } from 'vitest';
import { articleText } from '../../../tests/support/text.ts';
import { textDocument } from './text-document.ts';

const text = articleText(
  [
    '“It was tense. We appreciate it,” the official said. Talks resume today.',
    '## Next Steps',
    'Umerov flies to Paris. “Is it over?” Rubio asked.',
  ].join('\n\n'),
);

describe('textDocument', () => {
  const document = textDocument(text);

  it('places headings and paragraphs in reading order in one plain text', () => {
    expect(document.blocks.map((block) => [block.kind, block.paragraph, block.text.slice(0, 12)])).toEqual([
      ['paragraph', 0, '“It was tens'],
      ['heading', undefined, 'Next Steps'],
      ['paragraph', 1, 'Umerov flies'],
    ]);
    for (const block of document.blocks) expect(document.plainText.slice(block.start, block.start + block.text.length)).toBe(block.text);
  });

  it('splits paragraph sentences inside quotations too, for claims', () => {
    expect(document.sentences.map((sentence) => [sentence.paragraph, sentence.index, sentence.text])).toEqual([
      [0, 0, '“It was tense.'],
      [0, 1, 'We appreciate it,” the official said.'],
      [0, 2, 'Talks resume today.'],
      [1, 0, 'Umerov flies to Paris.'],
      [1, 1, '“Is it over?” Rubio asked.'],
    ]);
  });

  it('keeps a quotation whole with its attribution, headings included, for quotes and events', () => {
    expect(document.attributedSentences.map((sentence) => sentence.text)).toEqual([
      '“It was tense. We appreciate it,” the official said.',
      'Talks resume today.',
      'Next Steps',
      'Umerov flies to Paris.',
      '“Is it over?” Rubio asked.',
    ]);
  });

  it('gives every sentence and quotation offsets into the plain text', () => {
    for (const sentence of [...document.sentences, ...document.attributedSentences]) {
      expect(document.plainText.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    expect(document.quotations.map((quote) => document.plainText.slice(quote.innerStart, quote.innerEnd))).toEqual([
      'It was tense. We appreciate it,',
      'Is it over?',
    ]);
  });

  it('is built once per text model', () => {
    expect(textDocument(text)).toBe(document);
    expect(textDocument({ ...text })).not.toBe(document);
  });
});
