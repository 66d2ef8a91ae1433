/** One quotation in a paragraph: the marks included (start/end) and excluded (innerStart/innerEnd). */
export interface QuoteSpan {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
}

/**
 * Top-level double-quoted spans of one paragraph, typographic (“…”) or straight ("…").
 *
 * - Inside “…”, straight quotes and further “…” pairs are nested and ignored.
 * - Inside "…", typographic quotes are nested and ignored.
 * - Single quotes (‘…’, '…') never delimit: ’ is far more often an apostrophe.
 * - A quote still open at the end of the paragraph is dropped: we cannot tell
 *   where it was meant to end.
 */
export function findQuoteSpans(paragraph: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: { start: number; mark: '“' | '"' } | null = null;
  let depth = 0;
  for (let index = 0; index < paragraph.length; index += 1) {
    const char = paragraph[index];
    if (open === null) {
      if (char === '“' || char === '"') {
        open = { start: index, mark: char };
        depth = 1;
      }
    } else if (open.mark === '“') {
      if (char === '“') depth += 1;
      else if (char === '”' && (depth -= 1) === 0) {
        spans.push({ start: open.start, end: index + 1, innerStart: open.start + 1, innerEnd: index });
        open = null;
      }
    } else if (char === '"') {
      spans.push({ start: open.start, end: index + 1, innerStart: open.start + 1, innerEnd: index });
      open = null;
    }
  }
  return spans;
}

/** True when `offset` lies inside one of the spans (marks included). */
export function insideQuote(spans: readonly QuoteSpan[], offset: number): boolean {
  return spans.some((span) => offset >= span.start && offset < span.end);
}
