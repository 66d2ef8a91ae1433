import { describe, expect, it } from 'vitest';
import { matchOutlet, newOutletFor, type OutletRecord } from './outlets.ts';

const outlets: OutletRecord[] = [
  { id: 'axy-media', homepage: 'https://www.axy.media/' },
  { id: 'unn', homepage: 'https://unn.ua/en' },
  { id: 'unn-uk', homepage: 'https://unn.ua/uk' },
  { id: 'imaya-news', homepage: 'https://imayanews.com/' },
  { id: 'bbc', homepage: 'https://www.bbc.co.uk/news' },
];

describe('matchOutlet', () => {
  it('matches the homepage host with or without www.', () => {
    expect(matchOutlet('https://axy.media/politics/x', outlets)?.id).toBe('axy-media');
    expect(matchOutlet('https://www.imayanews.com/?p=10599', outlets)?.id).toBe('imaya-news');
  });
  it('matches sub-domains of the same site, and knows co.uk is not a site', () => {
    expect(matchOutlet('https://m.axy.media/x', outlets)?.id).toBe('axy-media');
    expect(matchOutlet('https://news.bbc.co.uk/2/hi/x.stm', outlets)?.id).toBe('bbc');
    expect(matchOutlet('https://www.theguardian.co.uk/world/x', outlets)).toBeUndefined();
  });
  it('prefers the edition whose homepage path the article is under', () => {
    expect(matchOutlet('https://unn.ua/en/news/post-war-borders', outlets)?.id).toBe('unn');
    expect(matchOutlet('https://unn.ua/uk/news/x', outlets)?.id).toBe('unn-uk');
  });
  it('matches nothing for another site', () => {
    expect(matchOutlet('https://harbourgazette.example/a', outlets)).toBeUndefined();
    expect(matchOutlet('not a url', outlets)).toBeUndefined();
  });
});

describe('newOutletFor', () => {
  it('names the outlet as the site does and states nothing it does not know', () => {
    expect(newOutletFor('https://www.harbourgazette.example/news/a', 'Harbour Gazette', 'en-GB', new Set())).toEqual({
      id: 'harbour-gazette',
      data: {
        name: 'Harbour Gazette',
        homepage: 'https://www.harbourgazette.example/',
        language: 'en',
        description: 'Added by ingest from harbourgazette.example; not yet reviewed by an editor.',
      },
    });
  });
  it('falls back to the host, and never takes an id in use', () => {
    const outlet = newOutletFor('https://kestrelweekly.example/a', undefined, 'en', new Set(['kestrelweekly-example']));
    expect(outlet.id).toBe('kestrelweekly-example-2');
    expect(outlet.data.name).toBe('kestrelweekly.example');
  });
});
