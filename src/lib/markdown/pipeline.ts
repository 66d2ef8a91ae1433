import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import { entityPath } from '../entities/paths.ts';
import type { Entity } from '../entities/types.ts';
import { externalLinkOptions, rehypeResolveOffsiteLinks } from './external-links.ts';
import { rehypeBasePath } from './rehype-base-path.ts';
import { remarkArticleText } from './remark-article-text.ts';
import { remarkMentions } from './remark-mentions.ts';
import { remarkArticleBody } from './remark-article-body.ts';
import { remarkReadingTime } from './remark-reading-time.ts';
import { remarkSatteriParser } from './remark-satteri-parser.ts';
import { articleSanitizeSchema } from './sanitize-schema.ts';

/**
 * Where a mention links: the entity's page, except for countries, which nearly every sentence
 * of the news names; linking them turned an article's opening sentence into a row of links.
 * They are still counted as mentions.
 */
function linkedEntityHref(entity: Entity): string | undefined {
  return entity.kind === 'place' && entity.country === undefined ? undefined : `/${entityPath(entity)}`;
}

/**
 * Remark plugins for article bodies, in order: Sätteri parses the body (remarkSatteriParser
 * replaces remark's parser); raw HTML then becomes Markdown nodes before anything reads the
 * tree (so no later plugin, and no page, sees HTML the text layer does not); the text model is
 * built last, from the tree as it will be rendered. Mentions link to entity pages with
 * root-relative paths; rehypeBasePath adds the base path later.
 */
export function articleRemarkPlugins(entities: readonly Entity[] = []): RemarkPlugins {
  return [
    remarkSatteriParser,
    remarkArticleBody,
    [remarkMentions, { entities, hrefFor: linkedEntityHref }],
    remarkReadingTime,
    remarkArticleText,
  ];
}

/**
 * Rehype plugins for article bodies, in order. The sanitizer runs last so no earlier plugin can
 * reintroduce anything unsafe; there is no raw HTML left to parse (see remarkArticleBody).
 */
export function articleRehypePlugins(siteUrl: string, basePath = '/'): RehypePlugins {
  return [
    [rehypeResolveOffsiteLinks, { siteUrl }],
    [rehypeExternalLinks, externalLinkOptions(siteUrl)],
    [rehypeBasePath, { basePath }],
    [rehypeSanitize, articleSanitizeSchema],
  ];
}
