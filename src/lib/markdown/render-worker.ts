/**
 * A worker thread of articleMarkdown (article-processor.ts): renders one Markdown body per task
 * with the article processor, built once per thread from the settings in `workerData`.
 */
import { workerData } from 'piscina';
import { createArticleRenderer, type ArticleRendererSettings, type RenderTask } from './article-processor.ts';

const renderer = createArticleRenderer(workerData as ArticleRendererSettings);

export default async function render(task: RenderTask) {
  return (await renderer).render(task.content, {
    frontmatter: task.frontmatter,
    fileURL: task.fileURL === undefined ? undefined : new URL(task.fileURL),
  });
}
