import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * The commands (`npm run bench`, `eval:stories`, `ingest`, `bench:ingest`) run src/lib on Node
 * directly, which only strips types: every relative import needs its `.ts` extension and no
 * TypeScript-only syntax (parameter properties, enums) may appear. Vite forgives both, so only
 * loading the modules in plain Node shows a break.
 */
const ENTRY_POINTS = [
  'src/lib/analysis/index.ts',
  'src/lib/evaluation/labelled-csv.ts',
  'src/lib/evaluation/story-evaluation.ts',
  'src/lib/ingest/article-file.ts',
  'src/lib/ingest/draft-to-article.ts',
  'src/lib/ingest/fetch.ts',
  'src/lib/ingest/ingest.ts',
  'src/lib/ingest/language.ts',
  'src/lib/markdown/article-processor.ts',
  'src/lib/markdown/article-text.ts',
  'src/lib/urls/normalize.ts',
  'src/lib/cache/article-extras.ts',
  'tests/support/synthetic.ts',
];

describe('src/lib on plain Node', () => {
  it('loads every module the commands import, with types stripped', () => {
    const script = ENTRY_POINTS.map((file) => `await import(${JSON.stringify(`./${file}`)});`).join('\n');
    const result = spawnSync(process.execPath, ['--input-type=module', '--eval', script], { encoding: 'utf8' });
    expect(result.stderr.split('\n').find((line) => /Error/.test(line)) ?? '').toBe('');
    expect(result.status).toBe(0);
  }, 60_000);
});
