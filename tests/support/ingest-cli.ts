import type { IngestResult } from '../../src/lib/ingest/ingest.ts';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

/** What one run of `npm run ingest` printed and returned. */
export interface IngestRun {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Run the real command (scripts/ingest.ts on this Node, which strips the types), without
 * blocking: URL tests serve the pages from this same process.
 */
export function runIngest(args: string[]): Promise<IngestRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/ingest.ts', ...args],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

/** A scratch copy of content/ under .tmp/ingest/<name>/content, optionally without the seed articles. */
export function scratchContent(name: string, { withoutArticles = false } = {}): string {
  const root = join('.tmp', 'ingest', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const content = join(root, 'content');
  cpSync('content', content, { recursive: true });
  if (withoutArticles) {
    rmSync(join(content, 'articles'), { recursive: true });
    mkdirSync(join(content, 'articles'));
  }
  return content;
}

/** Every file under a folder with its contents, to show that a run changed nothing. */
export function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((file) => [relative(folder, file), readFileSync(file, 'utf8')]),
  );
}

/** An article file's frontmatter and body. */
export function readArticle(file: string): { data: Record<string, unknown>; body: string } {
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(readFileSync(file, 'utf8')) ?? [];
  return { data: parse(yaml) as Record<string, unknown>, body: body.trim() };
}

/** One result of the JSON report: the command's own result type. */
export type JsonResult = IngestResult;

/** The JSON report; throws when stdout is anything but JSON. */
export function jsonReport(run: IngestRun): {
  dryRun: boolean;
  results: JsonResult[];
  newOutlets: { id: string; file: string; name: string }[];
} {
  return JSON.parse(run.stdout);
}
