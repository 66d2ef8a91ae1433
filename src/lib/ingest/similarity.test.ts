import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NEAR_DUPLICATE_SIMILARITY, textSimilarity } from './similarity.ts';

const body = (file: string) => readFileSync(`content/articles/${file}`, 'utf8').split(/^---$/m).slice(2).join('---').trim();
const axy = body('axy-media-miami-post-war-borders.md');
const unn = body('unn-post-war-borders-dominated-talks.md');
const imaya = body('imaya-news-rubio-talks-productive.md');
const paragraphs = axy.split('\n\n');
const round = (value: number) => Math.round(value * 100) / 100;

describe('textSimilarity (the scores the threshold was tuned on)', () => {
  it('scores lightly edited versions of one article above the threshold', () => {
    const corrected = axy.replace('five-hour', 'five hour').replace('Skibitskyi', 'Skibitsky');
    const added = `${axy}\n\nThe White House did not respond to a request for comment on the talks by the time of publication, and the State Department referred questions to the special envoy’s office.`;
    expect(round(textSimilarity(axy, corrected))).toBe(0.98);
    expect(round(textSimilarity(axy, added))).toBe(0.93);
    expect(round(textSimilarity(axy, paragraphs.slice(0, -1).join('\n\n')))).toBe(0.93);
    expect(textSimilarity(axy, axy)).toBe(1);
  });
  it('scores other articles, even retellings of one report, far below it', () => {
    expect(round(textSimilarity(axy, paragraphs.slice(0, 7).join('\n\n')))).toBe(0.74);
    expect(round(textSimilarity(axy, unn))).toBe(0.14);
    expect(textSimilarity(axy, imaya)).toBeLessThan(0.01);
    expect(textSimilarity(unn, imaya)).toBeLessThan(0.01);
    expect(NEAR_DUPLICATE_SIMILARITY).toBe(0.8);
  });
  it('handles short and empty texts', () => {
    expect(textSimilarity('Breaking news', 'Breaking news')).toBe(1);
    expect(textSimilarity('', '')).toBe(0);
  });
});
