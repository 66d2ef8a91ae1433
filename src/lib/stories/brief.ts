/**
 * Short forms of long generated text. A report that 276 articles retell carries a reason
 * listing every attribution (150 KB on a generated story of 300 articles); pages show its
 * opening and link to the story's articles page for the rest.
 */

/** The opening sentences of `text`, up to about `maxChars`, and whether anything was left out. */
export function opening(text: string, maxChars: number): { text: string; cut: boolean } {
  if (text.length <= maxChars) return { text, cut: false };
  // Sentence ends: a full stop (possibly after a closing quote or bracket) before a capital or opening quote.
  const sentences = text.split(/(?<=[.!?][”")]?)\s+(?=[\p{Lu}“"])/u);
  let kept = '';
  for (const sentence of sentences) {
    const next = kept ? `${kept} ${sentence}` : sentence;
    if (next.length > maxChars) break;
    kept = next;
  }
  if (kept) return { text: kept, cut: true };
  // Even the first sentence is too long: cut it at a word and say so.
  const words = text.slice(0, maxChars).replace(/\s+\S*$/, '');
  return { text: `${words} …`, cut: true };
}
