import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LabelledCsvError, parseLabelledCsv } from './labelled-csv.ts';
import { evaluateStories, formatEvaluation } from './story-evaluation.ts';

// Three clear stories (a Mars lake, a Rotterdam strike, a banana merger) and one article about
// a concert tour that the labels wrongly put in the Mars story.
const FIXTURE = 'tests/fixtures/eval/labelled-headlines.csv';
const csv = readFileSync(join(import.meta.dirname, '../../..', FIXTURE), 'utf8');

describe('labelled CSV', () => {
  it('turns rows into articles with outlet, time and text', () => {
    const rows = parseLabelledCsv(csv, FIXTURE);
    expect(rows).toHaveLength(10);
    expect(rows[1]).toMatchObject({
      story: 'mars-lake',
      article: {
        id: 'row-2',
        headline: 'Mars rover spots ancient lake bed, NASA says',
        outlet: 'orbit-news-blog',
        outletName: 'Orbit News (blog)',
        published: '2014-03-10T18:02:00.000Z',
        text: { paragraphs: ['Mars rover spots ancient lake bed, NASA says'] },
      },
    });
    expect(rows[2]!.article.text.paragraphs).toEqual([
      expect.stringMatching(/^NASA said on Tuesday/),
      expect.stringMatching(/^Scientists said/),
    ]);
  });

  it('names the file, line and column of bad input', () => {
    const badTime = csv.replace('1394557320000', 'yesterday');
    expect(() => parseLabelledCsv(badTime, 'x.csv')).toThrow(
      new LabelledCsvError('x.csv: line 8: TIMESTAMP: "yesterday" is not a time in milliseconds since the epoch'),
    );
    expect(() => parseLabelledCsv(csv.replace('STORY', 'LABEL'), 'x.csv')).toThrow('x.csv: missing column STORY');
    expect(() => parseLabelledCsv(csv.replace('Orchestra cancels Vienna concert tour', ''), 'x.csv')).toThrow(
      'x.csv: line 13: TITLE: empty',
    );
    expect(() => parseLabelledCsv('TITLE,STORY\n"unclosed,a\n', 'x.csv')).toThrow(/^x\.csv: .*Quote Not Closed/);
  });
});

describe('evaluateStories', () => {
  const report = evaluateStories(parseLabelledCsv(csv, FIXTURE));

  it('scores the grouping against the labels', () => {
    expect(report).toMatchObject({ articles: 10, trueStories: 3, predictedStories: 4, predictedSingletons: 1 });
    // Only the mislabelled concert article is off: it is alone, so precision is perfect and
    // the Mars story's recall loses it (B-cubed recall: (3 × 3/4 + 1/4 + 6) / 10 = 0.85).
    expect(report.bCubed.precision).toBe(1);
    expect(report.bCubed.recall).toBeCloseTo(0.85, 12);
    // Pairwise: all 9 predicted pairs are right; 9 of the 12 true pairs are found.
    expect(report.pairwise.precision).toBe(1);
    expect(report.pairwise.recall).toBe(0.75);
  });

  it('shows the split with example headlines, and no merge', () => {
    expect(report.worstMerges).toEqual([]);
    expect(report.worstSplits).toEqual([
      {
        story: 'mars-lake',
        articles: 4,
        predictedStories: 2,
        missedPairs: 3,
        pieces: [
          { story: 'row-1', articles: 3, example: 'Rover finds traces of ancient lake on Mars' },
          { story: 'row-10', articles: 1, example: 'Orchestra cancels Vienna concert tour' },
        ],
      },
    ]);
    const text = formatEvaluation(report, FIXTURE);
    expect(text).toContain('B-cubed   precision 1.000  recall 0.850');
    expect(text).toContain('row-10: “Orchestra cancels Vienna concert tour”');
  });
});
