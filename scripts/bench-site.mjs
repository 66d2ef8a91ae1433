// The site benchmark: Crosscheck against a bare Astro 7 + Pagefind CLI site, on the same
// generated articles, in the same run.
//
//   npm run bench:site [-- N=10000] [--runs K=1] [--seed S=1] [--json] [--keep]
//
// Generates N articles into a temporary folder (never content/), builds both sites cold K
// times (pairs alternate, so machine noise hits both alike), then rebuilds each after adding
// one article, and measures pages, dist/ size, the largest gzipped page of each type and a
// first search's transferred bytes for three queries in Chromium. Times are medians of the K
// runs; ratios are Crosscheck ÷ baseline of those medians. Node 24 runs the .ts helpers in
// tests/support directly (type stripping).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeBaselineSite } from '../tests/support/baseline-site.ts';
import { launchChromium } from '../tests/support/chromium.mjs';
import { distStats } from '../tests/support/dist-stats.ts';
import { measureFirstSearch } from '../tests/support/search-transfer.ts';
import { addExtraArticle, generateSiteCorpus, writeSiteCorpus } from '../tests/support/site-corpus/index.ts';
import { startStaticServer } from '../tests/support/static-server.mjs';
import { timedRun } from '../tests/support/timed-run.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '1' },
    seed: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const articles = Number(positionals[0] ?? 10_000);
const runs = Number(values.runs);
const seed = Number(values.seed);
if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run bench:site [-- N] [--runs K] [--seed S] [--json] [--keep]');
  process.exit(2);
}

const repo = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
const contentDir = join(work, 'content');
const astro = join(repo, 'node_modules/astro/bin/astro.mjs');
const searchIndex = join(repo, 'scripts/search-index.ts');
const pagefindCli = join(repo, 'node_modules/pagefind/lib/runner/bin.cjs');
/** Progress goes to stderr, so `--json` output on stdout stays clean. */
const progress = (message) => console.error(`[bench:site] ${message}`);
const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const crosscheck = {
  name: 'Crosscheck',
  dist: join(work, 'crosscheck-dist'),
  cache: join(work, 'crosscheck-cache'),
  // The two steps of `npm run build`, run directly (as the baseline's are), so npm's own process
  // is not counted: the time is their sum, the peak the larger of theirs.
  async build(label) {
    const env = {
      ...process.env,
      CROSSCHECK_CONTENT_DIR: contentDir,
      CROSSCHECK_OUT_DIR: this.dist,
      CROSSCHECK_CACHE_DIR: this.cache,
      NO_COLOR: '1',
    };
    const site = await timedRun(process.execPath, [astro, 'build'], { cwd: repo, env, logFile: join(work, `crosscheck-${label}.log`) });
    const index = await timedRun(process.execPath, [searchIndex], {
      cwd: repo,
      env,
      logFile: join(work, `crosscheck-${label}-search-index.log`),
    });
    return {
      seconds: site.seconds + index.seconds,
      peakBytes: Math.max(site.peakBytes, index.peakBytes),
      stepPeaks: [site.peakBytes, index.peakBytes],
    };
  },
};
const baselineDir = join(work, 'baseline');
const baseline = {
  name: 'baseline',
  dist: join(baselineDir, 'dist'),
  cache: join(baselineDir, '.astro-cache'),
  async build(label) {
    const env = { ...process.env, NO_COLOR: '1' };
    const site = await timedRun(process.execPath, [astro, 'build'], {
      cwd: baselineDir,
      env,
      logFile: join(work, `baseline-${label}.log`),
    });
    const index = await timedRun(process.execPath, [pagefindCli, '--site', 'dist'], {
      cwd: baselineDir,
      env,
      logFile: join(work, `baseline-${label}-pagefind.log`),
    });
    return {
      seconds: site.seconds + index.seconds,
      peakBytes: Math.max(site.peakBytes, index.peakBytes),
      stepPeaks: [site.peakBytes, index.peakBytes],
    };
  },
};

progress(`generating ${articles} articles (seed ${seed}) in ${work}`);
const corpus = generateSiteCorpus({ articles, seed });
writeSiteCorpus(contentDir, corpus);
writeBaselineSite(baselineDir, join(contentDir, 'articles'), repo);

const sites = [crosscheck, baseline];
const times = new Map(sites.map((site) => [site.name, { cold: [], warm: [], coldPeak: [], warmPeak: [], stepPeaks: [] }]));
const gib = (bytes) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
const record = (site, kind, cost) => {
  const t = times.get(site.name);
  t[kind].push(cost.seconds);
  t[`${kind}Peak`].push(cost.peakBytes);
  t.stepPeaks.push(cost.stepPeaks);
  progress(
    `  ${cost.seconds.toFixed(1)} s, peak ${gib(cost.peakBytes)} (site build ${gib(cost.stepPeaks[0])}, search index ${gib(cost.stepPeaks[1])})`,
  );
};
let stats;
for (let run = 1; run <= runs; run++) {
  rmSync(join(contentDir, corpus.extraArticle.path), { force: true });
  for (const site of sites) {
    rmSync(site.dist, { recursive: true, force: true });
    rmSync(site.cache, { recursive: true, force: true });
    progress(`run ${run}/${runs}: cold build of ${site.name}`);
    record(site, 'cold', await site.build(`cold-${run}`));
  }
  if (run === 1) stats = Object.fromEntries(sites.map((site) => [site.name, distStats(site.dist)]));
  addExtraArticle(contentDir, corpus);
  for (const site of sites) {
    progress(`run ${run}/${runs}: rebuild of ${site.name} after adding one article`);
    record(site, 'warm', await site.build(`warm-${run}`));
  }
}

progress('first searches in Chromium');
const queries = [corpus.queries.common, corpus.queries.person, corpus.queries.rare];
const browser = await launchChromium();
const search = {};
for (const site of sites) {
  const server = await startStaticServer({ root: site.dist });
  const page =
    site === crosscheck
      ? {
          path: (q) => `search/?q=${encodeURIComponent(q)}`,
          done: "document.querySelector('#search-results > li') !== null || document.querySelector('#search-empty')?.hidden === false",
          results: "parseInt((document.querySelector('#search-status')?.textContent ?? '').replace(/,/g, ''), 10)",
        }
      : {
          path: (q) => `search.html?q=${encodeURIComponent(q)}`,
          done: 'document.body.dataset.results !== undefined',
          results: 'document.body.dataset.results',
        };
  search[site.name] = [];
  for (const query of queries) search[site.name].push(await measureFirstSearch(browser, query, server.url(page.path(query)), page));
  await server.close();
}
await browser.close();

const summary = Object.fromEntries(
  sites.map((site) => {
    const t = times.get(site.name);
    return [
      site.name,
      {
        coldSeconds: median(t.cold),
        warmSeconds: median(t.warm),
        peakBytes: Math.max(...t.coldPeak, ...t.warmPeak),
        coldPeakBytes: Math.max(...t.coldPeak),
        warmPeakBytes: Math.max(...t.warmPeak),
        siteBuildPeakBytes: Math.max(...t.stepPeaks.map((steps) => steps[0])),
        searchIndexPeakBytes: Math.max(...t.stepPeaks.map((steps) => steps[1])),
        coldRuns: t.cold,
        warmRuns: t.warm,
        ...stats[site.name],
        search: search[site.name],
      },
    ];
  }),
);
const result = {
  articles,
  seed,
  runs,
  corpus: {
    outlets: corpus.outlets.length,
    entities: corpus.entities.length,
    generatedStories: corpus.stories.length,
    largestStory: Math.max(...corpus.stories.map((story) => story.articleIds.length)),
    markdownBytes: corpus.files
      .filter((file) => file.path.startsWith('articles/'))
      .reduce((sum, file) => sum + Buffer.byteLength(file.text), 0),
  },
  crosscheck: summary.Crosscheck,
  baseline: summary.baseline,
  ratios: {
    cold: summary.Crosscheck.coldSeconds / summary.baseline.coldSeconds,
    warm: summary.Crosscheck.warmSeconds / summary.baseline.warmSeconds,
    warmOverCold: summary.Crosscheck.warmSeconds / summary.Crosscheck.coldSeconds,
  },
};

if (!values.keep) rmSync(work, { recursive: true, force: true });
if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  const c = result.crosscheck;
  const b = result.baseline;
  const row = (label, left, right, ratio = '') =>
    console.log(`${label.padEnd(34)}${String(left).padStart(18)}${String(right).padStart(18)}${String(ratio).padStart(10)}`);
  console.log(
    `\n${articles} articles (seed ${seed}), ${result.corpus.outlets} outlets, ${result.corpus.entities} entities, ${result.corpus.generatedStories} generated stories (largest ${result.corpus.largestStory}), ${mb(result.corpus.markdownBytes)} of Markdown; ${runs} run(s), times are medians\n`,
  );
  row('', 'Crosscheck', 'baseline', 'ratio');
  row('cold build', `${c.coldSeconds.toFixed(1)} s`, `${b.coldSeconds.toFixed(1)} s`, `${result.ratios.cold.toFixed(2)}×`);
  row(
    'rebuild after adding one article',
    `${c.warmSeconds.toFixed(1)} s`,
    `${b.warmSeconds.toFixed(1)} s`,
    `${result.ratios.warm.toFixed(2)}×`,
  );
  row('  rebuild ÷ cold', `${result.ratios.warmOverCold.toFixed(2)}`, '', '');
  row('peak memory (process tree)', gib(c.peakBytes), gib(b.peakBytes), `${(c.peakBytes / b.peakBytes).toFixed(2)}×`);
  row(
    '  cold build / rebuild',
    `${gib(c.coldPeakBytes).split(' ')[0]} / ${gib(c.warmPeakBytes)}`,
    `${gib(b.coldPeakBytes).split(' ')[0]} / ${gib(b.warmPeakBytes)}`,
  );
  row(
    '  site build / search index',
    `${gib(c.siteBuildPeakBytes).split(' ')[0]} / ${gib(c.searchIndexPeakBytes)}`,
    `${gib(b.siteBuildPeakBytes).split(' ')[0]} / ${gib(b.searchIndexPeakBytes)}`,
  );
  row('HTML pages', c.pages, b.pages);
  row('dist/ size', mb(c.bytes), mb(b.bytes), `${(c.bytes / b.bytes).toFixed(2)}×`);
  console.log('\nlargest gzipped page of each type (Crosscheck):');
  for (const page of c.largest)
    console.log(`  ${page.type.padEnd(22)}${kb(page.gzipBytes).padStart(10)}  ${String(page.count).padStart(6)} pages  ${page.file}`);
  console.log('largest gzipped page of each type (baseline):');
  for (const page of b.largest)
    console.log(`  ${page.type.padEnd(22)}${kb(page.gzipBytes).padStart(10)}  ${String(page.count).padStart(6)} pages  ${page.file}`);
  console.log('\nfirst search, transferred (search files only / whole page load):');
  for (let q = 0; q < queries.length; q++) {
    const [x, y] = [c.search[q], b.search[q]];
    console.log(
      `  “${queries[q]}”: Crosscheck ${kb(x.searchBytes)} in ${x.searchRequests} requests / ${kb(x.totalBytes)}, ${x.results} results; baseline ${kb(y.searchBytes)} in ${y.searchRequests} requests, ${y.results} results`,
    );
    const parts = Object.entries(x.byKind).sort((a, b) => b[1].bytes - a[1].bytes);
    console.log(
      `    Crosscheck by file: ${parts.map(([kind, { bytes, requests }]) => `${kind} ${kb(bytes)}${requests > 1 ? ` (${requests})` : ''}`).join(', ')}`,
    );
  }
}
