// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports no module of src/lib may make, tests included. */
const libBoundaries = [
  { group: ['astro', 'astro:*', 'astro/*'], message: 'src/lib is plain TypeScript: no Astro imports.' },
  { group: ['**/data/*', '**/data', '../data/**'], message: 'src/lib must not import src/data: pass plain data in.' },
  { group: ['**/pages/**', '**/components/**', '**/layouts/**'], message: 'src/lib must not import pages or components.' },
];

/**
 * Lint rules: the recommended sets, plus the boundaries that keep the layers apart.
 * `src/lib` is pure TypeScript (no Astro, no site data, no pages), so it runs anywhere;
 * pages and components reach `src/lib` only through `src/data` or plain imports.
 */
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
    ignores: ['src/lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [...libBoundaries, { group: ['**/tests/**'], message: 'src/lib must not import test support; tests import src/lib.' }],
        },
      ],
    },
  },
  {
    // Unit tests beside the library may use the shared test support in tests/support/.
    files: ['src/lib/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: libBoundaries }] },
  },
);
