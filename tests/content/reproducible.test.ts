import { beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '../support/fingerprint';
import { cleanBuildVariant } from '../support/alt-build';


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
