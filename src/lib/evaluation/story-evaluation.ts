/**
 * The core of `npm run eval:stories`: groups labelled articles with the same `analyzeCorpus`
 * the build runs, scores the stories against the labels, and lists the worst mistakes with
 * example headlines so that a developer sees why.
 */
import { analyzeCorpus, type AnalysisOptions } from '../analysis/index.ts';
import { compareStrings } from '../analysis/document.ts';
import { bCubed, distinctCount, pairwise, type PrecisionRecall } from './clustering-metrics.ts';
import type { LabelledArticle } from './labelled-csv.ts';

/** Some articles of one true story inside one predicted story (or the reverse). */
export interface StoryPiece {
  /** The true story label (for merges) or the predicted story id (for splits). */
  story: string;
  /** Articles in the piece. */
  articles: number;
  /** Headline of the piece's first article by id. */
  example: string;
}

/** A predicted story that mixes true stories. */
export interface Merge {
  /** Predicted story id. */
  story: string;
  /** Articles in it. */
  articles: number;
  /** How many true stories it mixes. */
  trueStories: number;
  /** Pairs of its articles that belong to different true stories. */
  wrongPairs: number;
  /** Its true stories, largest first. */
  pieces: StoryPiece[];
}

/** A true story spread over several predicted stories. */
export interface Split {
  /** True story label. */
  story: string;
  /** Articles labelled with it. */
  articles: number;
  /** How many predicted stories hold it. */
  predictedStories: number;
  /** Pairs of its articles that were put in different predicted stories. */
  missedPairs: number;
  /** The predicted stories holding it, largest first. */
  pieces: StoryPiece[];
}

/** The evaluation report (`--json` prints it as is). */
export interface StoryEvaluation {
  /** Labelled articles read. */
  articles: number;
  /** Distinct story labels. */
  trueStories: number;
  /** Stories the analysis formed. */
  predictedStories: number;
  /** Predicted stories of one article. */
  predictedSingletons: number;
  /** B-cubed precision, recall and F1 (per article, averaged). */
  bCubed: PrecisionRecall;
  /** Pairwise precision, recall and F1 (over article pairs). */
  pairwise: PrecisionRecall;
  /** Predicted stories with the most pairs from different true stories, worst first. */
  worstMerges: Merge[];
  /** True stories with the most pairs put apart, worst first. */
  worstSplits: Split[];
}

/** How many merges and splits to list, and how many pieces of each. */
const LISTED = 5;
const PIECES = 4;

/** Groups and scores labelled articles. Deterministic. */
export function evaluateStories(labelled: readonly LabelledArticle[], options: AnalysisOptions = {}): StoryEvaluation {
  const { storyOfArticle } = analyzeCorpus(
    labelled.map((row) => row.article),
    [],
    options,
  );
  const rows = [...labelled].sort((a, b) => compareStrings(a.article.id, b.article.id));
  const predicted = rows.map((row) => storyOfArticle[row.article.id]!);
  const truth = rows.map((row) => row.story);
  const sizes = countValues(predicted);
  return {
    articles: rows.length,
    trueStories: distinctCount(truth),
    predictedStories: sizes.size,
    predictedSingletons: [...sizes.values()].filter((n) => n === 1).length,
    bCubed: bCubed(predicted, truth),
    pairwise: pairwise(predicted, truth),
    worstMerges: mistakes(rows, predicted, truth).map(({ story, articles, parts, pairs, pieces }) => ({
      story,
      articles,
      trueStories: parts,
      wrongPairs: pairs,
      pieces,
    })),
    worstSplits: mistakes(rows, truth, predicted).map(({ story, articles, parts, pairs, pieces }) => ({
      story,
      articles,
      predictedStories: parts,
      missedPairs: pairs,
      pieces,
    })),
  };
}

/**
 * Groups of `outer` that hold several values of `inner`, with the number of pairs across
 * them: merges when outer is the prediction, splits when outer is the truth. Worst first.
 */
function mistakes(rows: readonly LabelledArticle[], outer: readonly string[], inner: readonly string[]) {
  const groups = new Map<string, Map<string, number[]>>();
  outer.forEach((key, i) => {
    let byInner = groups.get(key);
    if (byInner === undefined) groups.set(key, (byInner = new Map()));
    const members = byInner.get(inner[i]!);
    if (members === undefined) byInner.set(inner[i]!, [i]);
    else members.push(i);
  });
  const found = [];
  for (const [story, byInner] of groups) {
    if (byInner.size < 2) continue;
    const sizes = [...byInner.values()].map((members) => members.length);
    const articles = sizes.reduce((sum, n) => sum + n, 0);
    const pairs = (articles * articles - sizes.reduce((sum, n) => sum + n * n, 0)) / 2;
    const pieces = [...byInner]
      .sort((a, b) => b[1].length - a[1].length || compareStrings(a[0], b[0]))
      .slice(0, PIECES)
      .map(([key, members]) => ({ story: key, articles: members.length, example: rows[members[0]!]!.article.headline }));
    found.push({ story, articles, parts: byInner.size, pairs, pieces });
  }
  return found.sort((a, b) => b.pairs - a.pairs || compareStrings(a.story, b.story)).slice(0, LISTED);
}

function countValues(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** The report as text for a terminal. */
export function formatEvaluation(report: StoryEvaluation, file: string): string {
  const score = (s: PrecisionRecall): string => `precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}`;
  const piece = (p: StoryPiece): string => `     ${String(p.articles).padStart(5)} × ${p.story}: “${p.example}”`;
  const lines = [
    `${file}: ${report.articles} articles in ${report.trueStories} true stories; ${report.predictedStories} predicted stories (${report.predictedSingletons} of one article)`,
    `B-cubed   ${score(report.bCubed)}`,
    `pairwise  ${score(report.pairwise)}`,
    '',
    'Worst merges (predicted stories that mix true stories; true story: first headline):',
    ...(report.worstMerges.length === 0 ? ['  none'] : []),
    ...report.worstMerges.flatMap((m, k) => [
      `  ${k + 1}. ${m.story}: ${m.articles} articles from ${m.trueStories} true stories, ${m.wrongPairs} wrong pairs`,
      ...m.pieces.map(piece),
    ]),
    '',
    'Worst splits (true stories spread over predicted stories; predicted story: first headline):',
    ...(report.worstSplits.length === 0 ? ['  none'] : []),
    ...report.worstSplits.flatMap((s, k) => [
      `  ${k + 1}. ${s.story}: ${s.articles} articles in ${s.predictedStories} predicted stories, ${s.missedPairs} missed pairs`,
      ...s.pieces.map(piece),
    ]),
  ];
  return lines.join('\n');
}
