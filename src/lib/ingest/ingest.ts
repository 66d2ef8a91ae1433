import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { stringify } from 'yaml';
import { articleFileText, type ArticleFrontmatter } from './article-file.ts';
import { readContentFolder } from './content-folder.ts';
import { settleDraft, type Overrides } from './draft-to-article.ts';
import { DuplicateIndex } from './duplicates.ts';
import type { Fetcher } from './fetch.ts';
import { removeFiles, writeNewFile } from './files.ts';
import { articleSlug, untakenName } from './naming.ts';
import { matchOutlet, newOutletFor, type OutletRecord } from './outlets.ts';
import { readInput, type Draft, type RawInput } from './sources.ts';

/**
 * The ingest run: every input to drafts, every draft to an article file (or a duplicate,
 * or a failure with its reason), new outlets written as found. One input's failure never
 * stops the others, and never leaves any of its own files behind.
 */

/** One line of the report: a page, a feed item or a capture. */
export interface IngestResult {
  /** The path or URL as given (or as found in a folder). */
  input: string;
  /** The feed item's link, or null. */
  item: string | null;
  status: 'written' | 'duplicate' | 'failed';
  /** The article file written, or the existing one for a duplicate. */
  file?: string;
  /** Why, for failed and duplicate. */
  reason?: string;
  /** Readings the operator should check (what a plain-text capture's shape was taken to mean). */
  notes?: string[];
}

/** A new outlet file written (or that would be) during the run. */
export interface NewOutletReport {
  id: string;
  file: string;
  name: string;
  homepage: string;
}

/** Everything a run did. */
export interface IngestReport {
  dryRun: boolean;
  results: IngestResult[];
  newOutlets: NewOutletReport[];
}

/** What a run needs. */
export interface IngestOptions {
  contentDir: string;
  dryRun: boolean;
  overrides: Overrides;
  /** Needed only when an input is a URL. */
  fetcher?: Fetcher;
  /** Called after each input, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** File extensions read from a folder; anything else in it is not an input. */
const INPUT_EXTENSIONS: Record<string, RawInput['kind']> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.xml': 'xml',
  '.rss': 'xml',
  '.atom': 'xml',
  '.rdf': 'xml',
  '.json': 'json',
  '.txt': 'txt',
};

const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** Inputs as given, with folders expanded to the input files inside them (sorted, recursively). */
export function expandInputs(inputs: readonly string[]): string[] {
  return inputs.flatMap((input) => {
    if (isUrl(input) || !existsSync(input) || !statSync(input).isDirectory()) return [input];
    return readdirSync(input, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && extname(entry.name).toLowerCase() in INPUT_EXTENSIONS)
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  });
}

async function readRaw(input: string, fetcher: Fetcher | undefined): Promise<RawInput> {
  if (isUrl(input)) {
    if (!fetcher) throw new Error('fetching URLs is not enabled');
    const fetched = await fetcher.get(input);
    return { input, bytes: fetched.bytes, contentType: fetched.contentType, finalUrl: fetched.url };
  }
  if (!existsSync(input)) throw new Error('no such file or folder');
  return { input, bytes: readFileSync(input), kind: INPUT_EXTENSIONS[extname(input).toLowerCase()] };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Run ingest over the inputs. Never throws for bad input: each failure is a result. */
export async function ingest(inputs: readonly string[], options: IngestOptions): Promise<IngestReport> {
  const { contentDir, dryRun, overrides } = options;
  const folder = readContentFolder(contentDir);
  const outlets: OutletRecord[] = [...folder.outlets];
  const outletIds = new Set(outlets.map((outlet) => outlet.id));
  const duplicates = new DuplicateIndex(folder.articles);
  const takenIds = new Set(folder.articleIds);
  // Capture names without their extension: an id is taken if any capture uses it.
  const takenCaptureIds = new Set([...folder.captureFiles].map((file) => file.replace(/\.[^.]*$/, '')));
  const results: IngestResult[] = [];
  const newOutlets: NewOutletReport[] = [];
  const paths = {
    article: (id: string) => join(contentDir, 'articles', `${id}.md`),
    capture: (file: string) => join(contentDir, 'captures', file),
    outlet: (id: string) => join(contentDir, 'outlets', `${id}.yaml`),
  };

  const files = expandInputs(inputs);
  for (const [index, input] of files.entries()) {
    let raw: RawInput;
    let drafts: Draft[];
    let captureExtension: string;
    try {
      raw = await readRaw(input, options.fetcher);
      ({ drafts, captureExtension } = await readInput(raw, overrides.headline));
      if (drafts.length === 0) throw new Error('the feed has no items');
    } catch (error) {
      results.push({ input, item: null, status: 'failed', reason: (error as Error).message });
      options.onProgress?.(index + 1, files.length);
      continue;
    }
    const captureHash = sha256(raw.bytes);
    // A feed's bytes are kept once, under the first article written from it.
    let sharedCapture: string | undefined;

    for (const draft of drafts) {
      const base = { input, item: draft.item, ...(draft.notes.length ? { notes: draft.notes } : {}) };
      const settled = settleDraft(draft, overrides);
      if ('problem' in settled) {
        results.push({ ...base, status: 'failed', reason: settled.problem });
        continue;
      }
      const found = overrides.outlet ? outlets.find((outlet) => outlet.id === overrides.outlet) : matchOutlet(settled.url, outlets);
      const newOutlet = found ? undefined : newOutletFor(settled.url, settled.siteName, settled.language, outletIds);
      const outletId = found?.id ?? newOutlet?.id ?? '';

      const duplicate = duplicates.find({ url: settled.url, outlet: outletId, body: draft.markdown });
      if (duplicate) {
        results.push({ ...base, status: 'duplicate', file: duplicate.file, reason: duplicate.reason });
        continue;
      }

      const id = untakenName(articleSlug(outletId, settled.headline), (name) => takenIds.has(name) || takenCaptureIds.has(name));
      const captureFile = sharedCapture ?? `${id}.${captureExtension}`;
      const frontmatter: ArticleFrontmatter = {
        headline: settled.headline,
        headlineSource: settled.headlineSource,
        outlet: outletId,
        url: settled.url,
        published: settled.date.published,
        publishedStatus: settled.date.status,
        ...(settled.date.latest ? { publishedLatest: settled.date.latest } : {}),
        ...(settled.date.reason ? { publishedReason: settled.date.reason } : {}),
        language: settled.language,
        ...(draft.photoCredit ? { photoCredit: draft.photoCredit } : {}),
        ...(draft.excerptOnly ? { excerptOnly: true as const } : {}),
        capture: { file: captureFile, sha256: captureHash },
      };
      const articlePath = paths.article(id);

      if (!dryRun) {
        const written: string[] = [];
        try {
          if (!sharedCapture) {
            if (!writeNewFile(paths.capture(captureFile), raw.bytes))
              throw new Error(`${paths.capture(captureFile)} appeared while ingesting`);
            written.push(paths.capture(captureFile));
          }
          if (newOutlet) {
            if (!writeNewFile(paths.outlet(newOutlet.id), stringify(newOutlet.data, { version: '1.1', lineWidth: 0 })))
              throw new Error(`${paths.outlet(newOutlet.id)} appeared while ingesting`);
            written.push(paths.outlet(newOutlet.id));
          }
          if (!writeNewFile(articlePath, articleFileText(frontmatter, draft.markdown)))
            throw new Error(`${articlePath} appeared while ingesting`);
        } catch (error) {
          removeFiles(written);
          results.push({ ...base, status: 'failed', reason: `could not write: ${(error as Error).message}` });
          continue;
        }
      }

      if (captureExtension !== 'txt' && drafts.length > 1) sharedCapture = captureFile;
      takenCaptureIds.add(id);
      takenIds.add(id);
      if (newOutlet) {
        outlets.push({ id: newOutlet.id, homepage: newOutlet.data.homepage, name: newOutlet.data.name });
        outletIds.add(newOutlet.id);
        newOutlets.push({
          id: newOutlet.id,
          file: paths.outlet(newOutlet.id),
          name: newOutlet.data.name,
          homepage: newOutlet.data.homepage,
        });
      }
      duplicates.add({ file: articlePath, url: settled.url, outlet: outletId, body: draft.markdown });
      results.push({ ...base, status: 'written', file: articlePath });
    }
    options.onProgress?.(index + 1, files.length);
  }
  return { dryRun, results, newOutlets };
}
