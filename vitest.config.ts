import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test, run in this order by `npm test` (see scripts/test.mjs):
 * - unit: pure logic in src/lib, no build needed;
 * - ingest: the `npm run ingest` command end to end, on scratch content folders and a local server;
 * - site: reads the real production build in dist/;
 * - content: builds the real site from scratch copies with bad articles added;
 * - browser: drives Debian's Chromium against dist/ served on localhost;
 * - large: builds a generated corpus of a few thousand articles once, then checks budgets, links, pagination and feeds.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          // A few tests build a few hundred generated articles; on a busy 2-core machine 5 s is too tight.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'ingest',
          include: ['tests/ingest/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          testTimeout: 180_000,
          // Builds share the project's generated .astro/ folder, so they run one at a time.
          fileParallelism: false,
        },
      },
      {
        test: {
          // Reads one build of a generated corpus of a few thousand articles (see tests/support/large-corpus.ts).
          name: 'large',
          include: ['tests/large/**/*.test.ts'],
          globalSetup: ['tests/support/large-corpus-setup.ts'],
          env: { CROSSCHECK_DIST: '.tmp/large-corpus/dist' },
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
