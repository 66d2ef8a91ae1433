/**
 * Story grouping on headlines and short texts written for these tests: what a reader sees
 * is which articles end up in one story.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../article-input.ts';
import { articleText } from '../../../../tests/support/text.ts';
import { analyzeCorpus } from '../index.ts';

/** A feed item: the body is the headline. `day` counts from 3 March 2025, 08:00 UTC. */
function item(id: string, day: number, headline: string, body = headline): ArticleInput {
  const published = new Date(Date.UTC(2025, 2, 3, 8) + day * 86_400_000).toISOString();
  return {
    id,
    headline,
    outlet: `outlet-${id}`,
    outletName: `Outlet ${id}`,
    published,
    publishedInferred: false,
    text: articleText(body),
    url: `https://example.org/${id}`,
  };
}

/** The stories as sorted lists of article ids, sorted. */
function groups(articles: readonly ArticleInput[]): string[][] {
  return analyzeCorpus(articles)
    .stories.map((story) => [...story.articleIds].sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

describe('story grouping', () => {
  it('keeps two stories about the same company on the same days apart', () => {
    const earnings = [
      item('earnings-1', 0, 'Apple quarterly profit beats forecasts on iPhone sales'),
      item('earnings-2', 0, 'iPhone sales lift Apple to record quarterly profit'),
      item('earnings-3', 0.5, 'Apple posts record profit as iPhone demand surges'),
      item('earnings-4', 1, 'Apple Earnings: iPhone Sales Drive Record Quarter'),
    ];
    const verdict = [
      item('verdict-1', 0, 'Jury orders Apple to pay $500 million in patent case'),
      item('verdict-2', 0.2, 'Apple loses $500 million patent verdict in Texas'),
      item('verdict-3', 0.5, 'Texas jury finds Apple infringed patents, awards $500 million'),
      item('verdict-4', 1, 'Apple to appeal $500 million patent verdict'),
    ];
    expect(groups([...verdict, ...earnings])).toEqual([earnings.map((a) => a.id), verdict.map((a) => a.id)]);
  });

  it('follows a story over several days, but not to a new event weeks later', () => {
    const trial = [
      item('trial-0', 0, 'Trial of former mayor Jan Kowalski opens in Gdansk'),
      item('trial-1', 1, 'Kowalski trial: prosecutors describe bribery scheme in Gdansk'),
      item('trial-2', 2, 'Witness tells Gdansk court Kowalski took bribes'),
      item('trial-3', 3, 'Kowalski denies bribery charges as trial continues'),
      item('trial-4', 4, 'Defence rests in Kowalski bribery trial'),
      item('trial-5', 5, 'Gdansk court finds former mayor Kowalski guilty of bribery'),
    ];
    const later = item('party', 40, 'Former Gdansk mayor Kowalski launches new party');
    expect(groups([later, ...trial])).toEqual([['party'], trial.map((a) => a.id)]);
  });

  it('puts a headline-only feed item with the full articles of its event', () => {
    const full = item(
      'bridge-report',
      0,
      'Porto bridge collapse injures three',
      `Part of the Ponte Velha footbridge in Porto collapsed on Monday morning, injuring three people, the city's civil protection service said.

The 19th-century iron bridge over the Douro had been closed to cars since 2019. Engineers had warned last year that two of its supports were corroded.

Mayor Rui Moreira said an inquiry would look into why the bridge was still open to pedestrians.`,
    );
    const brief = item('bridge-brief', 0.1, 'Three injured as old footbridge collapses in Porto');
    const other = item('coach', 0.1, 'Porto football club signs new coach');
    expect(groups([full, brief, other])).toEqual([['bridge-brief', 'bridge-report'], ['coach']]);
  });
});
