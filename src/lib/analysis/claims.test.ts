import { describe, expect, it } from 'vitest';
import { buildCorpus } from './document.ts';
import { analyzeCorpus, claimsOnlyIn, sentencesWithClaims, sharedClaims, uniqueClaims, type Story } from './index.ts';
import { article, strikeCargo, strikeDelta, strikeGazette, strikeWire, week } from '../../../tests/support/analysis-fixtures.ts';

const claimTexts = (story: Story) => story.claims.filter((c) => c.articleIds.length > 1).map((c) => c.sentences.map((s) => s.text));

/** Two short articles pinned into one story, with the sentences to compare first. */
function pair(first: string, second: string): Story {
  // Names are learned from the corpus: here "Rubio" and "Lavrov" also appear mid-sentence.
  const background =
    'Delegations led by Secretary Marco Rubio and Minister Sergei Lavrov arrived on Sunday. Reporters waited outside the hotel.';
  const a = article('pair-a', 'harbor-gazette', '2025-03-03', 'Talks', `${first} ${background}`, { story: 'pair' });
  const b = article('pair-b', 'lowlands-wire', '2025-03-03', 'Talks', `${second} The weather was cold.`, {
    story: 'pair',
  });
  return analyzeCorpus([a, b]).stories[0]!;
}
const aligned = (first: string, second: string): boolean =>
  pair(first, second).claims.some((claim) => claim.sentences.map((s) => s.text).join('|') === `${first}|${second}`);

describe('claim alignment', () => {
  it('aligns paraphrases across articles', () => {
    const story = analyzeCorpus([strikeGazette, strikeWire, strikeDelta, strikeCargo]).stories[0]!;
    const shared = claimTexts(story);
    expect(shared).toContainEqual([
      'Port director Boudewijn Siemons called the walkout “deeply regrettable” and said talks with the union would resume on Wednesday.',
      "Boudewijn Siemons, the port's director, said the strike was deeply regrettable.",
    ]);
    expect(shared).toContainEqual([
      'The union is demanding a 7.5% pay rise and guarantees that no jobs will be cut when the new automated cranes go into service next year.',
      'FNV wants a 7.5% raise and job guarantees once the automated cranes start operating.',
    ]);
    expect(shared).toContainEqual([
      'Shipping lines Maersk and MSC diverted several vessels to Antwerp.',
      'Maersk and MSC have sent several ships to Antwerp instead.',
    ]);
    expect(shared).toContainEqual([
      'Port officials said that clearing the backlog could take a week.',
      'Port officials expect the backlog to take a week to clear.',
    ]);
  });

  it('aligns short paraphrases and keeps near-misses apart', () => {
    expect(aligned('The Geneva meeting lasted six hours.', 'Delegates met in Geneva for six hours.')).toBe(true);
    expect(aligned('Rubio said the talks were productive and useful.', 'Rubio called the talks productive and useful.')).toBe(true);
    // Same words, different number.
    expect(aligned('The Geneva meeting lasted six hours.', 'The Geneva meeting lasted three hours.')).toBe(false);
    // Same words, different speaker.
    expect(aligned('Rubio said the talks were productive and useful.', 'Lavrov said the talks were productive and useful.')).toBe(false);
    // Two common words in common are not a claim.
    expect(
      aligned(
        'At the end of the talks, both sides expressed optimism.',
        '“These talks are not just about ending the fighting,” Rubio said.',
      ),
    ).toBe(false);
  });

  it('counts independent reports per claim', () => {
    const story = analyzeCorpus([strikeGazette, strikeWire, strikeDelta, strikeCargo]).stories[0]!;
    const union = story.claims.find((claim) => claim.text.startsWith('The FNV union said about 4,000'))!;
    expect(union.articleIds).toEqual(['strike-gazette', 'strike-wire', 'strike-cargo']);
    expect(union.reports).toBe(3);
    const queue = story.claims.find((claim) => claim.text.startsWith('More than 30 container ships'))!;
    expect(queue.articleIds).toEqual(['strike-delta', 'strike-cargo']);
    expect(queue.reports).toBe(1); // both retell Reuters
  });

  it('puts every sentence in exactly one claim, at most one per article, headings excluded', () => {
    const analysis = analyzeCorpus(week);
    const corpus = buildCorpus(week);
    for (const story of analysis.stories) {
      const seen = new Set<string>();
      for (const claim of story.claims) {
        expect(new Set(claim.articleIds).size).toBe(claim.articleIds.length);
        expect(claim.text).toBe(claim.sentences[0]!.text);
        expect(claim.id).toBe(`${claim.sentences[0]!.articleId}#${claim.sentences[0]!.paragraph}.${claim.sentences[0]!.sentence}`);
        const order = claim.articleIds.map((id) => story.articleIds.indexOf(id));
        expect([...order].sort((x, y) => x - y)).toEqual(order);
        for (const ref of claim.sentences) seen.add(`${ref.articleId}#${ref.paragraph}.${ref.sentence}`);
      }
      const expected = corpus.docs
        .filter((doc) => story.articleIds.includes(doc.article.id))
        .flatMap((doc) => doc.sentences.map((s) => `${doc.article.id}#${s.paragraph}.${s.index}`));
      expect([...seen].sort()).toEqual(expected.sort());
      expect(story.claims.reduce((n, claim) => n + claim.sentences.length, 0)).toBe(expected.length);
    }
    const gazette = corpus.docs.find((doc) => doc.article.id === 'strike-gazette')!;
    expect(gazette.headings).toEqual([{ text: 'What the union wants', depth: 2, beforeParagraph: 2 }]);
    expect(gazette.sentences.some((s) => s.text === 'What the union wants')).toBe(false);
  });
});

describe('claim queries', () => {
  const story = analyzeCorpus([strikeGazette, strikeWire, strikeDelta, strikeCargo]).stories[0]!;

  it('lists claims unique to an article or an outlet, and shared ones', () => {
    expect(uniqueClaims(story, 'strike-wire').map((c) => c.text)).toContain(
      'Retailers warned that shelves could empty within weeks if the dispute drags on.',
    );
    expect(claimsOnlyIn(story, 'lowlands-wire')).toEqual(uniqueClaims(story, 'strike-wire'));
    expect(sharedClaims(story, 'strike-wire').every((c) => c.articleIds.includes('strike-wire') && c.articleIds.length > 1)).toBe(true);
  });

  it('walks an article’s sentences in reading order with the other articles carrying each', () => {
    const sentences = sentencesWithClaims(story, 'strike-wire');
    expect(sentences.map((s) => [s.paragraph, s.sentence])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
      [2, 0],
      [2, 1],
      [3, 0],
    ]);
    expect(sentences[0]!.otherArticleIds).toEqual(['strike-gazette', 'strike-cargo']);
    expect(sentences[6]!.otherArticleIds).toEqual([]);
  });
});
