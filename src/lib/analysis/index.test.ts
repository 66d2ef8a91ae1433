import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from './index.ts';
import { seededRandom, syntheticCorpus } from '../../../tests/support/synthetic.ts';
import { week } from './test-fixtures.ts';

describe('analyzeCorpus', () => {
  it('is deterministic: any input order gives identical output', () => {
    const random = seededRandom(3);
    const { articles } = syntheticCorpus(300, 5);
    const input = [...week, ...articles];
    const reference = JSON.stringify(analyzeCorpus(input));
    for (let round = 0; round < 3; round++) {
      const shuffled = [...input];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      expect(JSON.stringify(analyzeCorpus(shuffled))).toBe(reference);
    }
  });

  it('maps every article to its story', () => {
    const analysis = analyzeCorpus(week);
    expect(Object.keys(analysis.storyOfArticle).sort()).toEqual(week.map((a) => a.id).sort());
    for (const story of analysis.stories) {
      for (const id of story.articleIds) expect(analysis.storyOfArticle[id]).toBe(story.id);
    }
  });

  it('handles an empty corpus and rejects duplicate ids or bad dates', () => {
    expect(analyzeCorpus([])).toEqual({ stories: [], storyOfArticle: {} });
    expect(() => analyzeCorpus([week[0]!, week[0]!])).toThrow(/Duplicate article id/);
    expect(() => analyzeCorpus([{ ...week[0]!, published: 'soon' }])).toThrow(/Invalid publication date/);
  });
});
