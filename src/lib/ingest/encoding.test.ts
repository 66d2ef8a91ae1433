import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charsetOfContentType, decodeBytes } from './encoding.ts';

const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('decodeBytes', () => {
  it('detects Latin-1 in a feed that declares nothing, instead of producing mojibake', () => {
    const decoded = decodeBytes(readFileSync('tests/fixtures/ingest/feeds/courrier-du-port-latin1.xml'), 'xml');
    expect(decoded.how).toBe('detected');
    expect(decoded.text).toContain('Grève des dockers');
    expect(decoded.text).toContain('«\u00a0Nous ne reprendrons pas');
    expect(decoded.text).not.toContain('\uFFFD');
  });
  it('honours the XML declaration and the HTML meta charset', () => {
    expect(decodeBytes(latin1('<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>café</title></rss>'), 'xml')).toMatchObject({
      text: expect.stringContaining('café'),
      how: 'declared',
    });
    const koi8 = Buffer.concat([
      Buffer.from('<html><head><meta charset="koi8-r"></head><body>'),
      Buffer.from([0xe4, 0xc1]),
      Buffer.from('</body></html>'),
    ]);
    expect(decodeBytes(koi8, 'html').text).toContain('Да');
  });
  it('lets the HTTP charset win over the document, and a BOM over both', () => {
    const bytes = latin1('<?xml version="1.0" encoding="UTF-8"?><rss><title>café</title></rss>');
    expect(decodeBytes(bytes, 'xml', 'iso-8859-1').text).toContain('café');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>café</p>')]);
    expect(decodeBytes(bom, 'html', 'iso-8859-1')).toMatchObject({ text: '<p>café</p>', encoding: 'UTF-8' });
  });
  it('reads undeclared valid UTF-8 as UTF-8', () => {
    expect(decodeBytes(Buffer.from('{"title":"Зеленський"}'), 'other')).toEqual({
      text: '{"title":"Зеленський"}',
      encoding: 'UTF-8',
      how: 'utf-8',
    });
  });
});

describe('charsetOfContentType', () => {
  it('reads the charset parameter', () => {
    expect(charsetOfContentType('text/html; charset="ISO-8859-1"')).toBe('ISO-8859-1');
    expect(charsetOfContentType('application/rss+xml')).toBeUndefined();
    expect(charsetOfContentType(undefined)).toBeUndefined();
  });
});
