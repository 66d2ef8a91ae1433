import { describe, expect, it } from 'vitest';
import { tenseAt } from './tense.ts';

function tenseOf(sentence: string, expression: string) {
  const start = sentence.indexOf(expression);
  return tenseAt(sentence, start, start + expression.length);
}

describe('tenseAt', () => {
  it.each([
    ['Umerov is expected to meet with Zelenskyy in Paris on Monday.', 'on Monday', 'future'],
    ['Witkoff plans to travel to Moscow on Monday and meet with Putin on Tuesday.', 'on Tuesday', 'future'],
    ['Zelensky is scheduled to visit Paris on Monday.', 'on Monday', 'future'],
    ['Umerov will meet Zelensky on December 1.', 'on December 1', 'future'],
    ['We’ll see on Monday.', 'on Monday', 'future'],
    ['Trump told reporters, returning to Washington on Sunday, that he believes in a deal.', 'on Sunday', 'past'],
    ['A senior US official also said the Sunday negotiations were positive.', 'Sunday', 'past'],
    ['Talks between the US and Ukraine on Sunday focused on the border.', 'on Sunday', 'past'],
    ['On Monday, Zelensky will travel to Paris.', 'On Monday', 'future'],
    ['Umerov, who met Witkoff on Sunday, will see Zelensky on Monday.', 'on Sunday', 'past'],
    ['Umerov, who met Witkoff on Sunday, will see Zelensky on Monday.', 'on Monday', 'future'],
    ['Talks on Sunday.', 'on Sunday', 'past'],
    ['Talks on Sunday; Umerov will report on Monday.', 'on Sunday', 'past'],
    ['Talks ended; on Monday Umerov will report.', 'on Monday', 'future'],
  ])('%s → %s is %s', (sentence, expression, tense) => {
    expect(tenseOf(sentence, expression)).toBe(tense);
  });
});
