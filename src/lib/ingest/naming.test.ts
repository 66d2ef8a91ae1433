import { describe, expect, it } from 'vitest';
import { articleSlug, untakenName } from './naming.ts';

describe('article ids', () => {
  it('are the outlet and the first words of the headline, in ASCII', () => {
    expect(articleSlug('unn', 'Зеленський: переговори у Маямі — «конструктивні»')).toBe('unn-zelenskiy-peregovori-u-mayami-konstruktivni');
    expect(articleSlug('harbour-gazette', 'Ferry crews walk out as pay talks collapse after a fourth round')).toBe(
      'harbour-gazette-ferry-crews-walk-out-as-pay-talks-collapse',
    );
  });
  it('get a suffix when taken', () => {
    const taken = new Set(['a', 'a-2']);
    expect(untakenName('a', (name) => taken.has(name))).toBe('a-3');
    expect(untakenName('b', (name) => taken.has(name))).toBe('b');
  });
});
