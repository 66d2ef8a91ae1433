/**
 * `load`, run on the first call and its result shared by every later call of the build. The
 * corpus, the analysis and the other values every page reads are loaded once per build
 * (`getCorpus`, `getStories`…) through this, and kept until the build process exits: the
 * search index is built afterwards, by a process of its own (scripts/search-index.ts), so
 * nothing needs them dropped earlier.
 */
export function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded ??= load();
    return loaded;
  };
}
