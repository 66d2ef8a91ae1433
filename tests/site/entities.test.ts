import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { htmlPages, loadPage, readDist } from '../support/dist';

const AXY = '/articles/axy-media-miami-post-war-borders/';
const IMAYA = '/articles/imaya-news-rubio-talks-productive/';
const UNN = '/articles/unn-post-war-borders-dominated-talks/';
const FOLDERS = { person: 'people', place: 'places', organization: 'organizations' } as const;

const ENTITY_DIR = 'content/entities';
const entities = readdirSync(ENTITY_DIR)
  .filter((file) => file.endsWith('.yaml') && !file.startsWith('_'))
  .map((file) => {
    const data = parse(readFileSync(join(ENTITY_DIR, file), 'utf8')) as { kind: keyof typeof FOLDERS; name: string; wikidata?: string };
    return { id: file.replace(/\.yaml$/, ''), ...data };
  });
const pageOf = (entity: { id: string; kind: keyof typeof FOLDERS }) => `${FOLDERS[entity.kind]}/${entity.id}/index.html`;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The outlet names of the article teasers in a page's "articles that mention" section. */
const teaserOutlets = (doc: Document) => [...doc.querySelectorAll('#entity-articles ~ ul .teaser .meta__outlet')].map(text);

describe('entity pages', () => {
  it('exist for every entity in the registry, and an index for each kind', () => {
    const pages = htmlPages();
    expect(entities.length).toBeGreaterThan(20);
    for (const entity of entities) expect(pages, entity.id).toContain(pageOf(entity));
    for (const folder of Object.values(FOLDERS)) expect(pages).toContain(`${folder}/index.html`);
  });

  it.each(entities.map((entity) => [entity.id, entity] as const))(
    '%s: name as h1, description, its index, and no script',
    (_id, entity) => {
      const doc = loadPage(pageOf(entity));
      expect(text(doc.querySelector('h1'))).toBe(entity.name);
      expect(doc.querySelector('main .kicker a')?.getAttribute('href')).toBe(`/${FOLDERS[entity.kind]}/`);
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toContain(entity.name);
      expect([...doc.querySelectorAll('script')].filter((script) => script.getAttribute('type') !== 'application/ld+json')).toEqual([]);
      const wikidata = doc.querySelector('a[href^="https://www.wikidata.org/"]');
      if (entity.wikidata) {
        expect(wikidata?.getAttribute('href')).toBe(`https://www.wikidata.org/wiki/${entity.wikidata}`);
        expect(wikidata?.getAttribute('rel')).toBe('noopener noreferrer');
      } else {
        expect(wikidata).toBeNull();
      }
    },
  );

  it('show aliases as "Also written as"', () => {
    const doc = loadPage('people/volodymyr-zelensky/index.html');
    const facts = [...doc.querySelectorAll('.entity__facts dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]);
    const also = facts.find(([term]) => term === 'Also written as')?.[1] ?? '';
    expect(also).toContain('Zelensky');
    expect(also.split(', ')).not.toContain('Volodymyr Zelenskyy');
  });

  it('list Skibitskyi in AXY Media (“Skibitskyi”) and UNN (“Skibitsky”), and nowhere else', () => {
    const doc = loadPage('people/vadym-skibitskyi/index.html');
    expect(teaserOutlets(doc)).toEqual(['AXY Media', 'UNN']);
    const links = [...doc.querySelectorAll('#entity-articles ~ ul .teaser__headline a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([AXY, UNN]);
    const spellings = [...doc.querySelectorAll('.entity-articles__mentions')].map(text);
    expect(spellings[0]).toContain('“Vadym Skibitskyi”');
    expect(spellings[1]).toContain('“Vadym Skibitsky”');
  });

  it('list Yermak only in Imaya News', () => {
    const doc = loadPage('people/andriy-yermak/index.html');
    expect(teaserOutlets(doc)).toEqual(['Imaya News']);
    expect(doc.querySelector('#entity-articles ~ ul .teaser__headline a')?.getAttribute('href')).toBe(IMAYA);
  });

  it('link the stories that mention the entity', () => {
    const doc = loadPage('places/paris/index.html');
    const stories = [...doc.querySelectorAll('#entity-stories ~ ul a')].map((a) => a.getAttribute('href'));
    expect(stories).toEqual(['/stories/us-ukraine-talks-near-miami/']);
  });
});

describe('quote ledger on people pages', () => {
  it('shows Umerov’s Telegram statement as one quote with the AXY Media and UNN wordings side by side', () => {
    const doc = loadPage('people/rustem-umerov/index.html');
    const groups = [...doc.querySelectorAll('#entity-quotes ~ .quote-ledger > .quote-group')];
    const telegram = groups.filter((group) => /significant progress/.test(text(group)));
    expect(telegram).toHaveLength(1);
    const variants = [...(telegram[0]?.querySelectorAll('.quote-variant') ?? [])];
    expect(variants.map((variant) => text(variant.querySelector('blockquote')))).toEqual([
      expect.stringMatching(/^“We made significant progress toward advancing a just peace/),
      expect.stringMatching(/^“We have made significant progress in promoting a dignified peace/),
    ]);
    expect(variants.map((variant) => [...variant.querySelectorAll('figcaption a')].map((a) => [text(a), a.getAttribute('href')]))).toEqual([
      [['AXY Media', AXY]],
      [['UNN', UNN]],
    ]);
    expect(text(telegram[0]?.querySelector('.quote-group__count'))).toBe('2 wordings');
  });

  it('lists Umerov’s Imaya News statement on its own, and never shows another speaker’s words', () => {
    const doc = loadPage('people/rustem-umerov/index.html');
    const quotes = [...doc.querySelectorAll('.quote-variant blockquote')].map(text);
    expect(quotes.some((quote) => quote.startsWith('“We are discussing the future of Ukraine'))).toBe(true);
    expect(quotes.some((quote) => /tense but not negative|strong chance/.test(quote))).toBe(false);
  });

  it('shows Rubio’s statements from Imaya News only, and no quotes on a place page', () => {
    const rubio = loadPage('people/marco-rubio/index.html');
    const sources = [...rubio.querySelectorAll('.quote-variant figcaption a')].map((a) => a.getAttribute('href'));
    expect(sources.length).toBeGreaterThanOrEqual(3);
    expect(new Set(sources)).toEqual(new Set([IMAYA]));
    expect(loadPage('places/paris/index.html').querySelector('.quote-ledger')).toBeNull();
  });
});

const story = 'stories/us-ukraine-talks-near-miami/index.html';
const storyHasLedger = htmlPages().includes(story) && readDist(story).includes('quote-ledger');

describe.runIf(storyHasLedger)('quote ledger on the story page', () => {
  it('shows the anonymous official’s “tense” and “intense” wordings as one statement', () => {
    const doc = loadPage(story);
    const group = [...doc.querySelectorAll('.quote-group')].find((candidate) => /tense but not negative/.test(text(candidate)));
    // Quotes are grouped by speaker: the card's heading names the source.
    expect(text(group?.closest('.speaker-card')?.querySelector('h3'))).toContain('one Ukrainian official');
    const variants = [...(group?.querySelectorAll('.quote-variant') ?? [])];
    expect(variants.map((variant) => text(variant.querySelector('blockquote')))).toEqual([
      expect.stringMatching(/^“It was tense but not negative\. We truly appreciate/),
      expect.stringMatching(/^“They were intense but not negative\. We really appreciate/),
    ]);
    expect(text(group?.querySelector('.quote-group__count'))).toBe('2 wordings');
    expect(variants.map((variant) => variant.querySelector('figcaption a')?.getAttribute('href'))).toEqual([AXY, UNN]);
  });
});

const unnPage = 'articles/unn-post-war-borders-dominated-talks/index.html';
const articleHasPeople = readDist(unnPage).includes('people-in-article');

describe.runIf(articleHasPeople)('people on article pages', () => {
  it('lists the people the article names, most mentioned first, linked to their pages', () => {
    const doc = loadPage(unnPage);
    const links = [...doc.querySelectorAll('.people-in-article .entity-list__name')].map((a) => a.getAttribute('href'));
    expect(links).toContain('/people/rustem-umerov/');
    expect(links).toContain('/people/vadym-skibitskyi/');
    expect(links).not.toContain('/people/andriy-yermak/');
    expect(links.every((href) => href?.startsWith('/people/'))).toBe(true);
  });
});

describe('entity indexes', () => {
  it.each(Object.entries(FOLDERS))('%s: lists every entity of the kind with its counts', (kind, folder) => {
    const doc = loadPage(`${folder}/index.html`);
    const expected = entities.filter((entity) => entity.kind === kind);
    const items = [...doc.querySelectorAll('main .entity-list__item')];
    expect(items.map((item) => item.querySelector('a')?.getAttribute('href')).sort()).toEqual(
      expected.map((entity) => `/${folder}/${entity.id}/`).sort(),
    );
    for (const item of items)
      expect(text(item.querySelector('.entity-list__count'))).toMatch(/^\d+ articles? · \d+ mentions?$|^not mentioned in any article yet$/);
  });

  it('sorts people by family name and counts their articles', () => {
    const doc = loadPage('people/index.html');
    const names = [...doc.querySelectorAll('.entity-list__name')].map(text);
    expect(names.indexOf('Andriy Hnatov')).toBeLessThan(names.indexOf('Andriy Yermak'));
    expect(names.at(-1)).toBe('Volodymyr Zelenskyy');
    const yermak = [...doc.querySelectorAll('.entity-list__item')].find((item) => text(item.querySelector('a')) === 'Andriy Yermak');
    expect(text(yermak?.querySelector('.entity-list__count'))).toBe('1 article · 1 mention');
  });
});

describe('mentions in articles', () => {
  it('link to the entity pages', () => {
    const doc = loadPage('articles/unn-post-war-borders-dominated-talks/index.html');
    const mentions = [...doc.querySelectorAll('a.mention')];
    expect(mentions.length).toBeGreaterThan(5);
    for (const mention of mentions) {
      const entity = entities.find((candidate) => candidate.id === mention.getAttribute('data-entity'));
      expect(entity, mention.getAttribute('data-entity') ?? '').toBeDefined();
      expect(mention.getAttribute('href')).toBe(`/${pageOf(entity!).replace(/index\.html$/, '')}`);
    }
  });
});

describe('timeline of events and publications', () => {
  const doc = loadPage('timeline/index.html');
  const day = (iso: string) => doc.getElementById(`day-${iso}`);
  const eventsOn = (iso: string) => [...(day(iso)?.querySelectorAll('.timeline-entry--event') ?? [])];
  const sources = (entry: Element | null | undefined) =>
    [...(entry?.querySelectorAll('.event__sources a') ?? [])].map((a) => a.getAttribute('href'));
  const find = (iso: string, pattern: RegExp) => eventsOn(iso).find((entry) => pattern.test(text(entry.querySelector('.event__text'))));

  it('interleaves events and publications, each labelled', () => {
    const entries = [...(day('2025-11-30')?.querySelectorAll('.timeline-entry') ?? [])];
    expect(entries.map((entry) => text(entry.querySelector('.event__kind, .timeline-entry__label')))).toEqual(
      expect.arrayContaining(['Event', 'Published']),
    );
    for (const entry of entries) {
      const isEvent = entry.classList.contains('timeline-entry--event');
      expect(entry.querySelector('.teaser') === null).toBe(isEvent);
    }
    expect([...doc.querySelectorAll('.timeline__day h2')].map(text)).toEqual([
      'Sunday 30 November 2025',
      'Monday 1 December 2025',
      'Tuesday 2 December 2025',
    ]);
  });

  it('shows the Sunday 30 November talks, linked to the articles that report them', () => {
    const officials = find('2025-11-30', /senior US official/);
    expect(sources(officials)).toEqual([AXY, UNN]);
    expect(officials?.querySelector('.inferred-mark')).toBeNull();
    expect(sources(find('2025-11-30', /^Talks between the US and Ukraine on Sunday/))).toEqual([UNN]);
  });

  it('shows the 1 December Paris meeting, reported by all three articles', () => {
    const paris = find('2025-12-01', /Paris/);
    expect(sources(paris)).toEqual([AXY, IMAYA, UNN]);
    expect(text(paris?.querySelector('.event__note'))).toBe('announced beforehand');
    expect(paris?.querySelector('.inferred-mark')).toBeNull();
  });

  it('shows the 2 December Witkoff–Putin meeting, reported by AXY Media and UNN', () => {
    const meeting = find('2025-12-02', /Witkoff .*Putin/);
    expect(sources(meeting)).toEqual([AXY, UNN]);
    expect(day('2025-12-02')?.querySelector('.teaser')).toBeNull();
  });

  it('marks an event dated only from an inferred publication date as inferred, and shows its span as a span', () => {
    const week = doc.getElementById('period-2025-12-01--2025-12-07');
    expect([...(week?.querySelectorAll('h2 time') ?? [])].map((time) => time.getAttribute('datetime'))).toEqual([
      '2025-12-01',
      '2025-12-07',
    ]);
    expect(text(week?.querySelector('h2'))).toContain('a week');
    const event = week?.querySelector('.timeline-entry--event');
    expect(text(event?.querySelector('.inferred-mark'))).toBe('inferred');
    expect(text(event?.querySelector('.event__why'))).toMatch(/inferred/);
    expect(sources(event)).toEqual([IMAYA]);
  });

  it('keeps everything in date order, background years first', () => {
    const starts = [...doc.querySelectorAll('.timeline > li')].map((li) => li.querySelector('h2 time')?.getAttribute('datetime') ?? '');
    expect(starts[0]).toBe('2014-01-01');
    expect(starts).toEqual([...starts].sort());
  });
});
