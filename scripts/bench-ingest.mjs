// Benchmark of `npm run ingest` against a big content folder: every ingest fixture, dry run,
// into a scratch content folder holding N synthetic articles (tests/support/synthetic.ts)
// besides the seeds. Each run reads every article's frontmatter to find duplicates, so this
// is what a run costs at volume.
//
//   node scripts/bench-ingest.mjs [articles=10000] [runs=3]
//
// Prints the median wall time of whole `ingest` processes, the same for the seed content alone
// measured alternately in the same run (the baseline), and their ratio pair by pair.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticCorpus } from '../tests/support/synthetic.ts';
import { articleFileText } from '../src/lib/ingest/article-file.ts';

const articleCount = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 3);
const root = join('.tmp', 'bench-ingest');

function contentFolder(name, articles) {
  const folder = join(root, name, 'content');
  rmSync(join(root, name), { recursive: true, force: true });
  mkdirSync(join(root, name), { recursive: true });
  cpSync('content', folder, { recursive: true });
  const outlets = new Set();
  for (const article of articles) {
    outlets.add(article.outlet);
    const frontmatter = {
      ...article,
      headlineSource: 'original',
      publishedStatus: 'stated',
      language: 'en',
      capture: { file: `${article.id}.html`, sha256: '0'.repeat(64) },
    };
    writeFileSync(join(folder, 'articles', `${article.id}.md`), articleFileText(frontmatter, article.body));
  }
  for (const outlet of outlets) {
    writeFileSync(
      join(folder, 'outlets', `${outlet}.yaml`),
      `name: ${outlet}\nhomepage: https://${outlet}.example/\nlanguage: en\ndescription: Synthetic.\n`,
    );
  }
  return folder;
}

/** Wall time of one whole ingest process (the machine is shared: compare against the baseline run beside it). */
function time(folder) {
  const started = performance.now();
  spawnSync(process.execPath, ['scripts/ingest.ts', '--content', folder, '--dry-run', '--json', 'tests/fixtures/ingest'], {
    encoding: 'utf8',
  });
  return (performance.now() - started) / 1000;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const { articles } = syntheticCorpus(articleCount, 1);
const pick = ({ id, headline, outlet, url, published, body }) => ({ id, headline, outlet, url, published, body });
const big = contentFolder('big', articles.map(pick));
const baseline = contentFolder('baseline', []);
const bigTimes = [];
const baseTimes = [];
for (let run = 0; run < runs; run++) {
  baseTimes.push(time(baseline));
  bigTimes.push(time(big));
}
const ratios = bigTimes.map((value, index) => value / baseTimes[index]);
console.log(`ingest --dry-run of every fixture (14 inputs), ${runs} runs each, alternating:`);
console.log(`  ${articleCount} articles in the content folder: median ${median(bigTimes).toFixed(2)} s wall`);
console.log(`  seeds only (baseline):            median ${median(baseTimes).toFixed(2)} s wall`);
console.log(`  ratio, pair by pair:              median ${median(ratios).toFixed(2)}`);
rmSync(root, { recursive: true, force: true });
