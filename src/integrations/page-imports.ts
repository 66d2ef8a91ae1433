import type { AstroIntegration } from 'astro';

/** Astro's module that maps each page component to its loader (astro/dist/vite-plugin-pages/pages.js, Astro 7.3). */
const PAGES_MODULE_ID = '\0virtual:astro:pages';

/** A page loader as that module writes it: `const _page0 = () => import("virtual:astro:page:…");`. */
const PAGE_LOADER = /const (_page\d+) = \(\) => import\(("[^"]*")\);/g;

/**
 * Makes each page's loader import its module once. Astro calls the loader of a page's route
 * for every page it renders, and each `import()` of a module already loaded still runs
 * through Node's loader and the resolve hook Vite's module runner registers: 15,500 calls at
 * 10,000 articles. Memoized, the loader hands back the same promise, so the same module.
 *
 * Code that no longer matches (another Astro) is left as it is: pages still render, only as
 * slowly as before.
 */
export function pageModulesImportedOnce(): AstroIntegration {
  return {
    name: 'crosscheck:page-modules-imported-once',
    hooks: {
      'astro:build:setup': ({ vite }) => {
        vite.plugins = [...(vite.plugins ?? []), memoizedPageLoaders()];
      },
    },
  };
}

/** The Vite plugin of `pageModulesImportedOnce`. */
function memoizedPageLoaders() {
  return {
    name: 'crosscheck:page-modules-imported-once',
    transform: (code: string, id: string) =>
      id === PAGES_MODULE_ID ? code.replace(PAGE_LOADER, 'let $1_module; const $1 = () => ($1_module ??= import($2));') : undefined,
  };
}
