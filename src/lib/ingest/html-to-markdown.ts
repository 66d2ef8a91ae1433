import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { toString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import { articleSanitizeSchema } from '../markdown/sanitize-schema.ts';

/**
 * Article HTML (an extracted main text, a feed item's content) to the Markdown body of
 * an article file, through rehype → remark. The HTML passes the same sanitizing schema
 * the site renders with, so what is written is already what will be shown: paragraphs,
 * subheadings, lists, block quotes, tables and links survive; images, their captions,
 * scripts, styles, forms and embeds do not (images are not republished).
 */

/** The Markdown and its plain text (for language detection and duplicate checks). */
export interface ConvertedBody {
  markdown: string;
  text: string;
}

const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'svg', 'object', 'embed']);

function containsMedia(node: Element): boolean {
  let found = false;
  visit(node, 'element', (child: Element) => {
    if (MEDIA.has(child.tagName)) found = true;
  });
  return found;
}

/** Drops figures that hold an image or video (with their captions) and demotes `<h1>`: the page has its own. */
function rehypeArticleShape() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'figure' && parent && index !== undefined && containsMedia(node)) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.tagName === 'h1') node.tagName = 'h2';
      return undefined;
    });
  };
}

/** Resolves relative link targets against the article's address, so links still work on our site. */
function rehypeAbsoluteLinks(base: string | undefined) {
  return () => (tree: HastRoot) => {
    if (!base) return;
    visit(tree, 'element', (node: Element) => {
      const href = node.properties?.['href'];
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      try {
        node.properties['href'] = new URL(href, base).href;
      } catch {
        delete node.properties['href'];
      }
    });
  };
}

/** A link the sanitizer took the target from (`javascript:`, …) is just its text. */
function rehypeUnwrapLinksWithoutTarget() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'a' || node.properties?.['href'] || !parent || index === undefined) return undefined;
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    });
  };
}

/** Paragraphs, headings, list items and cells as plain text, one per block. */
function plainText(tree: MdastRoot): string {
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push(toString(node, { includeImageAlt: false }));
      return SKIP;
    }
    return undefined;
  });
  return blocks.join('\n\n');
}

const processor = (baseUrl: string | undefined) =>
  unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeArticleShape)
    .use(rehypeAbsoluteLinks(baseUrl))
    .use(rehypeSanitize, articleSanitizeSchema)
    .use(rehypeUnwrapLinksWithoutTarget)
    .use(rehypeRemark)
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-' });

/** Convert article HTML to Markdown; `baseUrl` resolves relative links. */
export function htmlToMarkdown(html: string, baseUrl?: string): ConvertedBody {
  const pipeline = processor(baseUrl);
  const tree = pipeline.runSync(pipeline.parse(html)) as MdastRoot;
  return { markdown: pipeline.stringify(tree).trim(), text: plainText(tree) };
}
