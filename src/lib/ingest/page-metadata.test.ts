import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { headlineFromTitle, isAmpPage, pageMetadataCandidates } from './page-metadata.ts';

const page = (file: string) => parseHTML(readFileSync(`tests/fixtures/ingest/pages/${file}`, 'utf8')).document as unknown as Document;

describe('pageMetadataCandidates', () => {
  it('reads JSON-LD (through @graph and @id references), meta tags, <time> and the title', () => {
    const [jsonLd, meta, time, title] = pageMetadataCandidates(page('harbour-gazette-ferry-strike.html'));
    expect(jsonLd).toEqual({
      source: 'json-ld',
      headline: 'Ferry crews walk out as pay talks collapse',
      url: 'https://www.harbourgazette.example/news/2025/11/30/ferry-crews-walk-out-pay-talks-collapse',
      published: '2025-11-30T07:42:00+00:00',
      language: 'en-GB',
      siteName: 'Harbour Gazette',
    });
    expect(meta).toMatchObject({
      headline: 'Ferry strike: crews walk out (PHOTOS)',
      published: '2025-11-30T09:00:00+00:00',
      language: 'en_GB',
    });
    expect(meta?.url).toBe('https://www.harbourgazette.example/news/2025/11/30/ferry-crews-walk-out-pay-talks-collapse');
    expect(time).toEqual({ source: 'time', published: '2025-11-30T07:42:00+00:00' });
    expect(title).toEqual({ source: 'title', headline: 'Ferry crews walk out as pay talks collapse' });
  });
  it('finds the article <time> when nothing marks it as the publication date', () => {
    const [jsonLd, meta, time] = pageMetadataCandidates(page('river-times-bridge-closure.html'));
    expect(jsonLd).toEqual({ source: 'json-ld' });
    expect(meta).toMatchObject({
      siteName: 'The River Times',
      url: 'https://rivertimes.example/local/old-bridge-shut-cracks?ito=social#top',
    });
    expect(time?.published).toBe('2025-11-30T14:10:00+00:00');
  });
  it('tells an AMP page by its root element', () => {
    expect(isAmpPage(page('variants/harbour-gazette-ferry-strike.amp.html'))).toBe(true);
    expect(isAmpPage(page('harbour-gazette-ferry-strike.html'))).toBe(false);
  });
  it('skips JSON-LD that is not valid JSON', () => {
    const { document } = parseHTML('<html><head><script type="application/ld+json">{ broken</script><title>A | B</title></head></html>');
    expect(pageMetadataCandidates(document as unknown as Document)[0]).toEqual({ source: 'json-ld' });
  });
});

describe('headlineFromTitle', () => {
  it('drops the outlet name at either end when the page names the outlet', () => {
    expect(headlineFromTitle('Bridge shut - The River Times', ['The River Times'])).toBe('Bridge shut');
    expect(headlineFromTitle('Harbour Gazette | Bridge shut', [undefined, 'Harbour Gazette'])).toBe('Bridge shut');
  });
  it('keeps the whole title otherwise: a dash can be part of a headline', () => {
    expect(headlineFromTitle('Post-war borders dominated talks - Axios', ['UNN'])).toBe('Post-war borders dominated talks - Axios');
    expect(headlineFromTitle('Bridge shut', ['The River Times'])).toBe('Bridge shut');
  });
});
