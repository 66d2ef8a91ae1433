import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Rehype plugin: a root-relative link written in an article (`/timeline/`) is
 * meant for this site, so it gets the base path the site is served under
 * (`/news/timeline/`). Absolute URLs, protocol-relative URLs and in-page anchors
 * are left alone.
 */
export function rehypeBasePath(options: { basePath: string }) {
  const base = options.basePath.replace(/\/+$/, '');
  return (tree: Root) => {
    if (base === '') return;
    visit(tree, 'element', (node) => {
      for (const attribute of ['href', 'src'] as const) {
        const value = node.properties[attribute];
        if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) continue;
        if (value === base || value.startsWith(`${base}/`)) continue;
        node.properties[attribute] = base + value;
      }
    });
  };
}
