/**
 * Content files must be UTF-8. Astro reads every file as UTF-8 and silently
 * turns bytes that are not into U+FFFD ("Caf� talks"), and a UTF-16 file into
 * text no parser recognises ("headline: Required"). Decoding strictly first
 * turns both into one clear error naming the encoding problem.
 */

/** The decoded text, or why the bytes are not UTF-8. */
export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string; line?: number };

const BYTE_ORDER_MARKS: [bytes: number[], encoding: string][] = [
  [[0x00, 0x00, 0xfe, 0xff], 'UTF-32 BE'],
  [[0xff, 0xfe, 0x00, 0x00], 'UTF-32 LE'],
  [[0xfe, 0xff], 'UTF-16 BE'],
  [[0xff, 0xfe], 'UTF-16 LE'],
];

const SAVE_AS_UTF8 = 'save it as UTF-8';

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * UTF-16 without a byte-order mark: text in Latin script has a zero byte in
 * every other position. Looks at the first 4 KB only.
 */
function utf16WithoutMark(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return 'UTF-16 LE';
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return 'UTF-16 BE';
  return undefined;
}

/** Where strict decoding first fails: the lenient decoding has its first U+FFFD there. */
function firstInvalidByte(bytes: Uint8Array): { byte: number; line: number } {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const index = lenient.indexOf('\uFFFD');
  const before = lenient.slice(0, Math.max(index, 0));
  const offset = new TextEncoder().encode(before).length;
  return { byte: bytes[offset] ?? 0, line: before.split('\n').length };
}

/**
 * Decode a content file's bytes as strict UTF-8 (a UTF-8 byte-order mark is
 * dropped). Files in UTF-16 or UTF-32 (with or without a byte-order mark) and
 * files with bytes that are not UTF-8 (Latin-1, Windows-1252) are refused
 * with a reason that says what the file looks like and where it goes wrong.
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  for (const [mark, encoding] of BYTE_ORDER_MARKS) {
    if (startsWith(bytes, mark)) return { ok: false, reason: `file is not UTF-8: it is ${encoding} (it starts with a byte-order mark); ${SAVE_AS_UTF8}` };
  }
  const utf16 = utf16WithoutMark(bytes);
  if (utf16 !== undefined) return { ok: false, reason: `file is not UTF-8: it looks like ${utf16} (every other byte is zero); ${SAVE_AS_UTF8}` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const { byte, line } = firstInvalidByte(bytes);
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    const guess = byte >= 0x80 ? ' (it looks like Latin-1 or Windows-1252)' : '';
    return { ok: false, line, reason: `file is not UTF-8: byte ${hex} on line ${line} is not valid UTF-8${guess}; ${SAVE_AS_UTF8}` };
  }
}
