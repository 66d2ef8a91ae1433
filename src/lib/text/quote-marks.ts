/**
 * Quotation marks of a passage cut out of its text (a claim, an event line): a cut inside a
 * quotation leaves a mark without its partner, which the reader should not have to supply.
 */

/**
 * Adds the marks a cut left off: a closing ” for an opening “ still open at the end, an
 * opening “ for a ” that closes nothing, and the same for straight quotes.
 */
export function balanceQuotationMarks(text: string): string {
  let open = 0;
  let unopened = 0;
  for (const char of text) {
    if (char === '“') open++;
    else if (char === '”') {
      if (open > 0) open--;
      else unopened++;
    }
  }
  let balanced = '“'.repeat(unopened) + text + '”'.repeat(open);
  const straight = (text.match(/"/g) ?? []).length;
  if (straight % 2 === 1) {
    // The last mark opens a quotation (after a space) left open, or closes one opened before the cut.
    const index = text.lastIndexOf('"');
    const opens = index === 0 || /\s/u.test(text[index - 1]!);
    balanced = opens ? `${balanced}"` : `"${balanced}`;
  }
  return balanced;
}

/** True when every quotation mark in `text` has its partner (typographic in order, straight in pairs). */
export function hasBalancedQuotationMarks(text: string): boolean {
  let open = 0;
  for (const char of text) {
    if (char === '“') open++;
    else if (char === '”' && --open < 0) return false;
  }
  return open === 0 && (text.match(/"/g) ?? []).length % 2 === 0;
}
