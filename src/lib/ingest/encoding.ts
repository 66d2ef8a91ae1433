import chardet from 'chardet';
import htmlEncodingSniffer from 'html-encoding-sniffer';
import iconv from 'iconv-lite';
import { MIMEType } from 'node:util';

/**
 * Bytes to text, honouring what the input declares and detecting what it does not.
 * Order: a byte-order mark, the HTTP charset, the document's own declaration (the XML
 * declaration, or HTML's `<meta charset>` prescan), all as the WHATWG sniffing algorithm
 * ranks them; then valid UTF-8; then a statistical guess. A Latin-1 feed with no
 * declaration is not valid UTF-8, so it is detected rather than decoded as mojibake.
 */

/** Decoded text and how its encoding was chosen, for the report. */
export interface DecodedText {
  text: string;
  /** The encoding used, e.g. `UTF-8`, `windows-1252`. */
  encoding: string;
  /** `declared` (BOM, HTTP or the document), `utf-8` (valid UTF-8, nothing declared) or `detected`. */
  how: 'declared' | 'utf-8' | 'detected';
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decode an input. `markup` picks the sniffing rules: `html` reads `<meta charset>`,
 * `xml` the XML declaration; anything else (JSON, plain text) only BOM and HTTP charset.
 */
export function decodeBytes(bytes: Uint8Array, markup: 'html' | 'xml' | 'other', httpCharset?: string): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declared = htmlEncodingSniffer(buffer, {
    xml: markup !== 'html',
    defaultEncoding: null,
    ...(httpCharset ? { transportLayerEncodingLabel: httpCharset } : {}),
  });
  if (declared && iconv.encodingExists(declared)) return { text: iconv.decode(buffer, declared), encoding: declared, how: 'declared' };
  if (isValidUtf8(buffer)) return { text: iconv.decode(buffer, 'utf-8'), encoding: 'UTF-8', how: 'utf-8' };
  const detected = chardet.detect(buffer);
  // windows-1252 is what browsers fall back to for undeclared Western text (WHATWG's default).
  const encoding = detected && iconv.encodingExists(detected) ? detected : 'windows-1252';
  return { text: iconv.decode(buffer, encoding), encoding, how: 'detected' };
}

/** The `charset` parameter of a Content-Type header, if any. */
export function charsetOfContentType(contentType: string | null | undefined): string | undefined {
  try {
    return new MIMEType(contentType ?? '').params.get('charset') ?? undefined;
  } catch {
    return undefined;
  }
}
