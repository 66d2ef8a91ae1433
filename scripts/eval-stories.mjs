// Scores story grouping against a labelled CSV (see src/lib/evaluation/labelled-csv.ts).
//
//   npm run eval:stories -- <labelled.csv> [--json]
//
// Prints B-cubed and pairwise precision, recall and F1, the number of predicted and true
// stories, and the worst merges and splits with example headlines. `--json` prints the report
// as JSON instead. Exits 1 when the file cannot be read or parsed, 2 on wrong usage.
import { readFileSync } from 'node:fs';
import { LabelledCsvError, parseLabelledCsv } from '../src/lib/evaluation/labelled-csv.ts';
import { evaluateStories, formatEvaluation } from '../src/lib/evaluation/story-evaluation.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((arg) => arg !== '--json');

function fail(message, code = 1) {
  if (json) console.log(JSON.stringify({ ok: false, error: message }, null, 2));
  else console.error(message);
  process.exit(code);
}

if (files.length !== 1 || files[0].startsWith('-')) fail('usage: npm run eval:stories -- <labelled.csv> [--json]', 2);
const [file] = files;
let text;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  fail(`${file}: cannot read: ${error.code ?? error.message}`);
}
let labelled;
try {
  labelled = parseLabelledCsv(text, file);
} catch (error) {
  if (error instanceof LabelledCsvError) fail(error.message);
  throw error;
}
const started = performance.now();
const report = evaluateStories(labelled);
const seconds = (performance.now() - started) / 1000;
if (json) console.log(JSON.stringify({ ok: true, file, ...report }, null, 2));
else console.log(`${formatEvaluation(report, file)}\n\nanalysis: ${seconds.toFixed(2)} s`);
