// `npm run ingest -- [options] <input>...`: saved pages, feeds, plain-text captures and URLs
// into content/articles. Run by the node@24 dev dependency, which strips the types; the work
// is done by src/lib/ingest, this file only reads the command line and prints the report.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { site } from '../src/config/site.ts';
import { overrideDate, type Overrides } from '../src/lib/ingest/draft-to-article.ts';
import { DEFAULT_FETCH_LIMITS, Fetcher } from '../src/lib/ingest/fetch.ts';
import type { IngestReport } from '../src/lib/ingest/ingest.ts';
import { normalizeLanguageTag } from '../src/lib/ingest/language.ts';
import { normalizeArticleUrl } from '../src/lib/urls/normalize.ts';

const HELP = `Usage: npm run ingest -- [options] <input>...

Turns saved web pages, feeds, plain-text captures and URLs into articles in
<content>/articles/, keeping each raw input in <content>/captures/ and adding an outlet
file to <content>/outlets/ for any site not there yet (reported as new: review it).

Inputs
  file.html          a saved web page (the main text is extracted; metadata from JSON-LD,
                     OpenGraph and article:* tags, <time>, the title)
  feed.xml|.rss|.atom|.rdf|.json
                     an RSS 2.0, RSS 1.0, Atom or JSON Feed: every item becomes an article
                     (items with only a summary are marked excerptOnly)
  capture.txt        a plain-text capture (needs --url, and usually --headline and --published)
  folder/            every such file inside, recursively
  https://…          a page or a feed, fetched politely (robots.txt, timeouts, size limit)

Options
  --content DIR            content folder to add to (default: content)
  --dry-run                write nothing; report what would be written
  --json                   print the report as JSON on stdout (nothing else goes there)
  --outlet ID              the outlet (content/outlets/ID.yaml) of every input
  --url URL                the article's address at its outlet
  --headline TEXT          the headline
  --headline-source SRC    original (default) | derived-from-url | editorial (written by us)
  --published DATE         publication date: YYYY-MM-DD or 2025-12-01T14:30:00+02:00
  --published-latest DATE  with --published-reason: the latest possible day
  --published-reason TEXT  how the date was worked out; the date is then "inferred"
  --language TAG           BCP 47 language tag, e.g. en or uk
  --timeout SECONDS        per request, for URLs (default ${DEFAULT_FETCH_LIMITS.timeoutMs / 1000})
  --max-bytes N            largest page or feed fetched (default ${DEFAULT_FETCH_LIMITS.maxBytes})
  -h, --help               this help

The metadata options apply to every input and override what the input says.

Report: one line per page, feed item or capture: written (the file), duplicate (of which
file, and why) or failed (why). With --json: {"dryRun", "results": [{"input", "item",
"status", "file", "reason", "notes"}], "newOutlets": [{"id", "file", "name", "homepage"}]}.

Exit status: 0 when nothing failed, 1 when anything failed (the rest is still written),
2 for a usage error.`;

class UsageError extends Error {}

function parseCommandLine(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        content: { type: 'string', default: 'content' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        outlet: { type: 'string' },
        url: { type: 'string' },
        headline: { type: 'string' },
        'headline-source': { type: 'string' },
        published: { type: 'string' },
        'published-latest': { type: 'string' },
        'published-reason': { type: 'string' },
        language: { type: 'string' },
        timeout: { type: 'string' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true as const };
  if (positionals.length === 0) throw new UsageError('no input: give one or more files, folders or URLs');
  if (!existsSync(values.content)) throw new UsageError(`--content: no such folder: ${values.content}`);
  const overrides: Overrides = {};
  if (values.outlet !== undefined) {
    if (!['yaml', 'yml', 'json'].some((ext) => existsSync(join(values.content, 'outlets', `${values.outlet}.${ext}`))))
      throw new UsageError(`--outlet: no outlet "${values.outlet}" (no ${join(values.content, 'outlets', `${values.outlet}.yaml`)})`);
    overrides.outlet = values.outlet;
  }
  if (values.url !== undefined) {
    if (!normalizeArticleUrl(values.url)) throw new UsageError(`--url: "${values.url}" is not an http(s) address`);
    overrides.url = values.url;
  }
  if (values.headline !== undefined) overrides.headline = values.headline;
  if (values['headline-source'] !== undefined) {
    const source = values['headline-source'];
    if (source !== 'original' && source !== 'derived-from-url' && source !== 'editorial')
      throw new UsageError(`--headline-source: "${source}" is not original, derived-from-url or editorial`);
    if (!values.headline) throw new UsageError('--headline-source needs --headline');
    overrides.headlineSource = source;
  }
  if ((values['published-reason'] || values['published-latest']) && !values.published)
    throw new UsageError('--published-reason and --published-latest need --published');
  if (values['published-latest'] && !values['published-reason'])
    throw new UsageError('--published-latest needs --published-reason (it is for inferred dates)');
  if (values.published !== undefined) {
    overrides.published = values.published;
    if (values['published-reason']) overrides.publishedReason = values['published-reason'];
    if (values['published-latest']) overrides.publishedLatest = values['published-latest'];
    const date = overrideDate(overrides);
    if (!date) throw new UsageError(`--published: "${values.published}" is not a date like 2025-12-01 or 2025-12-01T14:30:00+02:00`);
    if (values['published-latest'] && !date.latest)
      throw new UsageError(`--published-latest: "${values['published-latest']}" is not a date like 2025-12-01`);
  }
  if (values.language !== undefined) {
    if (!normalizeLanguageTag(values.language))
      throw new UsageError(`--language: "${values.language}" is not a language tag such as en or uk`);
    overrides.language = values.language;
  }
  const timeoutSeconds = values.timeout === undefined ? DEFAULT_FETCH_LIMITS.timeoutMs / 1000 : Number(values.timeout);
  if (!(timeoutSeconds > 0)) throw new UsageError(`--timeout: "${values.timeout}" is not a number of seconds`);
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_FETCH_LIMITS.maxBytes : Number(values['max-bytes']);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0)
    throw new UsageError(`--max-bytes: "${values['max-bytes']}" is not a whole number of bytes`);
  return {
    help: false as const,
    inputs: positionals,
    contentDir: values.content,
    dryRun: values['dry-run'],
    json: values.json,
    overrides,
    timeoutMs: timeoutSeconds * 1000,
    maxBytes,
  };
}

function printReport(report: IngestReport): void {
  const verb = report.dryRun ? 'would write' : 'written';
  for (const result of report.results) {
    const source = result.item ? `${result.input} → ${result.item}` : result.input;
    if (result.status === 'written') console.log(`${verb.padEnd(11)} ${result.file}  (${source})`);
    else console.log(`${result.status.padEnd(11)} ${source}: ${result.reason}`);
    for (const note of result.notes ?? []) console.log(`${''.padEnd(11)} note: ${note}`);
  }
  for (const outlet of report.newOutlets) {
    console.log(`${'new outlet'.padEnd(11)} ${outlet.file}: ${outlet.name} (${outlet.homepage}); review it before publishing`);
  }
  const count = (status: string) => report.results.filter((result) => result.status === status).length;
  const outlets = report.newOutlets.length;
  console.log(
    `\n${count('written')} ${report.dryRun ? 'to write' : 'written'}, ${count('duplicate')} duplicate, ${count('failed')} failed` +
      `${outlets ? `, ${outlets} new outlet${outlets === 1 ? '' : 's'}` : ''}${report.dryRun ? ' (dry run: nothing was written)' : ''}`,
  );
}

/** A one-line progress bar on stderr, only for an interactive terminal and more than three inputs. */
function progressBar(enabled: boolean) {
  if (!enabled) return undefined;
  return (done: number, total: number) => {
    if (total <= 3) return;
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`);
    if (done === total) process.stderr.write('\n');
  };
}

async function main(): Promise<number> {
  let command;
  try {
    command = parseCommandLine(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`ingest: ${error.message}\nRun npm run ingest -- --help for the options.`);
    return 2;
  }
  if (command.help) {
    console.log(HELP);
    return 0;
  }
  const fetcher = new Fetcher({
    userAgent: `CrosscheckIngest/0.1 (+${site.url}${site.basePath}about/)`,
    robotsAgent: 'CrosscheckIngest',
    timeoutMs: command.timeoutMs,
    maxBytes: command.maxBytes,
    maxRedirects: DEFAULT_FETCH_LIMITS.maxRedirects,
  });
  const onProgress = progressBar(Boolean(process.stderr.isTTY));
  // Loaded only now: the parsers take a while to load, and --help or a usage error need none of them.
  const { ingest } = await import('../src/lib/ingest/ingest.ts');
  const report = await ingest(command.inputs, {
    contentDir: command.contentDir,
    dryRun: command.dryRun,
    overrides: command.overrides,
    fetcher,
    ...(onProgress ? { onProgress } : {}),
  });
  if (command.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else printReport(report);
  return report.results.some((result) => result.status === 'failed') ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // Not bad input (that is reported per input) but a bug or a broken machine: say what, briefly.
    console.error(`ingest: ${(error as Error).message ?? String(error)}`);
    process.exitCode = 1;
  },
);
