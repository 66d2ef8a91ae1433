/**
 * Golden cases for naming a claim's opening pronoun (`__fixtures__/claim-subject.json`: the
 * sentence before, the claim, and the claim as a reader should see it, or null where the text
 * leaves more than one reading). Half the cases are refusals: no name beats a wrong one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEntityFiles } from '../../../tests/support/seeds.ts';
import { createEntityRegistry } from '../entities/registry.ts';
import { groupDescriptions, peopleFinder, resolveOpeningPronoun } from './claim-subject.ts';

interface Case {
  why: string;
  previous: string;
  claim: string;
  expected: string | null;
}

const cases = JSON.parse(readFileSync(new URL('./__fixtures__/claim-subject.json', import.meta.url), 'utf8')) as Case[];
const registry = createEntityRegistry(readEntityFiles());
const peopleIn = peopleFinder(registry);

describe('resolveOpeningPronoun', () => {
  it('has cases that name and cases that refuse', () => {
    expect(cases.filter((fixture) => fixture.expected === null).length).toBeGreaterThanOrEqual(6);
    expect(cases.filter((fixture) => fixture.expected !== null).length).toBeGreaterThanOrEqual(6);
  });

  it.each(cases.map((fixture) => [fixture.why, fixture] as const))('%s', (_why, fixture) => {
    const resolved = resolveOpeningPronoun({
      claim: fixture.claim,
      claimPeople: peopleIn(fixture.claim),
      previous: fixture.previous,
      previousPeople: peopleIn(fixture.previous),
      nameOf: (id) => registry.get(id)?.name,
    });
    expect(resolved ?? null).toBe(fixture.expected);
  });
});

describe('groupDescriptions', () => {
  it('finds a group of people as written, from its determiner to its head', () => {
    expect(groupDescriptions('Axios reports, citing two Ukrainian officials.')).toEqual(['two Ukrainian officials']);
    expect(groupDescriptions('The Ukrainian delegation arrived; both sides spoke.')).toEqual(['The Ukrainian delegation', 'both sides']);
  });

  it('ignores a bare plural, which names no one in particular, and stops at a verb or a possessive', () => {
    expect(groupDescriptions('Officials said so.')).toEqual([]);
    expect(groupDescriptions('He met officials of both countries.')).toEqual([]);
    expect(groupDescriptions('Putin’s negotiators arrived.')).toEqual([]);
  });
});
