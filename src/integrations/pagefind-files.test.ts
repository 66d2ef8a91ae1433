import { describe, expect, it } from 'vitest';
import { eachAtOnce } from './pagefind-files.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('eachAtOnce', () => {
  it('runs every item, starting them in order, never more than `count` at once', async () => {
    const started: number[] = [];
    let running = 0;
    let most = 0;
    await eachAtOnce([10, 11, 12, 13, 14, 15, 16], 3, async (item, index) => {
      expect(item).toBe(index + 10);
      started.push(index);
      most = Math.max(most, ++running);
      await tick();
      running--;
    });
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(most).toBe(3);
  });

  it('rejects with the first task that fails', async () => {
    await expect(
      eachAtOnce(['a', 'b', 'c'], 2, async (item) => {
        if (item === 'b') throw new Error('b failed');
      }),
    ).rejects.toThrow('b failed');
  });

  it('does nothing for no items', async () => {
    let calls = 0;
    await eachAtOnce([], 4, async () => {
      calls++;
    });
    expect(calls).toBe(0);
  });
});
