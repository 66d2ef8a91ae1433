import { describe, expect, it } from 'vitest';
import { DuplicateIndex } from './duplicates.ts';

const body =
  'Ferry crews on the island routes walked out at dawn on Sunday after a fourth round of pay talks between the operator and the union ended without agreement. ' +
  'No sailings left Kinlochbay, Port Ardan or Scarra before noon, and the operator said it expected all routes to stay closed until at least Tuesday. ' +
  'The council’s transport committee is due to meet on Monday to discuss the disruption to islanders and the cost to the shops.';
const known = {
  file: 'content/articles/harbour-gazette-ferry.md',
  url: 'https://www.harbourgazette.example/news/ferry',
  outlet: 'harbour-gazette',
  body,
};

describe('DuplicateIndex', () => {
  const index = new DuplicateIndex([known]);
  it('finds the same page under another address', () => {
    expect(index.find({ url: 'http://harbourgazette.example/news/ferry/?utm_source=x#c', outlet: 'other', body: 'other text' })).toEqual({
      file: known.file,
      reason: 'same address as content/articles/harbour-gazette-ferry.md (https://www.harbourgazette.example/news/ferry)',
    });
    expect(index.find({ url: 'https://www.harbourgazette.example/news/ferry/amp', outlet: 'x', body: '' })?.file).toBe(known.file);
  });
  it('finds nearly the same text from the same outlet at a new address', () => {
    const edited = body.replace('at least Tuesday', 'at least Wednesday');
    expect(index.find({ url: 'https://www.harbourgazette.example/print/ferry', outlet: 'harbour-gazette', body: edited })?.reason).toMatch(
      /^text 89% the same as content\/articles\/harbour-gazette-ferry\.md, from the same outlet$/,
    );
  });
  it('does not call the same text from another outlet a duplicate (that is a retelling)', () => {
    expect(index.find({ url: 'https://other.example/ferry', outlet: 'other', body })).toBeUndefined();
  });
  it('remembers articles added during a run', () => {
    const run = new DuplicateIndex();
    expect(run.find({ url: 'https://a.example/x', outlet: 'a', body: 'text' })).toBeUndefined();
    run.add({ file: 'content/articles/a-x.md', url: 'https://a.example/x', outlet: 'a', body: 'text' });
    expect(run.find({ url: 'https://a.example/x?fbclid=1', outlet: 'a', body: 'text' })?.file).toBe('content/articles/a-x.md');
  });
});
