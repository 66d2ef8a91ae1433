import { describe, expect, it } from 'vitest';
import { oncePerBuild, returnFreedMemory } from './build-memory';

describe('oncePerBuild', () => {
  it('loads on the first call and shares the result with every later call', async () => {
    let loads = 0;
    const get = oncePerBuild(async () => ++loads);
    expect(loads).toBe(0);
    expect(await Promise.all([get(), get()])).toEqual([1, 1]);
    expect(await get()).toBe(1);
    expect(loads).toBe(1);
  });
});

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
