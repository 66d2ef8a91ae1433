/** A date expression found in a sentence, before it is resolved to days. */
export type DateExpression =
  | { type: 'date'; month: number; day: number; year?: number }
  | { type: 'weekday'; weekday: number; modifier?: 'last' | 'next' | 'this' | 'coming' }
  | { type: 'relative-day'; offset: number }
  | { type: 'week'; offset: number }
  | { type: 'month'; month: number; year: number }
  | { type: 'relative-month'; offset: number }
  | { type: 'year'; year: number }
  | { type: 'relative-year'; offset: number };

/** An expression with its place in the sentence. */
export interface FoundExpression {
  expression: DateExpression;
  /** As written, e.g. "on December 1", "Sunday's", "next week". */
  text: string;
  start: number;
  end: number;
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Capitalised month names and their usual abbreviations ("Dec.", "Sept."). Case matters: "may" is a verb. */
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:1[89]|20|21)\d{2})`;
const END = String.raw`(?![\p{L}\p{N}])`;
const ON = String.raw`(?:\bon\s+)?`;

function monthNumber(name: string): number {
  const prefix = name.toLowerCase().slice(0, 3);
  return MONTH_NAMES.findIndex((month) => month.startsWith(prefix)) + 1;
}

function weekdayNumber(name: string): number {
  return WEEKDAY_NAMES.indexOf(name.toLowerCase());
}

function offsetOf(word: string): number {
  const lower = word.toLowerCase();
  return lower === 'last' || lower === 'previous' || lower === 'past' ? -1 : lower === 'next' || lower === 'coming' ? 1 : 0;
}

interface Rule {
  pattern: RegExp;
  read(match: RegExpExecArray): DateExpression | null;
}

/*
 * One rule per form. Matches of all rules are collected and overlaps resolved
 * by position then length, so "Monday, December 1" is one explicit date and
 * "December" in "in December 2025" is not also a month of its own.
 */
const RULES: Rule[] = [
  {
    // 1 December 2025 / on the 1st of December
    pattern: new RegExp(String.raw`${ON}(?:${WEEKDAY},?\s+)?(?:the\s+)?${DAY}\s+(?:of\s+)?(${MONTH})(?:,?\s+${YEAR})?${END}`, 'gu'),
    read: (match) => ({
      type: 'date',
      day: Number(match[1]),
      month: monthNumber(match[2] ?? ''),
      ...(match[3] ? { year: Number(match[3]) } : {}),
    }),
  },
  {
    // December 1 / Dec. 1, 2025 / Monday, December 1
    pattern: new RegExp(String.raw`${ON}(?:${WEEKDAY},?\s+)?(${MONTH})\s+${DAY}(?!\d)(?:,?\s+${YEAR})?${END}`, 'gu'),
    read: (match) => ({
      type: 'date',
      month: monthNumber(match[1] ?? ''),
      day: Number(match[2]),
      ...(match[3] ? { year: Number(match[3]) } : {}),
    }),
  },
  {
    // in February 2022
    pattern: new RegExp(String.raw`(?:in\s+)?(${MONTH})\s+${YEAR}${END}`, 'gu'),
    read: (match) => ({ type: 'month', month: monthNumber(match[1] ?? ''), year: Number(match[2]) }),
  },
  {
    // (last|this|next|coming) Monday, Sunday's talks — not "Sundays"
    pattern: new RegExp(String.raw`(?:\b(last|next|this|coming)\s+|${ON})?\b(${WEEKDAY})(?:['’]s)?${END}`, 'giu'),
    read: (match) => {
      const modifier = match[1]?.toLowerCase() as 'last' | 'next' | 'this' | 'coming' | undefined;
      const weekday = weekdayNumber(match[2] ?? '');
      // Case-insensitive for the modifier only: the weekday itself must be capitalised.
      if (!/^[A-Z]/u.test(match[2] ?? '')) return null;
      return modifier === undefined ? { type: 'weekday', weekday } : { type: 'weekday', weekday, modifier };
    },
  },
  {
    pattern: /\b(today|tonight|yesterday|tomorrow)\b/giu,
    read: (match) => {
      const word = (match[1] ?? '').toLowerCase();
      return { type: 'relative-day', offset: word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0 };
    },
  },
  {
    // earlier this week / next week / last month / this year
    pattern: /\b(?:(?:earlier|later)\s+)?(last|previous|past|this|next|coming)\s+(week|month|year)\b/giu,
    read: (match) => {
      const offset = offsetOf(match[1] ?? '');
      const unit = (match[2] ?? '').toLowerCase();
      return unit === 'week'
        ? { type: 'week', offset }
        : unit === 'month'
          ? { type: 'relative-month', offset }
          : { type: 'relative-year', offset };
    },
  },
  {
    // a bare year only after a preposition: "in 2014", "back to 2014" (never "28-point", never a count)
    pattern: new RegExp(
      String.raw`\b(?:in|since|back\s+to|from|until|till|by|before|after|during)\s+${YEAR}${END}(?!\s*(?:-|–)?\s*(?:point|year|km|people|troops))`,
      'gu',
    ),
    read: (match) => ({ type: 'year', year: Number(match[1]) }),
  },
];

/** Every date expression in `sentence`, in order, never overlapping. */
export function findDateExpressions(sentence: string): FoundExpression[] {
  const found: FoundExpression[] = [];
  for (const rule of RULES) {
    // exec on the rule's own pattern: matchAll would copy the regex for every sentence and rule.
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(sentence); match !== null; match = rule.pattern.exec(sentence)) {
      const expression = rule.read(match);
      if (expression !== null) found.push({ expression, text: match[0], start: match.index, end: match.index + match[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: FoundExpression[] = [];
  for (const candidate of found) {
    const previous = kept.at(-1);
    if (previous === undefined || candidate.start >= previous.end) kept.push(candidate);
  }
  return kept;
}
