/**
 * Reading the links of many pages quickly: parse5 (the spec's HTML parser) tokenises each
 * page, and only the attributes the large-corpus tests need are kept, without building a DOM.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A link of a page: the element, its `href` and its `rel`, and the text of a link's label. */
export interface PageLink {
  tag: 'a' | 'link';
  href: string;
  rel: string;
  /** `aria-current` of the link, if any. */
  current?: string;
  /** Classes of the link. */
  className: string;
  /** The nearest ancestor `nav`'s class, if the link is inside one. */
  nav?: string;
  text: string;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** The links and element ids of a page. */
export interface PageOutline {
  /** Every `<a href>` and `<link href>`, in document order. */
  links: PageLink[];
  /** Every `id` on the page, for checking `#anchor` links. */
  ids: Set<string>;
}

/** Reads the links and ids of an HTML page. */
export function pageOutline(html: string): PageOutline {
  const links: PageLink[] = [];
  const ids = new Set<string>();
  const walk = (node: Node, nav: string | undefined): void => {
    if (!('childNodes' in node)) return;
    let inNav = nav;
    if ('tagName' in node) {
      const element = node as Element;
      const id = attribute(element, 'id');
      if (id !== undefined) ids.add(id);
      if (element.tagName === 'nav') inNav = attribute(element, 'class') ?? '';
      const href = attribute(element, 'href');
      if ((element.tagName === 'a' || element.tagName === 'link') && href !== undefined) {
        const link: PageLink = {
          tag: element.tagName,
          href,
          rel: attribute(element, 'rel') ?? '',
          className: attribute(element, 'class') ?? '',
          text: textOf(element).replace(/\s+/g, ' ').trim(),
        };
        const current = attribute(element, 'aria-current');
        if (current !== undefined) link.current = current;
        if (inNav !== undefined) link.nav = inNav;
        links.push(link);
      }
      if (element.tagName === 'template') return;
    }
    for (const child of node.childNodes) walk(child, inNav);
  };
  walk(parse(html), undefined);
  return { links, ids };
}
