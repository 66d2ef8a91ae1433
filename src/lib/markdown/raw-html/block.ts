/**
 * A block of raw HTML (Markdown's HTML block: `<div>…`, `<iframe …>` on a line of its own),
 * parsed on its own as an HTML fragment, so no element in it can reach the text after it, and
 * turned into Markdown nodes (hast-util-to-mdast) after the rules of elements.ts.
 */
import type { ElementContent, Element, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import type { RootContent } from 'mdast';
import { DROPPED_WITH_CONTENT, RAW_TEXT } from './elements.ts';

/** The Markdown nodes (paragraphs, lists, headings…) a block of raw HTML stands for. */
export function resolveBlockHtml(html: string): RootContent[] {
  const content = readable(fromHtml(html, { fragment: true, verbose: true }).children);
  if (content.length === 0) return [];
  // Inside a div, runs of text and inline elements become paragraphs.
  const tree = toMdast({ type: 'root', children: [{ type: 'element', tagName: 'div', properties: {}, children: content }] });
  return tree.type === 'root' ? tree.children : [];
}

/** The nodes a reader may see: comments and dropped elements removed, attributes stripped. */
function readable(nodes: readonly HastContent[]): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type === 'text') return [node];
    if (node.type !== 'element') return []; // comments, doctypes
    if (!DROPPED_WITH_CONTENT.has(node.tagName)) return [{ ...node, properties: keptProperties(node), children: readable(node.children) }];
    if (node.data?.position?.closing !== undefined) return [];
    return readable(unclosedContent(node));
  });
}

/**
 * What follows an element that was dropped but never closed. It hides nothing: a raw-text
 * element's "content" is the rest of the block, read again as HTML of its own.
 */
function unclosedContent(element: Element): HastContent[] {
  const [only] = element.children;
  if (RAW_TEXT.has(element.tagName) && only?.type === 'text') return fromHtml(only.value, { fragment: true, verbose: true }).children;
  if (element.tagName === 'template' && element.content !== undefined) return element.content.children;
  return element.children;
}

/** Only a link's `href` and `title` survive (and table cell alignment, which carries no text). */
function keptProperties(element: Element): Element['properties'] {
  const { href, title, align } = element.properties;
  if (element.tagName === 'a') return { ...(href === undefined ? {} : { href }), ...(title === undefined ? {} : { title }) };
  if ((element.tagName === 'td' || element.tagName === 'th') && align !== undefined) return { align };
  return {};
}
