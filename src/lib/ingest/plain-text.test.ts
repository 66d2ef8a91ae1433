import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlainTextCapture } from './plain-text.ts';

const capture = (file: string) => readFileSync(`tests/fixtures/captures/${file}`, 'utf8');
const body = (file: string) => readFileSync(`content/articles/${file}`, 'utf8').split(/^---$/m).slice(2).join('---').trim();

describe('readPlainTextCapture on the seed captures (golden files: the published bodies)', () => {
  it('AXY Media: drops the repeated headline and the photo credit line, cuts the chrome from “banner” on', () => {
    const reading = readPlainTextCapture(
      capture('000_bb73fba5fbd089b4.txt'),
      'At tense Miami meeting, US and Ukraine discussed post-war borders — Axios',
    );
    expect(reading.markdown).toBe(body('axy-media-miami-post-war-borders.md'));
    expect(reading.photoCredit).toBe('facebook.com/rustemumerov');
    expect(reading.notes.join('\n')).toMatch(/cut 17 blocks of page chrome from “banner” to the end/);
  });
  it('AXY Media without --headline: the headline is the line the page repeats', () => {
    const reading = readPlainTextCapture(capture('000_bb73fba5fbd089b4.txt'));
    expect(reading.repeatedTitle).toBe('At tense Miami meeting, US and Ukraine discussed post-war borders — Axios');
    expect(reading.markdown).toBe(body('axy-media-miami-post-war-borders.md'));
  });
  it('UNN: the date stamp is a stated date, not text', () => {
    const reading = readPlainTextCapture(capture('001_cac850ea4b2be244.txt'));
    expect(reading.markdown).toBe(body('unn-post-war-borders-dominated-talks.md'));
    expect(reading.statedDate).toBe('2025-12-01');
  });
  it('Imaya News: one paragraph per line, short lines before paragraphs are subheadings', () => {
    const reading = readPlainTextCapture(
      capture('003_3fb0c84f68194678.txt'),
      'Rubio calls the Florida talks with Ukraine productive, with “more work to be done”',
    );
    expect(reading.markdown).toBe(body('imaya-news-rubio-talks-productive.md'));
    expect(reading.notes).toContain('read “Ukrainian Perspective” as a subheading');
  });
});

describe('readPlainTextCapture rules', () => {
  it('joins hard-wrapped lines of a paragraph and escapes Markdown characters in the text', () => {
    expect(readPlainTextCapture('A first line\nwrapped here.\n\n*Not emphasis* and 1. not a list.').markdown).toBe(
      'A first line wrapped here.\n\n\\*Not emphasis\\* and 1. not a list.',
    );
  });
  it('says that chrome inside the text cannot be told apart', () => {
    expect(readPlainTextCapture('One paragraph of text.').notes.at(-1)).toMatch(/cannot show chrome inside the text/);
  });
});
