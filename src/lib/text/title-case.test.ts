import { describe, expect, it } from 'vitest';
import { isTitleCase } from './title-case.ts';

describe('isTitleCase', () => {
  it('recognizes headlines set in Title Case', () => {
    expect(isTitleCase('Bachelor Finale: Juan Pablo Makes His Decision')).toBe(true);
    expect(isTitleCase('Why Spinning Off Paypal Makes Sense')).toBe(true);
    expect(isTitleCase('Men’s Wearhouse To Acquire Jos. A. Bank For $1.8 Billion')).toBe(true);
  });

  it('leaves sentences alone, even when full of names', () => {
    expect(isTitleCase('Snowden says NSA “set fire to future of internet”')).toBe(false);
    expect(isTitleCase('Delegations led by Secretary Marco Rubio and Minister Sergei Lavrov arrived on Sunday.')).toBe(false);
    expect(isTitleCase('Marco Rubio met Sergei Lavrov.')).toBe(false);
    expect(isTitleCase('Rustem Umerov said the talks were productive.')).toBe(false);
  });
});
