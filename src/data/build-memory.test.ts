import { describe, expect, it } from 'vitest';
import { onBuildDataRelease, oncePerBuild, releaseBuildData } from './build-memory';

describe('releaseBuildData', () => {
  it('drops every registered cache, each time it is called', () => {
    let cache: string[] | undefined = ['loaded'];
    onBuildDataRelease(() => {
      cache = undefined;
    });
    expect(releaseBuildData()).toBeGreaterThanOrEqual(1);
    expect(cache).toBeUndefined();
    cache = ['loaded again'];
    releaseBuildData();
    expect(cache).toBeUndefined();
  });
});

describe('oncePerBuild', () => {
  it('loads once, shares the result, and loads again after a release', async () => {
    let loads = 0;
    const get = oncePerBuild(async () => ++loads);
    expect(await get()).toBe(1);
    expect(await get()).toBe(1);
    releaseBuildData();
    expect(await get()).toBe(2);
  });
});
