import { describe, expect, it } from 'vitest';
import { AmbiguousAliasError, createMentionMatcher } from './matcher.ts';
import { FIXTURE_ENTITIES } from '../../../tests/support/entity-fixtures.ts';
import type { Entity } from './types.ts';

const matcher = createMentionMatcher(FIXTURE_ENTITIES);
const ids = (text: string) => matcher.find(text).map((mention) => mention.entityId);
const texts = (text: string) => matcher.find(text).map((mention) => mention.text);

describe('createMentionMatcher', () => {
  it('prefers the longest alias at a position', () => {
    const mentions = matcher.find('Vladimir Putin met Putin’s envoy; Donald Trump and Trump agreed.');
    expect(mentions.map((mention) => [mention.entityId, mention.text])).toEqual([
      ['vladimir-putin', 'Vladimir Putin'],
      ['vladimir-putin', 'Putin'],
      ['donald-trump', 'Donald Trump'],
      ['donald-trump', 'Trump'],
    ]);
  });

  it('reports offsets into the text', () => {
    const text = 'Talks with Marco Rubio.';
    const [mention] = matcher.find(text);
    expect(mention).toMatchObject({ start: 11, end: 22, text: 'Marco Rubio', possessive: false });
    expect(text.slice(mention?.start, mention?.end)).toBe('Marco Rubio');
  });

  it('matches whole words only', () => {
    expect(ids('Rubiosa and Trumpet and Parisian and Moscowite')).toEqual([]);
    expect(ids('(Rubio) "Trump" Paris.')).toEqual(['marco-rubio', 'donald-trump', 'paris']);
  });

  it('matches possessives as the entity, without the ’s', () => {
    const mentions = matcher.find("Trump’s adviser, Trump's plan, Witkoff's club");
    expect(mentions.map((mention) => [mention.text, mention.possessive])).toEqual([
      ['Trump', true],
      ['Trump', true],
      ['Witkoff', true],
    ]);
  });

  it('is case-sensitive, so "US" is never the pronoun "us"', () => {
    expect(texts('The US is hearing us, supporting us.')).toEqual(['US']);
    expect(ids('TRUMP and trump')).toEqual([]);
  });

  it('reads hyphenated compounds as mentions of each part', () => {
    expect(ids('US-Ukraine talks and U.S.-Ukraine ties')).toEqual(['united-states', 'ukraine', 'united-states', 'ukraine']);
  });

  it('matches names broken across a line and either apostrophe style', () => {
    const withApostrophe: Entity[] = [{ id: 'o-brien', kind: 'person', name: "Robert O'Brien", description: 'x', aliases: ["O'Brien"] }];
    const custom = createMentionMatcher(withApostrophe);
    expect(custom.find('Robert\nO’Brien said').map((mention) => mention.entityId)).toEqual(['o-brien']);
    expect(ids('Vladimir\nPutin')).toEqual(['vladimir-putin']);
  });

  it('never matches inside URLs, domains or e-mail addresses', () => {
    const text = 'See https://example.org/Trump/Putin, www.Paris.com/Rubio, rubio@Moscow.ru and Trump.com; Trump spoke.';
    expect(texts(text)).toEqual(['Trump']);
    expect(matcher.find(text)[0]?.start).toBe(text.lastIndexOf('Trump'));
  });

  it('resolves an alias as written to its entity', () => {
    expect(matcher.entityIdForAlias('Zelenskyy')).toBe('volodymyr-zelensky');
    expect(matcher.entityIdForAlias('Vladimir  Putin')).toBe('vladimir-putin');
    expect(matcher.entityIdForAlias('Nobody')).toBeUndefined();
  });

  it('refuses an alias shared by two entities', () => {
    const clash: Entity[] = [
      { id: 'a', kind: 'person', name: 'A', description: 'x', aliases: ['Smith'] },
      { id: 'b', kind: 'person', name: 'B', description: 'x', aliases: ['Smith'] },
    ];
    expect(() => createMentionMatcher(clash)).toThrow(AmbiguousAliasError);
  });

  it('works with no entities', () => {
    expect(createMentionMatcher([]).find('Trump')).toEqual([]);
  });

  it('matches 2,000 entities in 2,000 articles of 1 kB well within a second', () => {
    const many: Entity[] = Array.from({ length: 2000 }, (_, index) => ({
      id: `person-${index}`,
      kind: 'person',
      name: `Firstname${index} Lastname${index}`,
      description: 'x',
      aliases: [`Lastname${index}`],
    }));
    const big = createMentionMatcher([...FIXTURE_ENTITIES, ...many]);
    const article =
      'Talks between the US and Ukraine in Miami focused on the border, Trump said, while Lastname1999 and Putin disagreed. '.repeat(10);
    const started = performance.now();
    let found = 0;
    for (let index = 0; index < 2000; index += 1) found += big.find(article).length;
    expect(found).toBe(2000 * 50);
    // About 0.15 s on a laptop; the bound leaves room for a loaded CI machine.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
