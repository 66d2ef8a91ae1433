import type { Schema } from 'hast-util-sanitize';
import { BODY_ID } from '../text/article-text.ts';

const headingId: [string, RegExp] = ['id', BODY_ID.heading];

/**
 * What an article body may contain once rendered. Article Markdown comes from
 * outside (captures, contributors) and is treated as hostile: only the prose
 * elements a news text needs survive, links keep only web and mail URLs, and
 * nothing can carry script, style, event handlers or embedded content. Raw HTML
 * is already reduced to text and a little formatting before this (remarkArticleBody);
 * this schema is the second line of defence.
 */
export const articleSanitizeSchema: Schema = {
  tagNames: [
    'p',
    'br',
    'hr',
    'blockquote',
    'q',
    'cite',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'a',
    'em',
    'strong',
    'b',
    'i',
    'u',
    's',
    'del',
    'ins',
    'sub',
    'sup',
    'abbr',
    'span',
    'figure',
    'figcaption',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  attributes: {
    a: ['href', 'title', ['rel', 'noopener', 'noreferrer'], ['className', 'external', 'mention'], 'dataEntity'],
    abbr: ['title'],
    blockquote: ['cite'],
    q: ['cite'],
    span: [
      ['className', 'external-marker', 'visually-hidden'],
      ['ariaHidden', 'true'],
    ],
    td: [['align', 'left', 'right', 'center']],
    th: [['align', 'left', 'right', 'center'], 'scope'],
    // Only the anchors the text layer sets (collectArticleText); any other id is dropped.
    p: [['id', BODY_ID.paragraph]],
    li: [['id', BODY_ID.paragraph]],
    h2: [headingId],
    h3: [headingId],
    h4: [headingId],
    h5: [headingId],
    h6: [headingId],
    '*': ['lang', 'dir'],
  },
  protocols: { href: ['http', 'https', 'mailto'], cite: ['http', 'https'] },
  ancestors: { li: ['ol', 'ul'], tr: ['table'], td: ['table'], th: ['table'], tbody: ['table'], thead: ['table'] },
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
  clobberPrefix: 'user-content-',
  clobber: ['name'],
  required: {},
};
