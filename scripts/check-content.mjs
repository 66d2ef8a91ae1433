// `npm run check:content`: the build's content check without a build. Reads every file under
// content/ (or --dir), prints every problem as `file:line: field: message`, exits 1 if there are
// any. `--json` prints one JSON object instead: { ok, counts, problems: [{ file, line?, field?, message }] }.
// The TypeScript modules are loaded through Vite's module runner, as Astro loads its config.
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const usage = `Usage: npm run --silent check:content -- [--json] [--dir <content folder>]

Checks every content file as the build does (encoding, frontmatter, fields, dates, file names,
references between files, duplicate URLs, entity aliases) and lists every problem.
  --json       print a JSON report on stdout: { ok, counts, problems: [{ file, line, field, message }] }
  --dir DIR    the content folder (default: $CROSSCHECK_CONTENT_DIR or ./content)
Exit status: 0 no problems, 1 problems found, 2 usage error.`;

let options;
try {
  options = parseArgs({ options: { json: { type: 'boolean' }, dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values;
} catch (error) {
  console.error(`${error.message}\n\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}

const load = async (path) =>
  (await runnerImport(new URL(path, import.meta.url).pathname, { configFile: false, logLevel: 'silent' })).module;
const [{ checkContent }, { formatProblem }] = await Promise.all([
  load('../src/lib/content/check.ts'),
  load('../src/lib/content/problems.ts'),
]);

const dir = options.dir ?? (process.env.CROSSCHECK_CONTENT_DIR || './content');
const { problems, counts } = checkContent(dir);
if (options.json) {
  console.log(JSON.stringify({ ok: problems.length === 0, counts, problems }, null, 2));
} else if (problems.length === 0) {
  console.log(
    `✔ ${dir}: ${counts.articles} articles, ${counts.outlets} outlets, ${counts.stories} stories, ${counts.entities} entities: no problems`,
  );
} else {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n✖ ${problems.length} problem(s) in ${new Set(problems.map((problem) => problem.file)).size} file(s)`);
}
process.exit(problems.length === 0 ? 0 : 1);
