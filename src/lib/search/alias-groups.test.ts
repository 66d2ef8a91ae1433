import { describe, expect, it } from 'vitest';
import { knownNames, mergeAliasGroups } from './alias-groups.ts';

describe('mergeAliasGroups', () => {
  it('joins groups that share a spelling, whatever the case, and drops single spellings', () => {
    const fromFile = [
      ['Zelensky', 'Zelenskyy'],
      ['Kyiv', 'Kiev'],
    ];
    const fromRegistry = [['Volodymyr Zelenskyy', 'zelenskyy', 'Zelenskiy'], ['Miami']];
    expect(mergeAliasGroups(fromFile, fromRegistry)).toEqual([
      ['Kiev', 'Kyiv'],
      ['Volodymyr Zelenskyy', 'Zelenskiy', 'Zelensky', 'Zelenskyy'],
    ]);
  });
  it('joins two existing groups bridged by a third', () => {
    expect(
      mergeAliasGroups([
        ['a', 'b'],
        ['c', 'd'],
        ['b', 'c'],
      ]),
    ).toEqual([['a', 'b', 'c', 'd']]);
  });
});

describe('knownNames', () => {
  it('lists every spelling once, single spellings included, sorted', () => {
    expect(knownNames([['Zelensky', 'Zelenskyy']], [['Zelenskyy', 'zelensky'], ['Miami'], ['  ']])).toEqual([
      'Miami',
      'Zelensky',
      'Zelenskyy',
    ]);
  });
});
