import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeNewFile } from './files.ts';

const folder = mkdtempSync(join(tmpdir(), 'ingest-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('writeNewFile', () => {
  it('writes a new file, creating its folder, and leaves no temporary file', () => {
    expect(writeNewFile(join(folder, 'articles', 'a.md'), 'first')).toBe(true);
    expect(readFileSync(join(folder, 'articles', 'a.md'), 'utf8')).toBe('first');
    expect(readdirSync(join(folder, 'articles'))).toEqual(['a.md']);
  });
  it('never overwrites an existing file', () => {
    expect(writeNewFile(join(folder, 'articles', 'a.md'), 'second')).toBe(false);
    expect(readFileSync(join(folder, 'articles', 'a.md'), 'utf8')).toBe('first');
    expect(readdirSync(join(folder, 'articles'))).toEqual(['a.md']);
  });
});
