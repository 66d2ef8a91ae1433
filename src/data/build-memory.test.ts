import { describe, expect, it } from 'vitest';
import { oncePerBuild } from './build-memory';

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
