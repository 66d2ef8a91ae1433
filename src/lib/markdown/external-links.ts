import type { Element, ElementContent, Root } from 'hast';
import type { Options } from 'rehype-external-links';
import { visit } from 'unist-util-visit';

/**
 * Rehype plugin: a link that a browser would take off the site is rewritten
 * as the absolute URL it leads to, so that the external-links plugin and the
 * sanitizer judge where it really goes. Links that look relative can leave
 * the site: `//evil.example/x` (protocol-relative), `/\evil.example/x` and
 * `\\evil.example` (browsers read a backslash as a slash), `http:evil.example`
 * (a scheme without slashes). They are resolved against the site's URL with
 * the WHATWG URL parser, as a browser resolves them; absolute http(s) links
 * are kept as written.
 */
export function rehypeResolveOffsiteLinks(options: { siteUrl: string }) {
  const site = new URL(options.siteUrl);
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string' || /^https?:\/\//i.test(href.trim())) return;
      let target: URL;
      try {
        target = new URL(href, site);
      } catch {
        return;
      }
      if ((target.protocol === 'http:' || target.protocol === 'https:') && target.host !== site.host) node.properties.href = target.href;
    });
  };
}

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
        return new URL(href, siteUrl).host !== siteHost;
      } catch {
        return false;
      }
    },
  };
}
