import { describe, expect, it } from 'vitest';
import { groupQuotes } from './group-quotes.ts';
import { speakersCompatible } from './speaker-match.ts';
import type { Quote, Speaker } from './types.ts';

const rubio: Speaker = { kind: 'entity', entityId: 'marco-rubio' };
const umerov: Speaker = { kind: 'entity', entityId: 'rustem-umerov' };
const anonymous = (description: string): Speaker => ({ kind: 'anonymous', description });

function quote(articleId: string, speaker: Speaker, text: string): Quote {
  return { articleId, speaker, text, parts: [text], attribution: '', start: 0, end: 0 };
}

describe('speakersCompatible', () => {
  it('matches the same entity only', () => {
    expect(speakersCompatible(rubio, { kind: 'entity', entityId: 'marco-rubio' })).toBe(true);
    expect(speakersCompatible(rubio, umerov)).toBe(false);
    expect(speakersCompatible(rubio, anonymous('a US official'))).toBe(false);
  });

  it('matches anonymous descriptions when one is a more specific form of the other', () => {
    expect(speakersCompatible(anonymous('one Ukrainian official'), anonymous('the Ukrainian official'))).toBe(true);
    expect(speakersCompatible(anonymous('a senior US official'), anonymous('A US official'))).toBe(true);
    expect(speakersCompatible(anonymous('Ukrainian officials'), anonymous('one Ukrainian official'))).toBe(true);
    expect(speakersCompatible(anonymous('a Ukrainian official'), anonymous('a US official'))).toBe(false);
    expect(speakersCompatible(anonymous('the'), anonymous('a'))).toBe(false);
  });
});

describe('groupQuotes', () => {
  it('groups different wordings of one statement, and merges identical wordings into one variant', () => {
    const groups = groupQuotes([
      quote(
        'axy',
        anonymous('one Ukrainian official'),
        'It was tense but not negative. We truly appreciate the serious involvement of the US.',
      ),
      quote(
        'unn',
        anonymous('one Ukrainian official'),
        'They were intense but not negative. We really appreciate the serious US engagement.',
      ),
      quote(
        'kyiv',
        anonymous('a Ukrainian official'),
        'They were intense, but not negative! We really appreciate the serious US engagement',
      ),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.variants).toEqual([
      { text: 'It was tense but not negative. We truly appreciate the serious involvement of the US.', articleIds: ['axy'] },
      { text: 'They were intense but not negative. We really appreciate the serious US engagement.', articleIds: ['unn', 'kyiv'] },
    ]);
    expect(groups[0]?.articleIds).toEqual(['axy', 'unn', 'kyiv']);
    expect(groups[0]?.speaker).toEqual(anonymous('one Ukrainian official'));
  });

  it('keeps different statements and different speakers apart', () => {
    const groups = groupQuotes([
      quote('a', rubio, 'We built on that today, but there is more work to be done.'),
      quote('a', rubio, 'These talks are not just about ending the fighting.'),
      quote('b', umerov, 'We built on that today, but there is more work to be done.'),
    ]);
    expect(groups.map((group) => [group.speaker, group.variants.length])).toEqual([
      [rubio, 1],
      [rubio, 1],
      [umerov, 1],
    ]);
  });

  it('drops an excerpt an article repeats from its own longer quote, but keeps another article’s excerpt', () => {
    const full = 'These talks are about the terms. We built on that today, but there’s more work to be done.';
    const groups = groupQuotes([
      quote('a', rubio, 'more work to be done'),
      quote('a', rubio, full),
      quote('a', umerov, 'more work to be done'),
      quote('b', rubio, 'We built on that today, but there is more work to be done.'),
    ]);
    expect(groups.map((group) => [group.speaker, group.variants.map((variant) => [variant.text, variant.articleIds])])).toEqual([
      [
        rubio,
        [
          [full, ['a']],
          ['We built on that today, but there is more work to be done.', ['b']],
        ],
      ],
      [umerov, [['more work to be done', ['a']]]],
    ]);
  });

  it('groups transitively', () => {
    const groups = groupQuotes([
      quote('a', rubio, 'one two three four five six'),
      quote('b', rubio, 'one two three four seven eight'),
      quote('c', rubio, 'one two seven eight nine ten'),
    ]);
    expect(groups).toHaveLength(1);
  });

  it('gives stable, unique slug ids in order of first appearance', () => {
    const input = [
      quote('a', rubio, 'Talks were productive and useful today.'),
      quote('a', umerov, 'We made significant progress toward peace.'),
      quote('b', rubio, 'Talks were productive and useful today!'),
      quote(
        'c',
        rubio,
        'Talks were productive and useful today, yet the hardest questions of territory, guarantees, sanctions, elections and reconstruction remain open for months.',
      ),
    ];
    const ids = groupQuotes(input).map((group) => group.id);
    expect(ids).toEqual([
      'marco-rubio-talks-were-productive-and-useful-today',
      'rustem-umerov-we-made-significant-progress-toward-peace',
      'marco-rubio-talks-were-productive-and-useful-today-2',
    ]);
    expect(groupQuotes(input).map((group) => group.id)).toEqual(ids);
  });

  it('returns nothing for nothing', () => {
    expect(groupQuotes([])).toEqual([]);
  });
});
