/**
 * Attribution phrases: where an article credits another outlet for what it reports.
 *
 * An outlet mention counts only inside an attribution frame:
 * - strong: "Axios reports", "Reuters reported", "according to Reuters", "citing Politico",
 *   "writes UNN", "as reported by the newspaper Le Monde";
 * - weak: "told Axios", "wrote to Axios", "in an interview with CNN" (a source quoted from
 *   another outlet's interview, which alone does not make the whole article a retelling).
 * "The publication writes", "according to the report" and similar back-references credit
 * the outlet named last before them. A mention of the article's own outlet ("writes UNN" in
 * a UNN article) is not an attribution. Unknown outlets are recognized by an outlet-like last
 * word ("… News", "… Times", "… Pravda") or by a noun before them ("the newspaper X").
 */
import type { OutletDirectory } from './outlets.ts';
import { outletKey } from './outlets.ts';

/** One attribution found in an article. */
export interface Attribution {
  /** Display name of the credited outlet, e.g. "Axios". */
  outlet: string;
  /** Comparison key of `outlet` (see `outletKey`). */
  key: string;
  /** Strong frames credit the account; weak ones credit a quote. */
  strong: boolean;
  /** Paragraph and sentence index of the phrase. */
  paragraph: number;
  sentence: number;
  /** The phrase as written, e.g. "Axios reports, citing two Ukrainian officials". */
  snippet: string;
}

/** The minimum a sentence must provide. */
export interface AttributionSentence {
  paragraph: number;
  index: number;
  text: string;
}

const OUTLET_NOUN =
  '(?:news\\s+agency|news\\s+outlet|news\\s+site|media\\s+outlet|agency|newspaper|outlet|publication|' +
  'broadcaster|website|portal|magazine|TV\\s+channel|channel|daily|weekly)';
const STRONG_BEFORE = new RegExp(
  '(?<![\\p{L}])(?:according\\s+to|citing|cited\\s+by|as\\s+reported\\s+by|reported\\s+by|as\\s+reported\\s+in|reports|' +
    'reported|writes|wrote|informs|says|notes|states|quoting|quoted\\s+by|published\\s+by|per)\\s+' +
    `(?:the\\s+)?(?:${OUTLET_NOUN}\\s+)?$`,
  'iu',
);
const WEAK_BEFORE = new RegExp(
  '(?<![\\p{L}])(?:told|wrote\\s+to|said\\s+to|speaking\\s+to|spoke\\s+to|interview\\s+with|via)\\s+' +
    `(?:the\\s+)?(?:${OUTLET_NOUN}\\s+)?$`,
  'iu',
);
const STRONG_AFTER =
  /^,?\s*(?:reports|reported|has\s+reported|had\s+reported|first\s+reported|writes|wrote|has\s+learned|learned|says|said|notes|noted|states|stated|cites|cited|quotes|quoted|revealed|published|informs|claims|claimed)(?![\p{L}])/iu;
const CITING_CLAUSE = /^,?\s*(?:citing|quoting|referring\s+to|with\s+reference\s+to)\s+[^,.;:!?"“”]+/iu;

const BACK_REFERENCE = new RegExp(`(?<![\\p{L}])(?:[Tt]he|[Tt]his)\\s+(?:${OUTLET_NOUN}|report|edition)(?![\\p{L}])(?!\\s+\\p{Lu})`, 'gu');
/** Last words that mark an unknown capitalized name as an outlet: "Kyiv Daily News". */
const OUTLET_LIKE_LAST_WORDS = new Set(
  (
    'News Times Post Journal Media Agency Press Herald Gazette Tribune TV Radio Daily Today Insider ' +
    'Monitor Observer Telegraph Independent Review Wire Network Channel Magazine Pravda Gazeta Online Inform'
  ).split(' '),
);
const CAPITALIZED_WORD = /\p{Lu}[\p{L}\p{N}]*/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Cheap test before the two noun-based patterns below. */
const OUTLET_NOUN_HINT = /agency|outlet|newspaper|publication|broadcaster|website|portal|magazine|channel|daily|weekly|report|edition|site/;
const NOUN_INTRODUCED_NAME = new RegExp(
  `(?<![\\p{L}])${OUTLET_NOUN}\\s+(\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,3})`,
  'gu',
);

interface Mention {
  start: number;
  end: number;
  /** Outlet name as written; empty for a back-reference. */
  name: string;
}

/** All attributions of an article, in reading order. */
export function findAttributions(
  sentences: readonly AttributionSentence[],
  own: { outlet: string; outletName: string },
  directory: OutletDirectory,
): Attribution[] {
  const ownKeys = new Set([outletKey(own.outlet), outletKey(own.outletName)]);
  const found: Attribution[] = [];
  let lastOutlet: string | undefined;
  for (const sentence of sentences) {
    for (const mention of findMentions(sentence.text, directory)) {
      let outlet: string;
      if (mention.name === '') {
        if (lastOutlet === undefined) continue;
        outlet = lastOutlet;
      } else {
        outlet = directory.canonical(mention.name);
        if (ownKeys.has(outletKey(outlet)) || ownKeys.has(outletKey(mention.name))) continue;
        lastOutlet = outlet;
      }
      const frame = attributionFrame(sentence.text, mention);
      if (frame === undefined) continue;
      found.push({
        outlet,
        key: outletKey(outlet),
        strong: frame.strong,
        paragraph: sentence.paragraph,
        sentence: sentence.index,
        snippet: frame.snippet,
      });
    }
  }
  return found;
}

function findMentions(text: string, directory: OutletDirectory): Mention[] {
  const mentions: Mention[] = [];
  // Known names and outlet-like names, found from capitalized words.
  let runStart = -1;
  let runLength = 0;
  let previousEnd = -2;
  for (const match of text.matchAll(CAPITALIZED_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1]!)) continue;
    if (start === previousEnd + 1 && text[previousEnd] === ' ' && runLength < 4) {
      runLength++;
    } else {
      runStart = start;
      runLength = 1;
    }
    previousEnd = end;
    const known = directory.spellingAt(text, start);
    if (known !== undefined) mentions.push({ start, end: start + known.length, name: known });
    if (OUTLET_LIKE_LAST_WORDS.has(match[0]) && !(runLength === 1 && known !== undefined)) {
      mentions.push({ start: runStart, end, name: text.slice(runStart, end) });
    }
  }
  if (OUTLET_NOUN_HINT.test(text)) {
    for (const match of text.matchAll(NOUN_INTRODUCED_NAME)) {
      const start = match.index + match[0].length - match[1]!.length;
      mentions.push({ start, end: match.index + match[0].length, name: match[1]!.replace(/[.'’]+$/, '') });
    }
    for (const match of text.matchAll(BACK_REFERENCE)) {
      mentions.push({ start: match.index, end: match.index + match[0].length, name: '' });
    }
  }
  // Keep the earliest, then longest, of overlapping mentions.
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of mentions) {
    const previous = kept[kept.length - 1];
    if (previous !== undefined && mention.start < previous.end) continue;
    kept.push(mention);
  }
  return kept;
}

function attributionFrame(text: string, mention: Mention): { strong: boolean; snippet: string } | undefined {
  const after = text.slice(mention.end);
  const afterFrame = STRONG_AFTER.exec(after);
  if (afterFrame) {
    let end = mention.end + afterFrame[0].length;
    const citing = CITING_CLAUSE.exec(text.slice(end));
    if (citing) end += citing[0].length;
    return { strong: true, snippet: cleanSnippet(text.slice(mention.start, end)) };
  }
  const before = text.slice(Math.max(0, mention.start - 60), mention.start);
  for (const [pattern, strong] of [
    [STRONG_BEFORE, true],
    [WEAK_BEFORE, false],
  ] as const) {
    const frame = pattern.exec(before);
    if (frame) {
      const start = mention.start - (before.length - frame.index);
      return { strong, snippet: cleanSnippet(text.slice(start, mention.end)) };
    }
  }
  return undefined;
}

function cleanSnippet(snippet: string): string {
  return snippet.replace(/^[\s,"“”'‘’]+|[\s,"“”'‘’]+$/g, '').replace(/\s+/g, ' ');
}
