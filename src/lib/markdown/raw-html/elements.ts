/**
 * What raw HTML in an article body may become. An article is text: an ingested article needs
 * no HTML at all, and a hand-written one only a little inline formatting. So raw HTML is read
 * as text with a few inline elements (README "Content is untrusted"):
 * - kept as formatting: `em`/`i`, `strong`/`b`, `s`/`del`/`strike`, `a` (its `href` and `title`
 *   only), `br`;
 * - dropped with their content: the elements below, whose content is not article text (code,
 *   styles, embedded and form content, metadata, media);
 * - everything else: its text is kept, its tags and attributes go.
 * No attribute of the source survives but a link's `href` and `title`, so a body cannot forge
 * the page's own markup (`class="mention"`, `data-entity`, `id="p-0"`).
 */

/** Elements dropped together with their content, when closed (an unclosed one hides nothing). */
export const DROPPED_WITH_CONTENT: ReadonlySet<string> = new Set(
  (
    'script style template noscript iframe object embed applet frame frameset noframes noembed ' +
    'title head meta link base textarea select option optgroup datalist input dialog ' +
    'svg math canvas audio video picture img map area source track param'
  ).split(' '),
);

/**
 * Elements whose content the HTML parser reads as raw text up to their end tag: left open,
 * one of them would take in all the HTML after it, so that text is parsed again on its own.
 */
export const RAW_TEXT: ReadonlySet<string> = new Set(
  'script style textarea title iframe noembed noframes noscript xmp plaintext'.split(' '),
);

/** Void elements: never closed, never containing anything. */
export const VOID: ReadonlySet<string> = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));

/** Inline elements kept as Markdown formatting, by the mdast node they become. */
export const INLINE_FORMATTING: Readonly<Record<string, 'emphasis' | 'strong' | 'delete' | 'link'>> = {
  em: 'emphasis',
  i: 'emphasis',
  strong: 'strong',
  b: 'strong',
  s: 'delete',
  del: 'delete',
  strike: 'delete',
  a: 'link',
};
