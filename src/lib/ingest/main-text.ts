import { Defuddle } from 'defuddle/node';

/**
 * The article's own text in a page, without navigation, share buttons, related boxes,
 * comments, cookie banners or ads. Defuddle (the extractor behind Obsidian Web Clipper, a
 * Readability successor with clutter selectors and content scoring) does the work.
 */

/** Never let the extractor reach the network: its site-specific extractors may try. */
const noNetwork: typeof fetch = () => Promise.reject(new Error('ingest does not let the extractor fetch'));

/**
 * The main text of a page as HTML, comments excluded. Images are left in on purpose:
 * Defuddle would drop an image but keep its caption, and the Markdown conversion needs
 * the image to recognise the caption as one and drop the figure whole.
 */
export async function extractMainHtml(document: Document, url: string | undefined): Promise<string> {
  const result = await Defuddle(document, url, {
    removeImages: false,
    includeReplies: false,
    useAsync: false,
    fetch: noNetwork,
  });
  return result.content ?? '';
}
