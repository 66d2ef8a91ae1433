import { describe, expect, it } from 'vitest';
import { onBuildDataRelease, releaseBuildData } from './build-memory';

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
