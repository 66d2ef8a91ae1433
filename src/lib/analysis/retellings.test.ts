import { describe, expect, it } from 'vitest';
import { findAttributions } from './attribution.ts';
import { buildCorpus } from './document.ts';
import { analyzeCorpus, type Story } from './index.ts';
import { OutletDirectory } from './outlets.ts';
import {
  article,
  fireCopy,
  fireOriginal,
  strikeCargo,
  strikeDelta,
  strikeGazette,
  strikeWire,
  withBody,
  type FixtureArticle,
} from '../../../tests/support/analysis-fixtures.ts';
import type { ArticleInput } from '../article-input.ts';

const onlyStory = (articles: ArticleInput[]): Story => {
  const { stories } = analyzeCorpus(articles);
  expect(stories).toHaveLength(1);
  return stories[0]!;
};

const attributionsOf = (input: ArticleInput) => {
  const doc = buildCorpus([input]).docs[0]!;
  return findAttributions(doc.sentences, input, new OutletDirectory([[input.outlet, input.outletName]]));
};

describe('attributions', () => {
  it('finds “X reports, citing …”, “according to X” and back-references to the last outlet', () => {
    expect(attributionsOf(strikeDelta).map(({ outlet, strong, snippet }) => [outlet, strong, snippet])).toEqual([
      ['Reuters', true, 'Reuters reports, citing port officials'],
      ['Reuters', true, 'the agency writes'],
    ]);
    expect(attributionsOf(strikeCargo).map(({ outlet, snippet }) => [outlet, snippet])).toEqual([['Reuters', 'According to Reuters']]);
  });

  it('ignores an outlet naming itself (“writes UNN” in a UNN article)', () => {
    const own = article(
      'unn-own',
      'unn',
      '2025-03-04',
      'Talks resume',
      'Talks resumed in Geneva on Monday, writes UNN. The publication writes that no date was set.',
      { outletName: 'UNN' },
    );
    expect(attributionsOf(own)).toEqual([]);
  });

  it('recognizes unknown outlets by their name or by the noun before them', () => {
    const text = article(
      'unknown',
      'delta-post',
      '2025-03-04',
      'x',
      'The port will reopen, the Baltic Shipping Times reported. Officials confirmed it, according to the newspaper Havenblad.',
    );
    expect(attributionsOf(text).map(({ outlet }) => outlet)).toEqual(['Baltic Shipping Times', 'Havenblad']);
  });
});

describe('independent reports', () => {
  it('groups articles that attribute their account to the same outlet', () => {
    const story = onlyStory([strikeGazette, strikeWire, strikeDelta, strikeCargo]);
    expect(story.reports).toEqual([
      {
        origin: 'Harbor Gazette',
        articleIds: ['strike-gazette'],
        reason: 'It credits no other outlet for its account and shares no large part of its text with the other articles.',
        basis: [],
      },
      {
        origin: 'Reuters',
        articleIds: ['strike-delta', 'strike-cargo'],
        reason:
          'Both attribute their account to Reuters (Delta Post: “Reuters reports, citing port officials”; Cargo Today: “According to Reuters”).',
        basis: ['attribution'],
      },
      {
        origin: 'Lowlands Wire',
        articleIds: ['strike-wire'],
        reason: 'It credits no other outlet for its account and shares no large part of its text with the other articles.',
        basis: [],
      },
    ]);
    expect(story.articles.map((a) => a.report)).toEqual([0, 1, 2, 1]);
  });

  it('groups a copy without attribution with its original by text overlap', () => {
    const story = onlyStory([fireCopy, fireOriginal]);
    expect(story.reports).toEqual([
      {
        origin: 'Riviera Info',
        articleIds: ['fire-original', 'fire-copy'],
        reason: 'Their texts overlap heavily (80% of sentences shared).',
        basis: ['overlap'],
      },
    ]);
  });

  it('uses the metadata’s retells when the text names no source', () => {
    const plain = (input: FixtureArticle): ArticleInput => ({
      ...withBody(input, input.body.replace(', Reuters reports, citing port officials', '').replace('According to Reuters, over', 'Over')),
      retells: { outlet: 'Reuters' },
    });
    const story = onlyStory([strikeGazette, plain(strikeDelta), plain(strikeCargo)]);
    expect(story.reports[1]).toEqual({
      origin: 'Reuters',
      articleIds: ['strike-delta', 'strike-cargo'],
      // "the agency writes" no longer follows a named outlet, so the text credits no one.
      reason: 'Both retell Reuters, as their metadata records.',
      basis: ['metadata'],
    });
  });

  it('joins a retelling to the original when the credited outlet’s article is in the story', () => {
    const retelling = article(
      'strike-retold',
      'cargo-today',
      '2025-03-04',
      'Rotterdam strike: union wants 7.5% raise',
      'Dockworkers in Rotterdam stopped work over pay and automated cranes at the Maasvlakte terminals, Harbor Gazette reports. The FNV union wants a 7.5% pay rise and job guarantees, and about 4,000 members joined the 48-hour strike.',
    );
    const story = onlyStory([strikeGazette, retelling]);
    expect(story.reports).toEqual([
      {
        origin: 'Harbor Gazette',
        articleIds: ['strike-gazette', 'strike-retold'],
        reason: 'Cargo Today attributes its account to Harbor Gazette (“Harbor Gazette reports”), whose own article is also here.',
        basis: ['attribution'],
      },
    ]);
  });

  it('does not treat one quote given to another outlet late in the text as a retelling', () => {
    const quoting = withBody(strikeWire, `${strikeWire.body}\n\nA union spokesman told CNN that more strikes were possible.`);
    const story = onlyStory([strikeGazette, quoting]);
    expect(story.reports.map((report) => report.origin)).toEqual(['Harbor Gazette', 'Lowlands Wire']);
  });
});
