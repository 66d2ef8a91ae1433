import type { Element, ElementContent } from 'hast';
import type { Options } from 'rehype-external-links';

/**
 * Options for `rehype-external-links`: links that leave the site get
 * `rel="noopener noreferrer"`, a class for styling, and a visible arrow whose
 * meaning is spelled out for screen readers.
 */
export function externalLinkOptions(siteUrl: string): Options {
  const siteHost = new URL(siteUrl).host;
  const marker: ElementContent[] = [
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['external-marker'], ariaHidden: 'true' },
      children: [{ type: 'text', value: '↗' }],
    },
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['visually-hidden'] },
      children: [{ type: 'text', value: ' (external link)' }],
    },
  ];
  return {
    rel: ['noopener', 'noreferrer'],
    properties: { className: ['external'] },
    protocols: ['http', 'https'],
    content: marker,
    test: (element: Element) => {
      const href = String(element.properties.href ?? '');
      try {
        return new URL(href).host !== siteHost;
      } catch {
        return false;
      }
    },
  };
}
