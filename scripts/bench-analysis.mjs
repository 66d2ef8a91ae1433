// Benchmark of src/lib/analysis on a synthetic corpus (see tests/support/synthetic.ts).
//
//   node scripts/bench-analysis.mjs [articles=10000] [seed=1]
//
// Node 24 runs the library's .ts files directly by stripping types (the library uses
// explicit `.ts` import specifiers and only erasable TypeScript syntax for this reason).
// Prints the analysis time (wall clock and CPU), peak memory (max RSS of the process, corpus
// included), and how well the stories match the events the generator made.
import { analyzeCorpus } from '../src/lib/analysis/index.ts';
import { syntheticCorpus } from '../tests/support/synthetic.ts';

const articleCount = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 1);

const { articles, eventOf, events } = syntheticCorpus(articleCount, seed);
const bytes = articles.reduce((sum, article) => sum + article.body.length, 0);
console.log(`corpus: ${articles.length} articles, ${events} events, ${(bytes / 1e6).toFixed(1)} MB of Markdown`);

const cpuBefore = process.cpuUsage();
const started = performance.now();
const analysis = analyzeCorpus(articles);
const elapsed = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);

// Story quality against the generator's events, as pairwise precision and recall.
let pairsInStories = 0;
let pairsInBoth = 0;
for (const story of analysis.stories) {
  const perEvent = new Map();
  for (const id of story.articleIds) perEvent.set(eventOf.get(id), (perEvent.get(eventOf.get(id)) ?? 0) + 1);
  const n = story.articleIds.length;
  pairsInStories += (n * (n - 1)) / 2;
  for (const k of perEvent.values()) pairsInBoth += (k * (k - 1)) / 2;
}
const eventSizes = new Map();
for (const id of eventOf.keys()) eventSizes.set(eventOf.get(id), (eventSizes.get(eventOf.get(id)) ?? 0) + 1);
let pairsInEvents = 0;
for (const k of eventSizes.values()) pairsInEvents += (k * (k - 1)) / 2;

const count = (select) => analysis.stories.reduce((sum, story) => sum + select(story), 0);
const claims = count((story) => story.claims.length);
const sharedClaims = count((story) => story.claims.filter((claim) => claim.articleIds.length > 1).length);
const reports = count((story) => story.reports.length);

// CPU time includes V8's helper threads (GC, compilation); wall time also suffers from other load.
console.log(`analysis: ${(elapsed / 1000).toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
console.log(`stories: ${analysis.stories.length} (events: ${events}), reports: ${reports}, claims: ${claims} (${sharedClaims} shared)`);
console.log(
  `story pairs vs events: precision ${(pairsInBoth / Math.max(1, pairsInStories)).toFixed(3)}, ` +
    `recall ${(pairsInBoth / Math.max(1, pairsInEvents)).toFixed(3)}`,
);
