import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEntityRegistry } from '../entities/registry.ts';
import { hasBalancedQuotationMarks } from '../text/quote-marks.ts';
import { readEntityFiles, readSeedArticles } from '../../../tests/support/seeds.ts';
import { articleText } from '../../../tests/support/text.ts';
import { eventLineOf, LINE_LENGTH } from './event-line.ts';
import { extractEvents, type EventSource } from './extract-events.ts';
import type { ArticleEvent } from './types.ts';

const registry = createEntityRegistry(readEntityFiles());
const KYIV = 'Europe/Kyiv';
const seeds = readSeedArticles();

/** The words of a text, quotation marks, brackets and ellipses aside. */
const words = (text: string): string[] => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];

/** True when `line`'s words (a bracketed name aside) appear in `sentence` in the same order. */
function isSubsequence(line: string, sentence: string): boolean {
  const available = words(sentence);
  let at = 0;
  for (const word of words(line.replace(/\[[^\]]*\]/gu, ' '))) {
    while (at < available.length && available[at] !== word) at += 1;
    if (at === available.length) return false;
    at += 1;
  }
  return true;
}

/** What a golden file records of an event: its date as written, its line and who and where. */
const summary = (event: ArticleEvent) => ({ expression: event.expression, line: event.line, who: event.who, where: event.where });

const tricky = (file: string): EventSource => ({
  id: file,
  published: '2025-11-30',
  publishedInferred: false,
  text: articleText(readFileSync(new URL(`./__fixtures__/event-lines/${file}`, import.meta.url), 'utf8')),
});

/**
 * Golden fixtures: `__fixtures__/event-lines/<seed id>.json` holds the lines of each seed's
 * events, `<name>.txt` paragraphs of tricky sentences and `<name>.json` their lines. After a
 * deliberate change of the rules, regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run --project unit src/lib/events/event-line.test.ts` and review the diff.
 */
describe('event line golden fixtures', () => {
  const directory = new URL('./__fixtures__/event-lines/', import.meta.url);
  const cases = [
    ...seeds.map((seed) => ({ name: seed.id, source: seed as EventSource })),
    ...readdirSync(directory)
      .filter((file) => file.endsWith('.txt'))
      .map((file) => ({ name: file.replace(/\.txt$/u, ''), source: tricky(file) })),
  ];

  it.each(cases)('$name', ({ name, source }) => {
    const actual = extractEvents(source, KYIV, { registry }).map(summary);
    const golden = new URL(`${name}.json`, directory);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });

  it('keeps every line a subsequence of its sentence’s words, short, whole-worded and with balanced quotation marks', () => {
    const events = cases.flatMap(({ source }) => extractEvents(source, KYIV, { registry }));
    expect(events.length).toBeGreaterThan(25);
    for (const event of events) {
      expect(isSubsequence(event.line, event.text), event.line).toBe(true);
      expect(event.line.length, event.line).toBeLessThanOrEqual(LINE_LENGTH.max + 10);
      expect(hasBalancedQuotationMarks(event.line), event.line).toBe(true);
      // Never mid-word: each word of the line is a whole word of the sentence.
      const sentenceWords = new Set(words(event.text));
      for (const word of words(event.line.replace(/\[[^\]]*\]/gu, ' ')))
        expect(sentenceWords.has(word), `${word} in ${event.line}`).toBe(true);
      expect(event.line).toContain(event.expression);
    }
  });
});

describe('eventLineOf', () => {
  const line = (sentence: string, expression: string, before?: string) => {
    const start = sentence.indexOf(expression);
    return eventLineOf({ sentence, expression: { start, end: start + expression.length }, before }, registry);
  };

  it('drops the attribution and a leading connective, and keeps the sentence’s end when nothing else is cut', () => {
    expect(line('According to Ukrainian officials, Umerov will meet Zelensky in Paris on December 1.', 'on December 1')).toEqual({
      text: 'Umerov will meet Zelensky in Paris on December 1.',
      who: ['rustem-umerov', 'volodymyr-zelensky'],
      where: ['paris'],
    });
    expect(line('Meanwhile, Witkoff plans to meet Putin on December 2, the publication writes.', 'on December 2').text).toBe(
      'Witkoff plans to meet Putin on December 2',
    );
  });

  it('marks a cut of content with an ellipsis', () => {
    expect(line('Witkoff met Putin on Tuesday, and the two discussed the plan for five hours.', 'on Tuesday').text).toBe(
      'Witkoff met Putin on Tuesday …',
    );
  });

  it('names a pronoun subject from the person mentioned last before it', () => {
    const event = line('He will travel to Kyiv on Friday.', 'on Friday', 'Marco Rubio spoke to reporters.');
    expect(event.text).toBe('[Marco Rubio] will travel to Kyiv on Friday.');
    expect(event.who).toEqual(['marco-rubio']);
    expect(line('He will travel to Kyiv on Friday.', 'on Friday').text).toBe('He will travel to Kyiv on Friday.');
  });

  it('gives a country as where only when no narrower place is named, and never a country used as a modifier', () => {
    expect(line('Talks between the US and Ukraine resumed in Miami on Sunday.', 'on Sunday').where).toEqual(['miami']);
    expect(line('Talks were held in the US and in Ukraine on Sunday.', 'on Sunday').where).toEqual(['united-states', 'ukraine']);
    expect(line('A senior US official met Umerov on Sunday.', 'on Sunday').where).toEqual([]);
  });
});
