/**
 * Text hygiene at the content boundary. Every metadata text (headlines, names,
 * descriptions, aliases) is normalized here before it is validated, so that a
 * headline made only of invisible characters counts as empty, and nothing that
 * an XML parser, a feed reader or a bidi-aware renderer chokes on reaches an
 * output. Bodies are not rewritten (the page and the analysis must read the
 * bytes the file holds): `findForbiddenCharacters` reports what they may not hold.
 */

/** Line breaks and other whitespace controls: a one-line text turns them into spaces. */
const WHITESPACE_CONTROLS = /[\t\n\v\f\r\u0085\u2028\u2029]/gu;

/**
 * Removed from metadata: controls (C0, DEL, C1), bidirectional embeddings,
 * overrides and isolates (they can make text display in another order than it
 * is stored: "Talks\u202Egnp.exe" reads as "Talksexe.png"), lone surrogate
 * halves (a YAML escape such as "\uD800" can produce one), noncharacters
 * (U+FFFE, U+FFFF, U+FDD0…), the byte-order mark and interlinear annotation
 * marks. Bidi *marks* (LRM, RLM, ALM) stay: right-to-left text needs them.
 */
const STRIPPED = /[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}\u202A-\u202E\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/gu;

/** Spaces and invisible characters at either end (variation selectors excepted: they belong to the emoji before them). */
const EDGE_INVISIBLES = /^[[\s\p{Default_Ignorable_Code_Point}]--[\p{Variation_Selector}]]+|[[\s\p{Default_Ignorable_Code_Point}]--[\p{Variation_Selector}]]+$/gv;

/** Whatever cannot be seen: a text made only of these is empty. */
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}]/gu;

/** U+FFFD stands for text a bad decoding already lost. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * One line of metadata text as it will be published: NFC, no controls, no
 * bidi overrides, line breaks and runs of spaces folded to one space, and no
 * invisible characters at the ends. A text of only invisible characters
 * becomes the empty string, so "non-empty" checks see it as empty.
 */
export function normalizeLine(text: string): string {
  const cleaned = text.replace(WHITESPACE_CONTROLS, ' ').replace(STRIPPED, '').normalize('NFC');
  if (cleaned.replace(INVISIBLE, '') === '') return '';
  return cleaned.replace(EDGE_INVISIBLES, '').replace(/ {2,}/g, ' ');
}

/** One character a body may not contain, where it is (1-based line and column, in code points). */
export interface ForbiddenCharacter {
  /** `U+0001` style. */
  codePoint: string;
  line: number;
  column: number;
  /** What it is, in words. */
  reason: string;
}

/** What a body may not hold: controls other than tab and line breaks, lone surrogates, noncharacters, U+FFFD. */
const FORBIDDEN_IN_BODY = /[[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}\uFFFD]--[\t\n\r]]/gv;

function describe(char: string): string {
  if (char === REPLACEMENT_CHARACTER) return 'the replacement character, which stands for text lost in a bad decoding';
  if (/\p{Cs}/u.test(char)) return 'half of a surrogate pair, not a character';
  if (/\p{Noncharacter_Code_Point}/u.test(char)) return 'a Unicode noncharacter';
  return 'a control character, invalid in XML and invisible on the page';
}

/** Format a code point as `U+0001`. */
export function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Characters a body may not contain, at most `limit` of them: they would make
 * the feeds unparsable XML or hide lost text. Tab, CR and LF are fine.
 */
export function findForbiddenCharacters(text: string, limit = 5): ForbiddenCharacter[] {
  const found: ForbiddenCharacter[] = [];
  for (const match of text.matchAll(FORBIDDEN_IN_BODY)) {
    const before = text.slice(0, match.index);
    const lineStart = before.lastIndexOf('\n') + 1;
    const char = match[0];
    found.push({
      codePoint: codePointLabel(char),
      line: before.split('\n').length,
      column: [...before.slice(lineStart)].length + 1,
      reason: describe(char),
    });
    if (found.length >= limit) break;
  }
  return found;
}
