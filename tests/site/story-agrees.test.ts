/**
 * The seed story page says one consistent thing, as a reader sees it: the four
 * contradictions a review found (issue 13) are gone, claims read on their own, the page has
 * a table of contents of folding sections, and the site's own text spells names one way.
 */
import { describe, expect, it } from 'vitest';
import { hasBalancedQuotationMarks } from '../../src/lib/text/quote-marks';
import { exportedStories, htmlPages, loadPage, readDist } from '../support/dist';

const STORY = 'stories/us-ukraine-talks-near-miami/index.html';
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const doc = loadPage(STORY);
const rows = [...doc.querySelectorAll('#matrix tbody tr')];
const rowWith = (pattern: RegExp) => rows.find((row) => pattern.test(text(row.querySelector('th'))));
const dotsIn = (row: Element | undefined) =>
  [...(row?.querySelectorAll('td') ?? [])].map((cell) => (cell.classList.contains('on') ? 'carried' : 'not carried'));
const eventWith = (pattern: RegExp) => [...doc.querySelectorAll('#events .event')].find((event) => pattern.test(text(event)));
const reportedBy = (event: Element | undefined) => [...(event?.querySelectorAll('.event__sources a') ?? [])].map(text);

describe('the story page agrees with itself', () => {
  it('marks Imaya News as carrying the Paris meeting, as the events section says', () => {
    expect(dotsIn(rowWith(/Umerov will meet Zelensky in Paris/))).toEqual(['carried', 'carried', 'carried']);
    expect(reportedBy(eventWith(/Umerov will meet Zelensky in Paris/))).toEqual(['AXY Media', 'Imaya News', 'UNN']);
  });

  it('does not list “tense but not negative” as unique to one outlet, since the quotes pair it', () => {
    expect(text(doc.querySelector('#only-in'))).not.toMatch(/tense but not negative/);
    const card = [...doc.querySelectorAll('.quote-group')].find((group) => /tense but not negative/.test(text(group)));
    expect(text(card)).toMatch(/intense but not negative/);
  });

  it('says AXY Media and UNN both report the Air Force One remarks', () => {
    expect(reportedBy(eventWith(/Air Force One/))).toEqual(['AXY Media', 'UNN']);
  });

  it('shows Witkoff’s trip to meet Putin as one event on 2 December, with the vaguer wordings as such', () => {
    const meetings = [...doc.querySelectorAll('#events .event')].filter(
      (event) => /Witkoff/.test(text(event)) && /Moscow/.test(text(event)),
    );
    const meeting = meetings.find((event) => /2 December 2025/.test(text(event.querySelector('.event__date'))));
    expect(reportedBy(meeting)).toEqual(['AXY Media', 'Imaya News', 'UNN']);
    expect(text(meeting?.querySelector('.event__vaguer'))).toBe(
      'Also dated less precisely: “next week” (Imaya News); “this week” (Imaya News).',
    );
    expect(text(doc.querySelector('#events'))).not.toMatch(/1 – 7 December|1–7 December/);
  });

  it('shows claims that stand on their own: whole quotations, pronouns named or given context', () => {
    const claims = [...doc.querySelectorAll('#matrix .matrix__claim, #only-in li')].map(text);
    expect(claims.length).toBeGreaterThan(10);
    for (const claim of claims) expect(hasBalancedQuotationMarks(claim), claim).toBe(true);
    expect(text(doc.querySelector('#only-in'))).toMatch(/\[Marco Rubio\] stressed that the ultimate goal/);
    // Named from the sentence before, not by the nearest name: Umerov held the session "with Witkoff".
    expect(claims.filter((claim) => /^\[Rustem Umerov\] then called President/.test(claim))).toHaveLength(1);
    expect(claims.filter((claim) => /^(?:He|She|They|We|Our|His|Her|Their|It|Its)\b/.test(claim))).toEqual([]);
    // A quotation with no attribution of its own is shown after the sentence that names its speaker.
    const continued = [...doc.querySelectorAll('#only-in li')].find((item) => /They are also about the terms/.test(text(item)));
    expect(text(continued?.querySelector('.claim-context'))).toBe(
      'Context: “These talks are not just about ending the fighting,” Rubio said.',
    );
  });

  it('puts the same alignment into /data/stories.json', () => {
    const [story] = exportedStories();
    const paris = story.claims.find((claim) => /Umerov will meet Zelensky in Paris/.test(claim.text))!;
    expect(paris.articles).toHaveLength(3);
    for (const claim of story.claims) expect(hasBalancedQuotationMarks(claim.text), claim.text).toBe(true);
  });

  it('gives each claim in /data/stories.json its text as shown, its context, and the paragraph each article carries it in', () => {
    const [story] = exportedStories();
    for (const claim of story.claims) {
      expect(claim.sources.map((source) => source.article)).toEqual(claim.articles);
      for (const source of claim.sources) {
        expect(source.url).toBe(`https://crosscheck.example.org/articles/${source.article}/#${source.paragraph}`);
        expect(loadPage(`articles/${source.article}/index.html`).getElementById(source.paragraph), source.url).not.toBeNull();
      }
    }
    const called = story.claims.find((claim) => claim.text.startsWith('[Rustem Umerov] then called President'))!;
    const paragraph = loadPage(`articles/${called.sources[0]!.article}/index.html`).getElementById(called.sources[0]!.paragraph);
    expect(text(paragraph)).toContain('He then called President');
    const continued = story.claims.find((claim) => claim.text.startsWith('“They are also about the terms'))!;
    expect(continued.context).toBe('“These talks are not just about ending the fighting,” Rubio said.');
  });
});

describe('events as short lines', () => {
  const lines = [...doc.querySelectorAll('#events .event__text')].map(text);

  it('shows each event as the clause with its date, without attribution, short and with balanced quotation marks', () => {
    expect(lines.length).toBeGreaterThan(5);
    expect(lines).toContain('Umerov will meet Zelensky in Paris on December 1 to provide a more detailed report.');
    expect(lines).toContain('Trump told reporters aboard Air Force One, returning from Florida to Washington on Sunday …');
    for (const line of lines) {
      expect(line, line).not.toMatch(/^(?:According to|Meanwhile,|Reportedly,)|the publication (?:writes|notes)|writes UNN/);
      expect(line.length, line).toBeLessThanOrEqual(150);
      expect(hasBalancedQuotationMarks(line), line).toBe(true);
    }
  });

  it('names who and where, linked to their pages, with the whole sentence one click away', () => {
    const paris = eventWith(/Umerov will meet Zelensky in Paris/);
    expect(text(paris?.querySelector('.event__names'))).toBe('Who: Rustem Umerov, Volodymyr Zelenskyy Where: Paris');
    expect([...(paris?.querySelectorAll('.event__names a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      '/people/rustem-umerov/',
      '/people/volodymyr-zelensky/',
      '/places/paris/',
    ]);
    expect(text(paris?.querySelector('details.event__source p'))).toMatch(/^According to Ukrainian officials, Umerov will meet/);
  });

  it('puts the line, who and where into /data/stories.json', () => {
    const [story] = exportedStories();
    const paris = story.events.find((event) => /Umerov will meet Zelensky in Paris/.test(event.line))!;
    expect(paris).toMatchObject({ who: ['rustem-umerov', 'volodymyr-zelensky'], where: ['paris'] });
    expect(paris.text).toMatch(/^According to Ukrainian officials/);
  });
});

describe('a page a reader can move around in', () => {
  it('has a table of contents linking every section, each a folding section with its count', () => {
    const links = [...doc.querySelectorAll('#contents a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#events', '#reports', '#matrix', '#only-in', '#quotes', '#articles']);
    for (const href of links) {
      const section = doc.getElementById(href!.slice(1));
      expect(section?.querySelector(':scope > details[open] > summary > h2'), href!).not.toBeNull();
      expect(section?.querySelector('.back-to-contents a')?.getAttribute('href')).toBe('#contents');
    }
  });

  it('answers the first questions in the header: who first, how many, and the headlines side by side', () => {
    expect([...doc.querySelectorAll('.story__glance li')].map(text)).toEqual([
      'First reported by AXY Media, 30 Nov 2025',
      '3 outlets, 3 articles',
      '2 independent reports',
    ]);
    expect([...doc.querySelectorAll('.story__headlines li')].map((li) => text(li.querySelector('.story__headline-outlet')))).toEqual([
      'AXY Media',
      'Imaya News',
      'UNN',
    ]);
  });

  it('groups quotes by speaker, one card per person', () => {
    const speakers = [...doc.querySelectorAll('.speaker-card h3')].map((h3) => text(h3).replace(/ \d+ statements?$/, ''));
    expect(new Set(speakers).size).toBe(speakers.length);
    expect(speakers).toEqual(expect.arrayContaining(['Donald Trump', 'Rustem Umerov', 'Marco Rubio']));
  });
});

describe('small things', () => {
  it('links the first mention of each name once, and no country', () => {
    const article = loadPage('articles/unn-post-war-borders-dominated-talks/index.html');
    const mentions = [...article.querySelectorAll('.article__body a.mention')].map((a) => a.getAttribute('data-entity'));
    expect(new Set(mentions).size).toBe(mentions.length);
    expect(mentions).not.toContain('ukraine');
    expect(mentions).not.toContain('united-states');
    expect(mentions).toContain('rustem-umerov');
  });

  it('spells “Organizations” and “Zelenskyy” one way in the site’s own text', () => {
    const own = htmlPages().filter((page) => !page.startsWith('articles/'));
    expect(own.filter((page) => readDist(page).includes('Organisation'))).toEqual([]);
    expect(text(doc.querySelector('.story__summary'))).toContain('Volodymyr Zelenskyy');
  });
});
