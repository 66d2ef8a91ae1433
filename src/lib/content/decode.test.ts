import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from './decode.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from([...text].map((char) => char.charCodeAt(0)));
function utf16le(text: string, mark = false): Uint8Array {
  const units = [...(mark ? '\uFEFF' : ''), ...text].flatMap((char) => {
    const code = char.charCodeAt(0);
    return [code & 0xff, code >> 8];
  });
  return Uint8Array.from(units);
}
const swapPairs = (bytes: Uint8Array) => Uint8Array.from(bytes, (_, i) => bytes[i % 2 === 0 ? i + 1 : i - 1] ?? 0);

describe('decodeUtf8', () => {
  it('decodes UTF-8 in any script, dropping a byte-order mark', () => {
    expect(decodeUtf8(utf8('headline: Café talks in Київ'))).toEqual({ ok: true, text: 'headline: Café talks in Київ' });
    expect(decodeUtf8(utf8('\uFEFF---\nheadline: x'))).toEqual({ ok: true, text: '---\nheadline: x' });
  });

  it('names Latin-1 bytes and the line they are on', () => {
    const result = decodeUtf8(latin1('---\nheadline: Café talks\n---\n'));
    expect(result).toEqual({ ok: false, line: 2, reason: expect.stringMatching(/^file is not UTF-8: byte 0xE9 on line 2 .*Latin-1/) });
  });

  it('names Windows-1252 smart quotes', () => {
    expect(decodeUtf8(Uint8Array.from([0x41, 0x0a, 0x93, 0x42, 0x94]))).toMatchObject({ ok: false, line: 2, reason: expect.stringContaining('0x93') });
  });

  it('refuses UTF-16 and UTF-32, with or without a byte-order mark', () => {
    const text = '---\nheadline: Talks\n---\n';
    expect(decodeUtf8(utf16le(text, true))).toMatchObject({ ok: false, reason: expect.stringContaining('UTF-16 LE (it starts with a byte-order mark)') });
    expect(decodeUtf8(swapPairs(utf16le(text, true)))).toMatchObject({ ok: false, reason: expect.stringContaining('UTF-16 BE') });
    expect(decodeUtf8(utf16le(text))).toMatchObject({ ok: false, reason: expect.stringContaining('looks like UTF-16 LE') });
    expect(decodeUtf8(swapPairs(utf16le(text)))).toMatchObject({ ok: false, reason: expect.stringContaining('looks like UTF-16 BE') });
    expect(decodeUtf8(Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toMatchObject({ ok: false, reason: expect.stringContaining('UTF-32 LE') });
  });

  it('refuses encoded surrogates and overlong forms', () => {
    expect(decodeUtf8(Uint8Array.from([0x41, 0xed, 0xa0, 0x80]))).toMatchObject({ ok: false, reason: expect.stringContaining('0xED') });
    expect(decodeUtf8(Uint8Array.from([0xc0, 0xaf]))).toMatchObject({ ok: false, reason: expect.stringContaining('0xC0') });
  });
});
