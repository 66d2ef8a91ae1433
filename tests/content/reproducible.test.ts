import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanBuildVariant } from '../support/alt-build';

/** Every file of a build with its SHA-256, so two builds compare file by file. */
function fingerprint(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')]),
  );
}

const builds: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  const variants: [string, Record<string, string>][] = [
    ['repro-utc-1', { TZ: 'UTC' }],
    ['repro-utc-2', { TZ: 'UTC' }],
    ['repro-kiritimati', { TZ: 'Pacific/Kiritimati' }],
    ['repro-los-angeles', { TZ: 'America/Los_Angeles' }],
  ];
  // One at a time: builds share the project's generated .astro/ folder.
  for (const [name, env] of variants) builds[name] = fingerprint(await cleanBuildVariant(name, env));
}, 600_000);

describe('reproducible builds', () => {
  it('two clean builds of the same commit are byte-identical, search index included', () => {
    const first = builds['repro-utc-1'] ?? {};
    expect(Object.keys(first).some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(builds['repro-utc-2']).toEqual(first);
  });

  it.each(['repro-kiritimati', 'repro-los-angeles'])('a build with the machine in another time zone (%s) is byte-identical', (name) => {
    expect(builds[name]).toEqual(builds['repro-utc-1']);
  });
});
