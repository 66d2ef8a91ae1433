import { availableParallelism } from 'node:os';
import {
  createMarkdownProcessor,
  type AstroMarkdownOptions,
  type MarkdownProcessor,
  type MarkdownRenderer,
  type MarkdownRenderResult,
} from '@astrojs/markdown-remark';
import { Piscina } from 'piscina';
import { returnFreedMemory } from '../free-memory.ts';
import type { Entity } from '../entities/types.ts';
import { articleRehypePlugins, articleRemarkPlugins } from './pipeline.ts';

/** Options of articleMarkdown: what the article plugins need, all plain data (it crosses to worker threads). */
export interface ArticleMarkdownOptions {
  /** The entity registry's entities, for mentions. */
  entities: readonly Entity[];
  /** The site's URL, to tell its own links from other sites'. */
  siteUrl: string;
  /** The site's base path, added to root-relative links. */
  basePath: string;
  /**
   * Worker threads that render Markdown; 0 renders on the calling thread. Default: one per
   * core the process may use.
   */
  threads?: number;
  /** Bodies rendered on the calling thread before any worker starts (default ON_CALLING_THREAD). */
  onCallingThread?: number;
}

/** The settings the renderer is built from, as Astro passes them and as they cross to a worker. */
export interface ArticleRendererSettings extends ArticleMarkdownOptions {
  /** Remote image rules, for Astro's image collection (the rest of Astro's image config is not data). */
  image: AstroMarkdownOptions['image'];
}

/** One Markdown body to render, as it crosses to a worker. */
export interface RenderTask {
  content: string;
  frontmatter: Record<string, unknown>;
  /** The file's URL (href), for the image collection and error messages. */
  fileURL?: string;
}

/** Astro's Markdown processor with the article plugins, on the calling thread. */
export function createArticleRenderer(settings: ArticleRendererSettings): Promise<MarkdownRenderer> {
  return createMarkdownProcessor({
    image: settings.image,
    // News text is published as captured: no smart quotes, no code highlighting.
    gfm: true,
    smartypants: false,
    syntaxHighlight: false,
    remarkPlugins: articleRemarkPlugins(settings.entities),
    rehypePlugins: articleRehypePlugins(settings.siteUrl, settings.basePath),
  });
}

/**
 * Bodies rendered on the calling thread before any worker starts. A rebuild after one new
 * article at 10,000 renders one body: a worker took ~3 s to start while the build loaded its
 * content store, then 1 s idle and 0.45 s to hand its memory back (content sync 12 s against
 * 6 s on the calling thread); 100 bodies take ~0.4 s here.
 */
const ON_CALLING_THREAD = 100;

/**
 * The site's Markdown processor (`markdown.processor` in astro.config.mjs): remark and rehype
 * with the article plugins (src/lib/markdown/pipeline.ts), as `unified()` from
 * `@astrojs/markdown-remark` runs them, but on worker threads once there are more than a few
 * to render. Rendering the bodies is most of a cold build's content sync (41 → 24 s at 10,000
 * articles on 2 cores), and Astro renders on one thread while the glob loader keeps ten files
 * in flight; the workers take them side by side. Each body's HTML and metadata are what the
 * same processor gives on one thread (a worker runs exactly `createArticleRenderer`), so the
 * output does not depend on where a body was rendered. Idle workers exit after a second, and
 * the memory they held is handed back then, so a finished sync leaves no thread (or its
 * memory) behind while pages render.
 */
export function articleMarkdown(options: ArticleMarkdownOptions): MarkdownProcessor {
  const threads = options.threads ?? availableParallelism();
  if (!Number.isInteger(threads) || threads < 0) {
    throw new Error(`Markdown threads must be a whole number, 0 or more (CROSSCHECK_MARKDOWN_THREADS), not ${String(options.threads)}`);
  }
  const onCallingThread = options.onCallingThread ?? ON_CALLING_THREAD;
  return {
    name: 'crosscheck-articles',
    // What the output depends on, as data: Astro keeps its content store (every rendered body)
    // only while a digest of its config, these options included, is unchanged. An entity
    // edit must re-render every article (the mention plugin links its aliases); the thread
    // count must not.
    options: { entities: options.entities, siteUrl: options.siteUrl, basePath: options.basePath },
    async createRenderer(shared) {
      const settings: ArticleRendererSettings = {
        ...options,
        image: { domains: shared.image?.domains, remotePatterns: shared.image?.remotePatterns },
      };
      const local = await createArticleRenderer(settings);
      if (threads < 1) return local;
      let rendered = 0;
      let pool: Piscina | undefined;
      return {
        render(content, renderOptions) {
          if (++rendered <= onCallingThread) return local.render(content, renderOptions);
          pool ??= startPool(settings, threads);
          return pool.run({
            content,
            frontmatter: renderOptions?.frontmatter ?? {},
            fileURL: renderOptions?.fileURL?.href,
          } satisfies RenderTask) as Promise<MarkdownRenderResult>;
        },
      };
    },
  };
}

/** Worker threads that run render-worker.ts, which exit when idle and hand their memory back. */
function startPool(settings: ArticleRendererSettings, threads: number): Piscina {
  const pool = new Piscina({
    filename: new URL('./render-worker.ts', import.meta.url).href,
    workerData: settings,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 1000,
  });
  // A finished worker's memory stays resident until the main thread's next memory-reducing
  // collection (measured at 10,000 articles: +0.45 GB for the rest of the build without it).
  const running = new Set<object>();
  pool.on('workerCreate', () => {
    for (const worker of pool.threads.filter((thread) => !running.has(thread))) {
      running.add(worker);
      worker.once('exit', () => {
        running.delete(worker);
        if (running.size === 0) returnFreedMemory();
      });
    }
  });
  return pool;
}
