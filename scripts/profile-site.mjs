// Where a build of a generated corpus spends its time: runs `astro build` under V8's CPU
// profiler and prints the functions and source files with the most self time, then the search
// index step (scripts/search-index.ts, mostly Pagefind's own binary), timed but not profiled.
//
//   npm run profile:site [-- N=10000] [--top 25] [--keep]
//
// The profile (.cpuprofile, openable in Chrome DevTools) is kept with --keep. Build phases
// (content sync, static routes) are in the build log beside it.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSiteCorpus, writeSiteCorpus } from '../tests/support/site-corpus/index.ts';
import { timedRun } from '../tests/support/timed-run.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, keep: { type: 'boolean', default: false }, seed: { type: 'string', default: '1' } },
});
const articles = Number(positionals[0] ?? 10_000);
const repo = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'crosscheck-profile-'));
console.error(`[profile:site] ${articles} articles in ${work}`);
writeSiteCorpus(join(work, 'content'), generateSiteCorpus({ articles, seed: Number(values.seed) }));

const env = {
  ...process.env,
  CROSSCHECK_CONTENT_DIR: join(work, 'content'),
  CROSSCHECK_OUT_DIR: join(work, 'dist'),
  CROSSCHECK_CACHE_DIR: join(work, 'cache'),
  NO_COLOR: '1',
};
const astro = join(repo, 'node_modules/astro/bin/astro.mjs');
const cost = await timedRun(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${work}`, astro, 'build'], {
  cwd: repo,
  env,
  logFile: join(work, 'build.log'),
});
const index = await timedRun(process.execPath, [join(repo, 'scripts/search-index.ts')], {
  cwd: repo,
  env,
  logFile: join(work, 'search-index.log'),
});
const gib = (bytes) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
console.log(`astro build: ${cost.seconds.toFixed(1)} s, peak ${gib(cost.peakBytes)} (profiling slows it down)`);
console.log(`search index: ${index.seconds.toFixed(1)} s, peak ${gib(index.peakBytes)}`);

const profileFile = readdirSync(work).find((file) => file.endsWith('.cpuprofile'));
if (!profileFile) throw new Error('no .cpuprofile written');
const profile = JSON.parse(readFileSync(join(work, profileFile), 'utf8'));

// Self time per node: the sampling interval times the samples that landed in it.
const selfMs = new Map();
const deltas = profile.timeDeltas;
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (deltas[i] ?? 0) / 1000));
const byFunction = new Map();
const byFile = new Map();
for (const node of profile.nodes) {
  const ms = selfMs.get(node.id) ?? 0;
  if (ms === 0) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^file:\/\//, '').replace(`${repo}/`, '') || `(${functionName || 'native'})`;
  const key = `${functionName || '(anonymous)'}  ${file}:${lineNumber + 1}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  byFile.set(file, (byFile.get(file) ?? 0) + ms);
}
const total = [...selfMs.values()].reduce((sum, ms) => sum + ms, 0);
const top = Number(values.top);
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(ms / 1000).toFixed(1).padStart(7)} s ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${key}`);
  }
};
print(`self time by function (${(total / 1000).toFixed(1)} s sampled on the main thread)`, byFunction);
print('self time by file', byFile);
if (values.keep)
  console.error(`[profile:site] kept ${join(work, profileFile)}, ${join(work, 'build.log')} and ${join(work, 'search-index.log')}`);
else rmSync(work, { recursive: true, force: true });
