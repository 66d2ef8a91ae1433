/**
 * Remark plugin: an article body is untrusted text, and this is what it may contain. It runs
 * before anything else reads the tree, so the page, the text layer, mentions and search all see
 * the same text (README "Content is untrusted"):
 * - raw HTML becomes ordinary Markdown nodes (text and a little formatting, see raw-html/);
 * - images go (Crosscheck does not republish them), and a paragraph left empty goes with them;
 * - a code block is read as a paragraph of text: the page never shows code (the sanitizer
 *   drops `pre` and `code`), and in a news capture it is indented prose or a `<pre>` block.
 *
 * Each raw HTML node is read on its own (see raw-html/), never as one HTML stream with the rest
 * of the body: an unclosed `<iframe>`, `<script src>`, `<object>`, `<template>`, `<noscript>`,
 * `<textarea>`, `<title>`, `<style>` or `<xmp>` cannot swallow the paragraphs after it. Markdown
 * itself runs an HTML block that starts with `<script`, `<pre`, `<style`, `<textarea`, `<!--`,
 * `<?`, `<!X` or `<![CDATA[` to the end of the document when its end marker never comes
 * (CommonMark 0.31, HTML blocks, kinds 1–5); such a block keeps only its first line as HTML and
 * the rest is read again as Markdown.
 */
import type { Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import { resolveBlockHtml } from './raw-html/block.ts';
import { resolveInlineHtml } from './raw-html/inline.ts';

/** Parents whose children are blocks; in every other parent raw HTML is inline. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** HTML block starts that run to the end of the document without their end marker. */
const UNTERMINATED_BLOCKS: ReadonlyArray<{ start: (lower: string) => boolean; ends: readonly string[] }> = [
  { start: (lower) => /^<(?:script|pre|style|textarea)(?:[\s>]|$)/.test(lower), ends: ['</script>', '</pre>', '</style>', '</textarea>'] },
  { start: (lower) => lower.startsWith('<!--'), ends: ['-->'] },
  { start: (lower) => lower.startsWith('<?'), ends: ['?>'] },
  { start: (lower) => lower.startsWith('<![cdata['), ends: [']]>'] },
  { start: (lower) => /^<![a-z]/.test(lower), ends: ['>'] },
];

/** The plugin; `this` is the processor, whose parser reads a run-away block's rest again. */
export function remarkArticleBody(this: Processor) {
  const parse = (markdown: string): Root => this.parse(markdown) as Root;
  return (tree: Root) => {
    resolve(tree, parse);
  };
}

function resolve(parent: Parent, parse: (markdown: string) => Root, inLink = false): void {
  // Links cannot nest: inside a Markdown link, an HTML link is only its text.
  const childrenInLink = inLink || parent.type === 'link' || parent.type === 'linkReference';
  for (const child of parent.children) if ('children' in child) resolve(child as Parent, parse, childrenInLink);
  if (FLOW_PARENTS.has(parent.type)) {
    parent.children = resolveFlow(parent.children as RootContent[], parse);
  } else if (parent.children.some((child) => IMAGE_OR_HTML.has(child.type))) {
    const phrasing = (parent.children as PhrasingContent[]).filter((child) => child.type !== 'image' && child.type !== 'imageReference');
    parent.children = resolveInlineHtml(phrasing, { links: !childrenInLink });
  }
}

const IMAGE_OR_HTML = new Set(['html', 'image', 'imageReference']);

function resolveFlow(children: readonly RootContent[], parse: (markdown: string) => Root): RootContent[] {
  return children.flatMap((child): RootContent[] => {
    // A paragraph whose only content was raw HTML or an image has nothing left to show.
    if (child.type === 'paragraph' && child.children.length === 0) return [];
    if (child.type === 'code')
      return child.value.trim() === '' ? [] : [{ type: 'paragraph', children: [{ type: 'text', value: child.value }] }];
    if (child.type !== 'html') return [child];
    const runaway = splitRunawayBlock(child.value);
    const nodes =
      runaway === undefined ? resolveBlockHtml(child.value) : [...resolveBlockHtml(runaway.firstLine), ...parse(runaway.rest).children];
    // What the HTML stood for follows the same rules as the rest of the body.
    const replacement: Root = { type: 'root', children: nodes };
    resolve(replacement, parse);
    return replacement.children;
  });
}

/** An HTML block Markdown ran to the end because its end marker never came, split after its first line. */
function splitRunawayBlock(html: string): { firstLine: string; rest: string } | undefined {
  const lower = html.trimStart().toLowerCase();
  const kind = UNTERMINATED_BLOCKS.find((block) => block.start(lower));
  if (kind === undefined || kind.ends.some((end) => lower.includes(end, 2))) return undefined;
  const newline = html.indexOf('\n');
  if (newline < 0) return undefined;
  return { firstLine: html.slice(0, newline), rest: html.slice(newline + 1) };
}
