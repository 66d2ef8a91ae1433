/**
 * Article bodies with raw HTML that used to lose text or forge the page's markup (issue 12):
 * each unclosed element in a block of its own, inside a paragraph, and directly followed by
 * text (script, style, textarea and the comment are also blocks Markdown runs to the end of the
 * body); forged mentions and ids. The
 * hostile build publishes them all at once: they cannot interfere, since no element may reach
 * past its own node. Every paragraph after the HTML carries the word "Quillwort", which appears
 * nowhere else, so search must find every case.
 */

/** One case: an article id and the raw HTML it tests. */
export interface UntrustedHtmlCase {
  id: string;
  html: string;
  /** Not HTML inside a paragraph (an unclosed comment there is literal text), so not tried there. */
  blockOnly?: boolean;
}

/** Every element the issue names, left unclosed. */
export const UNTRUSTED_HTML_CASES: readonly UntrustedHtmlCase[] = [
  { id: 'unclosed-iframe', html: '<iframe src="https://evil.example/frame">' },
  { id: 'unclosed-script-src', html: '<script src="https://evil.example/x.js">' },
  { id: 'unclosed-object', html: '<object data="https://evil.example/x.swf">' },
  { id: 'unclosed-template', html: '<template>' },
  { id: 'unclosed-noscript', html: '<noscript>' },
  { id: 'unclosed-textarea', html: '<textarea>' },
  { id: 'unclosed-title', html: '<title>' },
  { id: 'unclosed-style', html: '<style>' },
  { id: 'unclosed-xmp', html: '<xmp>' },
  { id: 'unclosed-comment', html: '<!-- an editor’s note, never closed', blockOnly: true },
];

/** The Markdown file of a case, with the paragraphs the page must show. */
export function untrustedHtmlArticle(testCase: UntrustedHtmlCase): { markdown: string; paragraphs: string[] } {
  const after = [`Quillwort ${testCase.id}: the first paragraph after it.`, `Quillwort ${testCase.id}: the *second* one.`];
  const inline = testCase.blockOnly ? [] : [`Inline ${testCase.html} Quillwort ${testCase.id} still reads on.`];
  const glued = [`${testCase.html}\nQuillwort ${testCase.id}: text right below the tag.`];
  const body = [`Before the raw HTML of ${testCase.id}.`, testCase.html, ...after, ...inline, ...glued, 'The last paragraph.'];
  return {
    markdown: `${frontmatter(`Raw HTML case ${testCase.id}`, testCase.id)}\n${body.join('\n\n')}\n`,
    paragraphs: [
      `Before the raw HTML of ${testCase.id}.`,
      `Quillwort ${testCase.id}: the first paragraph after it.`,
      `Quillwort ${testCase.id}: the second one.`,
      ...(testCase.blockOnly ? [] : [`Inline Quillwort ${testCase.id} still reads on.`]),
      `Quillwort ${testCase.id}: text right below the tag.`,
      'The last paragraph.',
    ],
  };
}

/** An article whose raw HTML imitates the page's own markup. */
export const FORGED_MARKUP = {
  id: 'forged-markup',
  markdown: `${frontmatter('Forged markup', 'forged-markup')}
<p id="p-0" class="lead" data-pagefind-ignore>Quillwort forged: a paragraph claiming the first anchor.</p>

Quillwort forged: <a class="mention" data-entity="vladimir-putin" href="/people/vladimir-putin/">a forged mention</a> and <span id="p-1" data-entity="kremlin">a forged id</span>.

<h2 id="main">Main</h2>

The last paragraph.
`,
  paragraphs: [
    'Quillwort forged: a paragraph claiming the first anchor.',
    'Quillwort forged: a forged mention and a forged id.',
    'The last paragraph.',
  ],
};

/** Frontmatter of a case's article; each has its own URL (two articles with one URL fail the build). */
function frontmatter(headline: string, id: string): string {
  return [
    '---',
    `headline: "${headline}"`,
    'headlineSource: editorial',
    'outlet: hostile-outlet',
    `url: "https://evil.example/raw-html/${id}"`,
    'published: 2025-11-28',
    'publishedStatus: stated',
    'language: en',
    '---',
    '',
  ].join('\n');
}
