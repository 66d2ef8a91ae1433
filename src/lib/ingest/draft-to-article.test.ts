import { describe, expect, it } from 'vitest';
import { headlineFromUrl, settleDraft } from './draft-to-article.ts';
import type { Draft } from './sources.ts';

const text =
  'The old stone bridge over the River Wend was closed to all vehicles on Sunday after engineers found cracks in two of its three arches.';
const draft = (candidates: Draft['candidates'], extra: Partial<Draft> = {}): Draft => ({
  item: null,
  candidates,
  markdown: text,
  text,
  notes: [],
  ...extra,
});

describe('settleDraft', () => {
  it('uses what the input states, and detects the language from the text when none is declared', () => {
    expect(
      settleDraft(draft([{ source: 'meta', headline: 'Bridge shut', url: 'https://x.example/a', published: '2025-11-30' }]), {}),
    ).toEqual({
      headline: 'Bridge shut',
      headlineSource: 'original',
      url: 'https://x.example/a',
      date: { published: '2025-11-30', status: 'stated' },
      language: 'en',
    });
  });
  it('lets the operator override every field; a reason makes the date inferred', () => {
    const settled = settleDraft(
      draft([{ source: 'meta', headline: 'Bridge shut', url: 'https://x.example/a', published: '2025-11-30', language: 'en' }]),
      {
        headline: 'Our headline',
        headlineSource: 'editorial',
        url: 'https://x.example/b?utm_source=x',
        published: '2025-11-29',
        publishedLatest: '2025-11-30',
        publishedReason: 'The text calls Sunday “yesterday”.',
        language: 'en-GB',
      },
    );
    expect(settled).toEqual({
      headline: 'Our headline',
      headlineSource: 'editorial',
      url: 'https://x.example/b',
      date: { published: '2025-11-29', status: 'inferred', latest: '2025-11-30', reason: 'The text calls Sunday “yesterday”.' },
      language: 'en-GB',
    });
  });
  it('derives a headline from the address as such, and fails with the option to use when nothing gives one', () => {
    expect(
      settleDraft(draft([{ source: 'capture', url: 'https://x.example/news/bridge-shut-after-cracks', published: '2025-11-30' }]), {}),
    ).toMatchObject({
      headline: 'Bridge shut after cracks',
      headlineSource: 'derived-from-url',
    });
    expect(settleDraft(draft([{ source: 'capture', url: 'https://x.example/?p=1', published: '2025-11-30' }]), {})).toEqual({
      problem: 'no headline (none in the page, the feed or the address): give it with --headline',
    });
  });
  it('fails without a date, never taking today or a file time, and explains an Atom updated-only entry', () => {
    const undated = settleDraft(
      draft([{ source: 'feed', headline: 'A', url: 'https://x.example/a' }], { updatedOnly: '2025-11-30T12:00:00+01:00' }),
      {},
    );
    expect(undated).toEqual({
      problem: expect.stringMatching(/^no publication date: .*last updated \(2025-11-30T12:00:00\+01:00\).*--published/),
    });
  });
  it('fails without an address or a language it can tell', () => {
    expect(settleDraft(draft([{ source: 'capture', published: '2025-11-30', headline: 'A' }]), {})).toEqual({
      problem: expect.stringMatching(/--url$/),
    });
    expect(
      settleDraft(
        draft([{ source: 'meta', headline: 'A', url: 'https://x.example/a', published: '2025-11-30' }], { text: 'Too short.' }),
        {},
      ),
    ).toEqual({
      problem: expect.stringMatching(/--language$/),
    });
  });
});

describe('headlineFromUrl', () => {
  it('reads the words of the last path segment', () => {
    expect(headlineFromUrl('https://unn.ua/en/news/post-war-borders-dominated-us-ukraine-talks')).toBe(
      'Post war borders dominated us ukraine talks',
    );
    expect(headlineFromUrl('https://x.example/story.html')).toBeUndefined();
  });
});
