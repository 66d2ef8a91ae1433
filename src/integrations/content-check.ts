import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { openCacheFile, saveCacheFile } from '../lib/cache/cache-file';
import { checkContent, isArticleCheck, type ContentCheckResult } from '../lib/content/check';
import { formatProblem } from '../lib/content/problems';
import { codeVersion } from './build-cache';

/** The build cache of each article file's own checks (src/lib/content/check.ts, `ArticleCheck`). */
const ARTICLE_CHECKS_CACHE = 'article-checks';

/**
 * The content check of a build (run in astro.config.mjs, before Astro reads the config): every
 * file checked, with each article file's own checks kept in the build cache in `cacheDir`
 * (relative to `root`, as Astro resolves it), so a rebuild parses only new and changed articles.
 */
export function checkContentForBuild(contentDir: string, root: URL, cacheDir: string): ContentCheckResult {
  const dir = resolve(fileURLToPath(root), cacheDir);
  const checks = openCacheFile(dir, ARTICLE_CHECKS_CACHE, isArticleCheck);
  const result = checkContent(contentDir, process.cwd(), { checks, codeVersion: codeVersion(root) });
  saveCacheFile(dir, ARTICLE_CHECKS_CACHE, checks);
  return result;
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Fails the build before Astro loads any collection when the content check
 * (run once in astro.config.mjs, see src/lib/content/check.ts) found problems,
 * listing every one of them as `file:line: field: message` and nothing else:
 * bad content is not a bug in the build, so there is no stack trace, and
 * nothing is written to dist/.
 */
export function contentCheck(result: ContentCheckResult): AstroIntegration {
  return {
    name: 'crosscheck:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return;
        const { problems, counts } = result;
        if (problems.length === 0) {
          logger.info(
            `checked ${count(counts.articles, 'article')}, ${count(counts.outlets, 'outlet')}, ${count(counts.stories, 'story', 'stories')} and ${count(counts.entities, 'entity', 'entities')}`,
          );
          return;
        }
        const files = new Set(problems.map((problem) => problem.file)).size;
        const error = new AstroError(
          `The content has ${count(problems.length, 'problem')} in ${count(files, 'file')}:\n${problems.map((problem) => `  ${formatProblem(problem)}`).join('\n')}`,
          'Fix the files named above; `npm run check:content` checks them again without a build.',
        );
        error.stack = '';
        throw error;
      },
    },
  };
}
