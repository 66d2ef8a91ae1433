import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { collectArticleText } from '../text/collect-article-text.ts';

/**
 * Remark plugin: builds the article's text model from the tree the page is rendered from (see
 * src/lib/text) and stores it as `articleText` in Astro's `remarkPluginFrontmatter`, which the
 * content layer caches with the rendered page. It also sets the paragraph anchors (`p-N`) and
 * heading ids on the tree, so it runs after every plugin that changes the text.
 */
export function remarkArticleText() {
  return (tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    frontmatter.articleText = collectArticleText(tree);
  };
}
