// `npm test`: type-check, unit tests, a real production build, then the tests that
// read that build and drive Chromium against it, then a build of a generated corpus of a
// few thousand articles and the tests that read it. Stops at the first failing step.
import { spawnSync } from 'node:child_process';

const steps = [
  ['format', ['npx', 'prettier', '--check', '--log-level', 'warn', '.']],
  ['lint', ['npx', 'eslint', '.']],
  ['astro check', ['npx', 'astro', 'check']],
  ['unit tests', ['npx', 'vitest', 'run', '--project', 'unit']],
  ['ingest command', ['npx', 'vitest', 'run', '--project', 'ingest']],
  ['bad-content builds', ['npx', 'vitest', 'run', '--project', 'content']],
  ['production build', ['npm', 'run', '--silent', 'build']],
  ['site and browser tests', ['npx', 'vitest', 'run', '--project', 'site', '--project', 'browser']],
  ['large-corpus build and tests', ['npx', 'vitest', 'run', '--project', 'large']],
];

for (const [name, [command, ...args]] of steps) {
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } });
  if (result.status !== 0) {
    console.error(`\n✖ ${name} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status || 1);
  }
}
console.log('\n✔ all test steps passed');
