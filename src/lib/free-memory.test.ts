import { describe, expect, it } from 'vitest';
import { returnFreedMemory } from './free-memory.ts';

describe('returnFreedMemory', () => {
  it('gives the pages of collected garbage back to the system (resident memory falls)', () => {
    // ~300 MB of objects, garbage as soon as the function returns.
    const allocate = () => Array.from({ length: 3_000_000 }, (_, index) => ({ index, text: `item ${index}` })).length;
    expect(allocate()).toBe(3_000_000);
    const before = process.memoryUsage().rss;
    returnFreedMemory();
    expect(before - process.memoryUsage().rss).toBeGreaterThan(100 * 2 ** 20);
  });
});
