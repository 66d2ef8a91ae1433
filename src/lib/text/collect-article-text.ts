/**
 * Markdown tree (mdast) → the article's text model, and the page anchors that go with it.
 *
 * One walk does both: every text block gets its `p-N` id on the very node that becomes its
 * HTML element, and its text becomes paragraph N of the model. So the analysis's paragraph
 * numbers and the page's anchors cannot drift apart, whatever Markdown or raw HTML the body has.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, List, ListItem, Node, Nodes, Paragraph, Parent, Root } from 'mdast';
import { headingAnchor, paragraphAnchor, type ArticleText } from './article-text.ts';

/** Containers whose children are blocks: walked for paragraphs and headings. */
const FLOW_CONTAINERS = new Set(['blockquote', 'list', 'listItem', 'footnoteDefinition']);

/**
 * The text model of a Markdown tree. Sets `data.hProperties.id` on each text block (its `p-N`
 * anchor) and on each heading (see `headingId`), so run it before mdast → hast. Tables and code
 * blocks are not prose and are left out; an empty paragraph gets no number.
 */
export function collectArticleText(tree: Root): ArticleText {
  const state: WalkState = { text: { paragraphs: [], headings: [] }, slugger: new GithubSlugger() };
  for (const node of tree.children) visitBlock(node, tree, state);
  return state.text;
}

interface WalkState {
  text: ArticleText;
  slugger: GithubSlugger;
}

function visitBlock(node: Nodes, parent: Parent, state: WalkState): void {
  if (node.type === 'heading') {
    const value = blockText(node);
    if (value === '') return;
    setId(node, headingId(value, state.slugger));
    state.text.headings.push({ text: value, depth: node.depth, beforeParagraph: state.text.paragraphs.length });
  } else if (node.type === 'paragraph') {
    addParagraph(node, state.text);
  } else if (node.type === 'listItem' && isTight(node, parent)) {
    addTightItem(node, state);
  } else if (FLOW_CONTAINERS.has(node.type)) {
    for (const child of (node as Parent).children as Nodes[]) visitBlock(child, node as Parent, state);
  }
}

/**
 * A heading's id: `h-` and its GitHub-style slug ("Next Steps" → `h-next-steps`). The prefix
 * keeps body ids apart from the page's own (`main`, `other-coverage`, …), as `p-N` does for
 * paragraphs, so a heading named "Main" cannot steal the skip link's target.
 */
function headingId(text: string, slugger: GithubSlugger): string {
  return headingAnchor(slugger.slug(text));
}

function addParagraph(node: Paragraph, text: ArticleText): void {
  const value = blockText(node);
  if (value === '') return;
  setId(node, paragraphAnchor(text.paragraphs.length));
  text.paragraphs.push(value);
}

/**
 * A tight list item renders its paragraphs' text straight into `<li>` (mdast-util-to-hast
 * unwraps them), so the item is the block: its paragraphs make one text with the id on the item.
 */
function addTightItem(item: ListItem, state: WalkState): void {
  const { text } = state;
  const paragraphs = item.children.filter((child): child is Paragraph => child.type === 'paragraph');
  const value = paragraphs
    .map(blockText)
    .filter((part) => part !== '')
    .join(' ');
  if (value !== '') {
    setId(item, paragraphAnchor(text.paragraphs.length));
    text.paragraphs.push(value);
  }
  for (const child of item.children as Nodes[]) if (child.type !== 'paragraph') visitBlock(child, item, state);
}

/**
 * Whether mdast-util-to-hast renders the item tight (its `listLoose`/`listItemLoose`, v13): a
 * list is loose when it or any of its items is spread; an item's unset `spread` means "more than
 * one child".
 */
function isTight(item: ListItem, parent: Parent): boolean {
  const items = parent.type === 'list' ? (parent as List).children : [item];
  const loose = (parent.type === 'list' && (parent as List).spread === true) || items.some(itemLoose);
  return !loose;
}

function itemLoose(item: ListItem): boolean {
  return item.spread === null || item.spread === undefined ? item.children.length > 1 : item.spread;
}

function setId(node: Paragraph | ListItem | Heading, id: string): void {
  const data = (node.data ??= {});
  data.hProperties = { ...data.hProperties, id };
}

/** The text a reader sees in a block, whitespace collapsed: no image alt text, no footnote marks. */
export function blockText(node: Node): string {
  return phrasingText(node).replace(/\s+/g, ' ').trim();
}

function phrasingText(node: Node): string {
  const typed = node as Nodes;
  switch (typed.type) {
    case 'text':
    case 'inlineCode':
      return typed.value;
    case 'break':
      return ' ';
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
    case 'html':
      return '';
    default:
      return 'children' in typed ? (typed.children as Node[]).map(phrasingText).join('') : '';
  }
}
