import type { Tense } from './types.ts';

/*
 * Tense markers. Future forms come first in the alternation so that
 * "is expected to" is read as future before "expected" could be read as a
 * past participle.
 */
const FUTURE = [
  String.raw`\b(?:is|are|am|was|were|be|been|being)\s+(?:also\s+|now\s+|still\s+)?(?:expected|scheduled|set|due|slated|going|planning|poised|likely|supposed|about)\s+to\b`,
  String.raw`\b(?:expected|scheduled|slated|poised|planning|due)\s+to\b`,
  String.raw`\b(?:plans?|planned|intends?|intended|aims?|hopes?|wants?|wanted|seeks?|prepares?|preparing)\s+to\b`,
  String.raw`\b(?:will|shall|would|won['’]t)\b`,
  String.raw`['’]ll\b`,
  String.raw`\bupcoming\b`,
];
const PAST = [
  String.raw`\b(?:was|were|had|did|met|held|said|told|took|made|went|came|began|begun|spoke|left|gave|saw|brought|sent|got|became|led|won|lost|ran|flew|wrote|sought|thought|heard|found|stood|built|paid|ago)\b`,
  // Regular past tense and participles; adjectives in -ed ("detailed") are the price of simplicity.
  String.raw`\b[a-z]{3,}ed\b`,
];
const MARKERS = new RegExp(`(${FUTURE.join('|')})|(${PAST.join('|')})`, 'gu');

interface Marker {
  tense: Tense;
  start: number;
  end: number;
}

function markers(sentence: string): Marker[] {
  return [...sentence.matchAll(MARKERS)].map((match) => ({
    tense: match[1] !== undefined ? 'future' : 'past',
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * Tense of the clause in which sentence[start, end) sits: the marker nearest
 * before the expression ("Umerov is expected to meet Zelensky on Monday",
 * "Trump told reporters … on Sunday"); failing that, the nearest after it
 * ("On Monday, Zelensky will travel"); failing that, past, because news mostly
 * reports what has happened. Markers beyond a semicolon belong to another
 * clause and are not looked at.
 */
export function tenseAt(sentence: string, start: number, end: number): Tense {
  const clauseStart = sentence.lastIndexOf(';', start) + 1;
  const nextSemicolon = sentence.indexOf(';', end);
  const clauseEnd = nextSemicolon < 0 ? sentence.length : nextSemicolon;
  const all = markers(sentence).filter(
    (marker) => marker.start >= clauseStart && marker.end <= clauseEnd && (marker.end <= start || marker.start >= end),
  );
  const before = all.filter((marker) => marker.end <= start).at(-1);
  if (before !== undefined) return before.tense;
  return all.find((marker) => marker.start >= end)?.tense ?? 'past';
}
