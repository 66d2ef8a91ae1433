/**
 * Lets the build forget what the pages were rendered from once every page is written.
 *
 * The corpus, the analysis and the per-story page data stay referenced by these modules for
 * the whole build (they are loaded once and shared by every page). After the last page they
 * are garbage, but the search index is built next, by Pagefind in a process of its own, while
 * this one still holds them: at 10,000 articles the two together passed the 2.5 GB memory
 * budget of issue 9. Each cache registers how to drop itself; the Pagefind integration calls
 * `releaseBuildData()` (through `globalThis`, since the integration and the pages are separate
 * module graphs in one process) before it indexes.
 */
const RELEASERS = Symbol.for('crosscheck.build-data-releasers');

type Releasers = Array<() => void>;

function releasers(): Releasers {
  const scope = globalThis as typeof globalThis & { [RELEASERS]?: Releasers };
  scope[RELEASERS] ??= [];
  return scope[RELEASERS];
}

/** Registers how a module-level cache of build data is dropped when the pages are done. */
export function onBuildDataRelease(release: () => void): void {
  releasers().push(release);
}

/**
 * `load`, run on the first call and its result shared by every later call of the build, until
 * the build data is released (then the next call loads again). Every "loaded once per build"
 * value of src/data goes through this, so each is also dropped before Pagefind indexes.
 */
export function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  onBuildDataRelease(() => {
    loaded = undefined;
  });
  return () => {
    loaded ??= load();
    return loaded;
  };
}

/** Drops every registered cache (a later page would load it again). Returns how many there were. */
export function releaseBuildData(): number {
  const all = releasers();
  for (const release of all) release();
  return all.length;
}
