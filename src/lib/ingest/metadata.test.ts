import { describe, expect, it } from 'vitest';
import { resolveMetadata, type MetadataCandidate } from './metadata.ts';

const page: MetadataCandidate[] = [
  { source: 'title', headline: 'Title headline' },
  { source: 'time', published: '2025-11-30T09:00:00+01:00' },
  {
    source: 'meta',
    headline: 'OpenGraph headline',
    url: 'https://x.example/canonical?utm_source=x',
    published: '2025-11-30T08:00:00+01:00',
    language: 'en_GB',
    siteName: 'OG name',
  },
  {
    source: 'json-ld',
    headline: 'JSON-LD headline',
    url: 'https://x.example/json-ld',
    published: '2025-11-30T07:00:00+01:00',
    language: 'en-US',
    siteName: 'Publisher',
  },
];

describe('resolveMetadata', () => {
  it('takes each field from JSON-LD first, then meta tags, <time>, title, feed', () => {
    expect(resolveMetadata(page)).toEqual({
      headline: { value: 'JSON-LD headline', source: 'json-ld' },
      url: { value: 'https://x.example/canonical', source: 'meta' },
      published: { value: { published: '2025-11-30T07:00:00+01:00', status: 'stated' }, source: 'json-ld' },
      language: { value: 'en-US', source: 'json-ld' },
      siteName: { value: 'Publisher', source: 'json-ld' },
    });
  });
  it('falls through to the next source when a value is missing or unusable', () => {
    const withoutJsonLd = [...page.slice(0, 2), { source: 'json-ld' as const, published: 'last Sunday' }];
    const resolved = resolveMetadata(withoutJsonLd);
    expect(resolved.headline).toEqual({ value: 'Title headline', source: 'title' });
    expect(resolved.published).toEqual({ value: { published: '2025-11-30T09:00:00+01:00', status: 'stated' }, source: 'time' });
    expect(
      resolveMetadata([
        { source: 'feed', headline: 'Feed title' },
        { source: 'title', headline: '  ' },
      ]).headline?.source,
    ).toBe('feed');
  });
  it('prefers the canonical link to JSON-LD for the address', () => {
    expect(resolveMetadata(page).url?.value).toBe('https://x.example/canonical');
    expect(resolveMetadata([page[3] as MetadataCandidate]).url?.value).toBe('https://x.example/json-ld');
  });
  it('infers the date from the address only when no source states one', () => {
    expect(resolveMetadata([{ source: 'meta', url: 'https://x.example/2016/02/01/a' }]).published).toMatchObject({
      value: { published: '2016-02-01', status: 'inferred' },
      source: 'address',
    });
    expect(
      resolveMetadata([{ source: 'meta', url: 'https://x.example/2016/02/01/a', published: '2016-02-02' }]).published?.value.status,
    ).toBe('stated');
    expect(resolveMetadata([{ source: 'meta', url: 'https://x.example/a' }]).published).toBeUndefined();
  });
});
