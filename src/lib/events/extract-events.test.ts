import { afterEach, describe, expect, it } from 'vitest';
import { createEntityRegistry } from '../entities/registry.ts';
import { fixtureRecords } from '../../../tests/support/entity-fixtures.ts';
import { articleText } from '../../../tests/support/text.ts';
import { extractEvents, type EventSource } from './extract-events.ts';

const registry = createEntityRegistry(fixtureRecords());
const KYIV = 'Europe/Kyiv';
const article = (text: string, published = '2025-12-01', publishedInferred = false): EventSource => ({
  id: 'a',
  published,
  publishedInferred,
  text: articleText(text),
});
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('extractEvents', () => {
  it('resolves each date expression in its sentence, with the sentence as text', () => {
    const text = 'Talks were held on Sunday. Witkoff plans to travel to Moscow on Monday and meet with Putin on Tuesday.';
    const events = extractEvents(article(text), KYIV, { registry });
    expect(events.map((event) => [event.expression, event.date.start, event.tense, event.text])).toEqual([
      ['on Sunday', '2025-11-30', 'past', 'Talks were held on Sunday.'],
      ['on Monday', '2025-12-01', 'future', 'Witkoff plans to travel to Moscow on Monday and meet with Putin on Tuesday.'],
      ['on Tuesday', '2025-12-02', 'future', 'Witkoff plans to travel to Moscow on Monday and meet with Putin on Tuesday.'],
    ]);
    expect(events.map((event) => text.slice(event.start, event.end))).toEqual(['on Sunday', 'on Monday', 'on Tuesday']);
  });

  it('gives each date the entities of its line (the subject kept for the second date), without countries', () => {
    const events = extractEvents(article('Witkoff plans to travel to Moscow on Monday and meet with Putin in the US on Tuesday.'), KYIV, {
      registry,
    });
    expect(events.map((event) => event.entityIds)).toEqual([
      ['moscow', 'steve-witkoff'],
      ['steve-witkoff', 'vladimir-putin'],
    ]);
    expect(extractEvents(article('Putin on Tuesday.'), KYIV)[0]?.entityIds).toEqual([]);
  });

  it('marks events inferred only when an inferred publication date decided them', () => {
    const events = extractEvents(
      article('Talks on Sunday. The war began in February 2022. Talks on 1 December 2025.', '2025-11-30', true),
      KYIV,
    );
    expect(events.map((event) => [event.expression, event.inferred])).toEqual([
      ['on Sunday', true],
      ['in February 2022', false],
      ['on 1 December 2025', false],
    ]);
    expect(extractEvents(article('Talks on Sunday.'), KYIV)[0]?.inferred).toBe(false);
  });

  it('skips today/tomorrow inside quotations, where they count from an unknown day of speaking', () => {
    const events = extractEvents(article('“We built on that today,” Rubio said. Umerov flies to Paris tomorrow.'), KYIV);
    expect(events.map((event) => [event.expression, event.date.start])).toEqual([['tomorrow', '2025-12-02']]);
  });

  it('does not depend on the machine time zone', () => {
    const source = article('Talks on Sunday; Umerov will meet Zelensky next week and on December 2.', '2025-11-30T23:30:00-05:00');
    const runs = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'].map((tz) => {
      process.env.TZ = tz;
      return extractEvents(source, KYIV).map((event) => event.date);
    });
    expect(runs[0]).toEqual([
      { start: '2025-11-30', end: '2025-11-30' },
      { start: '2025-12-08', end: '2025-12-14' },
      { start: '2025-12-02', end: '2025-12-02' },
    ]);
    expect(runs[1]).toEqual(runs[0]);
  });

  it('reads Markdown articles', () => {
    const events = extractEvents({ ...article('## Next steps\n\nZelensky is scheduled to visit **Paris** on *Monday*.'), id: 'b' }, KYIV);
    expect(events.map((event) => [event.articleId, event.expression, event.date.start])).toEqual([['b', 'on Monday', '2025-12-01']]);
  });
});
