// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Lint rules: the recommended sets, plus the boundaries that keep the layers apart.
 * `src/lib` is pure TypeScript (no Astro, no site data, no pages), so it runs anywhere;
 * pages and components reach `src/lib` only through `src/data` or plain imports.
 */
const libBoundaries = [
  { group: ['astro', 'astro:*', 'astro/*'], message: 'src/lib is plain TypeScript: no Astro imports.' },
  { group: ['**/data/*', '**/data', '../data/**'], message: 'src/lib must not import src/data: pass plain data in.' },
  { group: ['**/pages/**', '**/components/**', '**/layouts/**'], message: 'src/lib must not import pages or components.' },
];
const testSupport = { group: ['**/tests/**'], message: 'src/lib must not import test support; tests import src/lib.' };

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', '.tmp/', 'tests/fixtures/', 'content/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...libBoundaries, testSupport] }] },
  },
  {
    // A library's own unit tests may use the generators under tests/support (e.g. synthetic.ts).
    files: ['src/lib/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: libBoundaries }] },
  },
);
