import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { externalLinkOptions, rehypeResolveOffsiteLinks } from './external-links';
import { rehypeBasePath } from './rehype-base-path';
import { rehypeParagraphIds } from './rehype-paragraph-ids';
import { remarkReadingTime } from './remark-reading-time';
import { articleSanitizeSchema } from './sanitize-schema';
import { remarkMentions } from './remark-mentions';
import { entityPath } from '../entities/paths';
import type { Entity } from '../entities/types';

/**
 * Remark plugins for article bodies, in order. Mentions link to entity pages
 * with root-relative paths; rehypeBasePath adds the base path later.
 */
export function articleRemarkPlugins(entities: readonly Entity[] = []): RemarkPlugins {
  return [remarkReadingTime, [remarkMentions, { entities, hrefFor: (entity: Entity) => `/${entityPath(entity)}` }]];
}

/**
 * Rehype plugins for article bodies, in order. Raw HTML is parsed first so the
 * sanitizer sees real elements (it would otherwise drop them unseen), and the
 * sanitizer runs last so no earlier plugin can reintroduce anything unsafe.
 */
export function articleRehypePlugins(siteUrl: string, basePath = '/'): RehypePlugins {
  return [
    rehypeRaw,
    [rehypeResolveOffsiteLinks, { siteUrl }],
    [rehypeExternalLinks, externalLinkOptions(siteUrl)],
    [rehypeBasePath, { basePath }],
    rehypeParagraphIds,
    [rehypeSanitize, articleSanitizeSchema],
  ];
}
