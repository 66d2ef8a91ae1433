import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pruneOutDir } from './out-dir.ts';

function outDirWith(files: string[]): string {
  const outDir = mkdtempSync(join(tmpdir(), 'crosscheck-out-dir-'));
  for (const file of files) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    writeFileSync(join(outDir, file), file);
  }
  return outDir;
}

describe('pruneOutDir', () => {
  it('deletes the files this build did not produce, and the folders they leave empty', () => {
    const outDir = outDirWith([
      'index.html',
      'articles/kept/index.html',
      'articles/withdrawn/index.html',
      'timeline/page/9/index.html',
      'sitemap-1.xml',
    ]);
    const produced = new Set(['index.html', join('articles', 'kept', 'index.html')]);
    expect(pruneOutDir(outDir, produced)).toBe(3);
    expect(readdirSync(outDir, { recursive: true, encoding: 'utf8' }).sort()).toEqual([
      'articles',
      join('articles', 'kept'),
      join('articles', 'kept', 'index.html'),
      'index.html',
    ]);
  });

  it('leaves .git and the folders every build writes whole (_astro, pagefind) alone', () => {
    const outDir = outDirWith(['.git/HEAD', '_astro/site.abc123.css', 'pagefind/pagefind.js', 'old.html']);
    expect(pruneOutDir(outDir, new Set())).toBe(1);
    for (const file of ['.git/HEAD', '_astro/site.abc123.css', 'pagefind/pagefind.js']) expect(existsSync(join(outDir, file))).toBe(true);
  });

  it('does nothing when there is no output folder yet', () => {
    expect(pruneOutDir(join(tmpdir(), 'crosscheck-no-such-folder'), new Set())).toBe(0);
  });
});
