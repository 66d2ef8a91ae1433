import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PAGE_COPIES, withoutPageCopies } from './page-copies.ts';

/** Where folders of previous builds wait to be deleted, inside the cache folder. */
const TRASH = 'crosscheck/previous-dist';

/** What the last complete build left in `outDir` (see `OutDirRecord`), inside the cache folder. */
const RECORD = 'crosscheck/out-dir.json';

/**
 * Folders every build writes whole (Vite's hashed bundles, Pagefind's index): moved aside when
 * a build starts instead of being checked file by file when it ends.
 */
const WRITTEN_WHOLE = ['_astro', 'pagefind'];

/** A file a deploy checkout keeps in `outDir`, as Astro's own emptying does. */
const KEPT = new Set(['.git']);

/**
 * What a complete build left behind, so the next one can tell that `outDir` still holds it:
 * the folder, and the home page as that build wrote it (every build renders it again).
 */
interface OutDirRecord {
  /** Absolute path of the output folder. */
  outDir: string;
  /** `index.html`'s size, modification time and SHA-256, as the build wrote it. */
  home: { size: number; mtimeMs: number; sha256: string };
}

/**
 * Keeps the previous build in `outDir` so that the pages Astro's incremental build reuses (same
 * `cacheKey`, same code) are left where they are. Astro copies a reused page back from its cache
 * only when it is missing from `outDir`; with `outDir` emptied first, that was ~15,500 copies
 * one after another and ~20 s of a 75 s rebuild at 10,000 articles, most of it waiting on the
 * disk (CPU profile: 15 s idle).
 *
 * What a build did not produce is deleted when it ends (`pruneOutDir`): a removed article's page,
 * a list page beyond the last, an outdated sitemap. So `outDir` holds exactly what a build into
 * an empty folder writes (tests/content/incremental-build.test.ts compares them byte for byte).
 *
 * `outDir` is kept only when it still holds the last complete build of this cache folder
 * (`OutDirRecord`); otherwise (a first build, an interrupted one, another cache folder, a
 * hand-edited home page) it is emptied: moved aside in one rename and deleted in the
 * background while pages render, which the build waits for only at its end.
 *
 * Must come before integrations that write into `outDir` when the build is done (the sitemap):
 * they write after the pruning.
 */
export function keepOutDirBetweenBuilds(): AstroIntegration {
  let outDir = '';
  let publicDir = '';
  let trash = '';
  let recordFile = '';
  let pageCopies = '';
  let removal: Promise<unknown> = Promise.resolve();
  return {
    name: 'crosscheck:out-dir',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
        trash = fileURLToPath(new URL(TRASH, config.cacheDir));
        recordFile = fileURLToPath(new URL(RECORD, config.cacheDir));
        pageCopies = fileURLToPath(new URL(PAGE_COPIES, config.cacheDir));
      },
      'astro:build:start': ({ logger }) => {
        const previous = readRecord(recordFile);
        // Until this build completes, outDir holds no complete build.
        rmSync(recordFile, { force: true });
        // Whatever an interrupted build left in the trash goes too.
        const aside = existsSync(trash) ? readdirSync(trash).map((name) => join(trash, name)) : [];
        if (existsSync(outDir)) {
          const keep = previous !== undefined && holdsBuild(outDir, previous);
          if (!keep) logger.info('the output folder does not hold the last build: emptying it');
          const folders = keep ? WRITTEN_WHOLE.map((name) => join(outDir, name)) : [outDir];
          if (!keep && existsSync(join(outDir, '.git'))) folders.splice(0, 1, ...entriesOf(outDir));
          for (const folder of folders) aside.push(...moveAside(folder, trash));
        }
        // The pages are kept here, so Astro's copies of them are not needed (see withoutPageCopies).
        // Copies an older build left would go stale as pages change without them: they go too.
        if (withoutPageCopies()) aside.push(...moveAside(pageCopies, trash));
        else logger.warn('could not stop Astro from copying every page into the cache folder: builds are slower');
        removal = Promise.all(aside.map((path) => rm(path, { recursive: true, force: true })));
      },
      'astro:build:done': async ({ assets, logger }) => {
        const produced = new Set(listFiles(publicDir));
        for (const urls of assets.values()) for (const url of urls) produced.add(relative(outDir, fileURLToPath(url)));
        const pruned = pruneOutDir(outDir, produced);
        if (pruned > 0) logger.info(`deleted ${pruned} file${pruned === 1 ? '' : 's'} of the previous build that this one did not produce`);
        await removal;
        writeRecord(recordFile, outDir);
      },
    },
  };
}

/**
 * Deletes every file in `outDir` that is not in `produced` (paths relative to `outDir`, with the
 * platform's separator), then the folders left empty. Folders written whole (`_astro`,
 * `pagefind`) and `.git` are left alone. Returns how many files it deleted.
 */
export function pruneOutDir(outDir: string, produced: ReadonlySet<string>): number {
  let pruned = 0;
  const visit = (folder: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const inside = relative(outDir, path);
      if (folder === outDir && (KEPT.has(entry.name) || WRITTEN_WHOLE.includes(entry.name))) {
        empty = false;
      } else if (entry.isDirectory()) {
        if (visit(path)) rmdirSync(path);
        else empty = false;
      } else if (produced.has(inside)) {
        empty = false;
      } else {
        unlinkSync(path);
        pruned++;
      }
    }
    return empty;
  };
  if (existsSync(outDir)) visit(outDir);
  return pruned;
}

/** Every file under `folder`, relative to it; none when it does not exist. */
function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)));
}

function entriesOf(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => !KEPT.has(name))
    .map((name) => join(folder, name));
}

/** Moves `path` into `trash` in one rename; deletes it in place when it cannot (another file system). */
function moveAside(path: string, trash: string): string[] {
  if (!existsSync(path)) return [];
  try {
    mkdirSync(trash, { recursive: true });
    const aside = join(trash, `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`);
    renameSync(path, aside);
    return [aside];
  } catch {
    rmSync(path, { recursive: true, force: true });
    return [];
  }
}

function homeStamp(outDir: string): OutDirRecord['home'] | undefined {
  const home = join(outDir, 'index.html');
  if (!existsSync(home)) return undefined;
  const { size, mtimeMs } = statSync(home);
  return { size, mtimeMs, sha256: createHash('sha256').update(readFileSync(home)).digest('hex') };
}

function holdsBuild(outDir: string, record: OutDirRecord): boolean {
  const home = homeStamp(outDir);
  return record.outDir === outDir && home !== undefined && JSON.stringify(home) === JSON.stringify(record.home);
}

function readRecord(file: string): OutDirRecord | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as OutDirRecord;
  } catch {
    return undefined;
  }
}

function writeRecord(file: string, outDir: string): void {
  const home = homeStamp(outDir);
  if (home === undefined) return;
  mkdirSync(join(file, '..'), { recursive: true });
  const record: OutDirRecord = { outDir, home };
  writeFileSync(file, `${JSON.stringify(record)}\n`);
}
