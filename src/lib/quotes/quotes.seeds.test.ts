import { describe, expect, it } from 'vitest';
import { createEntityRegistry } from '../entities/registry.ts';
import { readEntityFiles, readSeedArticles } from '../../../tests/support/seeds.ts';
import { extractQuotes } from './extract-quotes.ts';
import { groupQuotes } from './group-quotes.ts';
import type { QuoteGroup, Speaker } from './types.ts';

const AXY = 'axy-media-miami-post-war-borders';
const IMAYA = 'imaya-news-rubio-talks-productive';
const UNN = 'unn-post-war-borders-dominated-talks';

const registry = createEntityRegistry(readEntityFiles());
const quotes = readSeedArticles().flatMap((article) => extractQuotes(article, registry));
const groups = groupQuotes(quotes);

const speakerName = (speaker: Speaker) => (speaker.kind === 'entity' ? speaker.entityId : speaker.description);
function groupStarting(words: string): QuoteGroup {
  const group = groups.find((candidate) => candidate.variants.some((variant) => variant.text.startsWith(words)));
  if (group === undefined) throw new Error(`no group starts "${words}"`);
  return group;
}

describe('quotes in the seed articles', () => {
  it('finds every attributed statement with its speaker', () => {
    const found = quotes.map((quote) => [quote.articleId, speakerName(quote.speaker), quote.text.slice(0, 30)]);
    expect(found).toEqual([
      [AXY, 'one Ukrainian official', 'It was tense but not negative.'],
      [AXY, 'donald-trump', 'there is a strong chance we ca'],
      [AXY, 'rustem-umerov', 'We made significant progress t'],
      [AXY, 'the Ukrainian official', 'The main question is what the '],
      [IMAYA, 'marco-rubio', 'more work to be done'],
      [IMAYA, 'marco-rubio', 'These talks are not just about'],
      [IMAYA, 'marco-rubio', 'sovereign, independent, and pr'],
      [IMAYA, 'rustem-umerov', 'We are discussing the future o'],
      [IMAYA, 'marco-rubio', 'very productive and useful.'],
      [UNN, 'one Ukrainian official', 'They were intense but not nega'],
      [UNN, 'donald-trump', "there's a good chance we can m"],
      [UNN, 'rustem-umerov', 'We have made significant progr'],
      [UNN, 'the Ukrainian official', 'The main question is what the '],
    ]);
  });

  it('skips scare quotes ("difficult", "tense", "positive", "not easy") and quoted Axios prose', () => {
    const texts = quotes.map((quote) => quote.text);
    for (const fragment of ['difficult', 'tense', 'positive.', 'productive', 'not easy', 'productive and successful']) {
      expect(texts).not.toContain(fragment);
    }
    expect(texts.some((text) => /American side arrived|Witkoff plans to travel|focused on where/u.test(text))).toBe(false);
  });

  it('joins Rubio’s quotation split by "Rubio said" into one quote', () => {
    const rubio = quotes.find((quote) => quote.text.startsWith('These talks'));
    expect(rubio?.parts).toHaveLength(2);
    expect(rubio?.text).toBe(
      'These talks are not just about ending the fighting … They are also about the terms that set up Ukraine for long-term prosperity. We built on that today, but there’s more work to be done.',
    );
  });

  it('groups the anonymous official’s translated statement: 2 variants', () => {
    const group = groupStarting('It was tense');
    expect(group.speaker).toEqual({ kind: 'anonymous', description: 'one Ukrainian official' });
    expect(group.variants.map((variant) => variant.articleIds)).toEqual([[AXY], [UNN]]);
    expect(group.variants[1]?.text).toMatch(/^They were intense but not negative/u);
  });

  it('groups Umerov’s Telegram statement: 2 variants', () => {
    const group = groupStarting('We made significant progress');
    expect(group.speaker).toEqual({ kind: 'entity', entityId: 'rustem-umerov' });
    expect(group.variants.map((variant) => variant.text.slice(0, 28))).toEqual([
      'We made significant progress',
      'We have made significant pro',
    ]);
  });

  it('groups Trump’s remark: 2 variants', () => {
    const group = groupStarting('there is a strong chance');
    expect(group.speaker).toEqual({ kind: 'entity', entityId: 'donald-trump' });
    expect(group.variants.map((variant) => variant.text)).toEqual([
      'there is a strong chance we can reach a deal.',
      "there's a good chance we can make a deal.",
    ]);
  });

  it('groups "The main question…" by the Ukrainian official', () => {
    expect(groupStarting('The main question').articleIds).toEqual([AXY, UNN]);
  });

  it('finds Rubio quoted only in Imaya News, and keeps his statements apart', () => {
    const rubio = groups.filter((group) => group.speaker.kind === 'entity' && group.speaker.entityId === 'marco-rubio');
    // "more work to be done" in the lede is an excerpt of his full quotation further down: shown once.
    expect(rubio.map((group) => group.variants[0]?.text.slice(0, 20))).toEqual([
      'These talks are not ',
      'sovereign, independe',
      'very productive and ',
    ]);
    expect(new Set(rubio.flatMap((group) => group.articleIds))).toEqual(new Set([IMAYA]));
  });

  it('has 8 statements in all, with stable ids', () => {
    expect(groups).toHaveLength(8);
    expect(new Set(groups.map((group) => group.id)).size).toBe(8);
    expect(groupStarting('there is a strong chance').id).toBe('donald-trump-there-is-a-strong-chance-we');
  });
});
