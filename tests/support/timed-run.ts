/**
 * Runs a command and measures it the way the site benchmark reports it: wall-clock time and
 * the peak memory of the whole process tree (the build and every process it starts, such as
 * Pagefind's indexer), sampled with `ps` so it works on Linux and macOS alike.
 */
import { spawn, spawnSync } from 'node:child_process';
import { openSync, closeSync, readFileSync } from 'node:fs';

/** What one run cost. */
export interface RunCost {
  seconds: number;
  /** Highest sum of the resident memory of the process and its descendants, in bytes. */
  peakBytes: number;
}

const SAMPLE_MS = 200;

/** Resident memory of `root` and all its descendants, in bytes. */
function treeRss(root: number): number {
  const listing = spawnSync('ps', ['-A', '-o', 'pid=,ppid=,rss='], { encoding: 'utf8' }).stdout ?? '';
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const line of listing.split('\n')) {
    const [pid, ppid, kb] = line.trim().split(/\s+/).map(Number);
    if (pid === undefined || ppid === undefined || kb === undefined || Number.isNaN(pid)) continue;
    rss.set(pid, kb * 1024);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Runs `command args` in `cwd` with `env`, output to `logFile`; resolves with its cost, or
 * rejects with the end of the log when it exits non-zero.
 */
export function timedRun(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<RunCost> {
  const log = openSync(options.logFile, 'w');
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', log, log] });
  let peakBytes = 0;
  const sampler = setInterval(() => {
    if (child.pid !== undefined) peakBytes = Math.max(peakBytes, treeRss(child.pid));
  }, SAMPLE_MS);
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      clearInterval(sampler);
      closeSync(log);
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) resolve({ seconds, peakBytes });
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} failed (exit ${code}); end of ${options.logFile}:\n${readFileSync(options.logFile, 'utf8').slice(-3000)}`,
          ),
        );
    });
  });
}
