import { parseHTML } from 'linkedom';

/**
 * The text of each `p-N` element of rendered article HTML, in anchor order, whitespace
 * collapsed. What the pipeline adds is not text of the article: the external-link marker (↗
 * and its spoken label), footnote numbers and footnote back links.
 */
export function paragraphsByAnchor(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const added = '.external-marker, .external .visually-hidden, sup:has(> a[href^="#user-content-fn-"]), a[href^="#user-content-fnref-"]';
  for (const marker of document.querySelectorAll(added)) marker.remove();
  const texts: string[] = [];
  for (const element of document.querySelectorAll('[id^="p-"]')) {
    const index = Number(element.id.slice(2));
    texts[index] = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  }
  return texts;
}
