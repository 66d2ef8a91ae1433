import type { Root } from 'hast';

/**
 * Rehype plugin: gives each top-level paragraph of an article an id `p-0`,
 * `p-1`, … in document order (headings are not counted), matching the
 * paragraph numbers of the analysis, so that story and article pages can link
 * a claim to the exact paragraph that carries it.
 */
export function rehypeParagraphIds() {
  return (tree: Root) => {
    let index = 0;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'p') node.properties.id = `p-${index++}`;
    }
  };
}
