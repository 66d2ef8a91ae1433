/**
 * Raw HTML inside a paragraph (or heading, link, table cell…). Markdown hands each tag over as
 * a node of its own (`<em>`, text, `</em>`), so tags are paired among siblings: a pair can never
 * reach past the block it is in, and a tag left open is simply dropped with its text kept.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Link, PhrasingContent } from 'mdast';
import { DROPPED_WITH_CONTENT, INLINE_FORMATTING, VOID } from './elements.ts';

/** An inline tag as Markdown recognized it. */
interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
}

interface OpenElement {
  name: string;
  /** The opening tag as written. */
  source: string;
  children: PhrasingContent[];
}

/** Where the content is. */
export interface InlineContext {
  /** False inside a link: links cannot nest, so an HTML link there is only its text. */
  links: boolean;
}

/**
 * Phrasing content with its raw HTML resolved: paired formatting tags become emphasis, strong,
 * delete or link nodes; pairs of dropped elements (`<script>…</script>`) go with their content;
 * every other tag, comment or declaration goes, and all other text stays.
 */
export function resolveInlineHtml(children: readonly PhrasingContent[], context: InlineContext = { links: true }): PhrasingContent[] {
  const root: OpenElement = { name: '', source: '', children: [] };
  const stack: OpenElement[] = [root];
  const top = (): OpenElement => stack[stack.length - 1]!;
  // An element left open inside another that closes: its tag goes, its content stays.
  const unwind = (): void => {
    const open = stack.pop()!;
    top().children.push(...open.children);
  };

  for (const node of children) {
    if (node.type !== 'html') {
      top().children.push(node);
      continue;
    }
    const tag = readTag(node.value);
    if (tag === undefined) continue; // a comment, declaration, instruction or CDATA: nothing to read
    if (tag.closing) {
      const at = stack.findLastIndex((open) => open.name === tag.name);
      if (at <= 0) continue; // an end tag with no start: nothing to close
      while (stack.length - 1 > at) unwind();
      const closed = stack.pop()!;
      top().children.push(...closeElement(closed, context));
    } else if (tag.name === 'br') {
      top().children.push({ type: 'break' });
    } else if (!tag.selfClosing && !VOID.has(tag.name)) {
      stack.push({ name: tag.name, source: node.value, children: [] });
    }
  }
  while (stack.length > 1) unwind();
  return root.children;
}

/** Name and kind of a tag Markdown recognized as inline HTML (so it is well formed). */
function readTag(value: string): Tag | undefined {
  if (value.startsWith('<!') || value.startsWith('<?')) return undefined;
  const closing = value.startsWith('</');
  let end = closing ? 2 : 1;
  while (end < value.length && /[A-Za-z0-9-]/.test(value[end]!)) end++;
  const name = value.slice(closing ? 2 : 1, end).toLowerCase();
  return name === '' ? undefined : { name, closing, selfClosing: value.endsWith('/>') };
}

function closeElement(element: OpenElement, context: InlineContext): PhrasingContent[] {
  if (DROPPED_WITH_CONTENT.has(element.name)) return [];
  const { children } = element;
  switch (INLINE_FORMATTING[element.name]) {
    case 'emphasis':
      return [{ type: 'emphasis', children }];
    case 'strong':
      return [{ type: 'strong', children }];
    case 'delete':
      return [{ type: 'delete', children }];
    case 'link':
      return context.links ? linkFrom(element.source, children) : children;
    default:
      return children;
  }
}

/** A link from `<a href="…" title="…">`, or just its text when it has no `href`. */
function linkFrom(openingTag: string, children: PhrasingContent[]): PhrasingContent[] {
  const anchor = fromHtml(openingTag, { fragment: true }).children[0];
  const href = anchor?.type === 'element' ? anchor.properties.href : undefined;
  if (typeof href !== 'string') return children;
  const title = anchor?.type === 'element' && typeof anchor.properties.title === 'string' ? anchor.properties.title : null;
  const link: Link = { type: 'link', url: href, title, children: withoutLinks(children) as Link['children'] };
  return [link];
}

/** Links cannot nest: a link inside a link keeps only its text. */
function withoutLinks(children: readonly PhrasingContent[]): PhrasingContent[] {
  return children.flatMap((child) => {
    if (child.type === 'link') return withoutLinks(child.children);
    if ('children' in child) return [{ ...child, children: withoutLinks(child.children) } as PhrasingContent];
    return [child];
  });
}
