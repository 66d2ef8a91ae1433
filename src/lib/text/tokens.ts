/**
 * Sentence text → normalized tokens.
 *
 * Every sentence becomes a bag of features, each named by a string with a one-character
 * kind prefix so that the three kinds never collide:
 * - `@key` a part of a name ("@umerov", "@us"), kept unstemmed. Names are capitalized words
 *   (or acronyms) that the corpus also writes capitalized mid-sentence; see `NameLexicon`.
 *   Transliteration variants are folded ("Zelenskyy" = "Zelensky", "Skibitskyi" =
 *   "Skibitsky"), "United States" = "U.S." = "US", and nationality adjectives count as their
 *   country ("American" = "US").
 * - `#n` a number, digits or a small number word ("five-hour" → "#5").
 * - `=stem` any other content word, lower-cased and Porter-stemmed; stop words are dropped.
 * Typographic quotes, apostrophes and dashes are folded to ASCII first.
 *
 * For speed (10,000 articles in seconds) words are interned once in a `WordTable`, and
 * everything derived from a word (stem, name key, feature ids) is computed once per
 * distinct word rather than once per occurrence.
 */
import { stemmer } from 'stemmer';
import { DEMONYMS, NAME_ALIASES, NUMBER_WORDS, STOPWORDS, TITLE_WORDS } from './word-lists.ts';

// prettier-ignore
const FOLDED_CHARACTERS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...',
};
const FOLDABLE =
  /[\u2018\u2019\u201A\u201B\u2032\u00B4`\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212\u2026]|[\u00A0\u2000-\u200B\u202F\u205F\u3000]/g;
// Plain ASCII text (most English news) needs no folding.
// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\u0000-\u007F]*$/;

/** Folds typographic quotes, apostrophes, dashes, ellipses and odd spaces to ASCII. */
export function normalizeTypography(text: string): string {
  if (ASCII_ONLY.test(text)) return text;
  return text.normalize('NFKC').replace(FOLDABLE, (char) => FOLDED_CHARACTERS[char] ?? ' ');
}

/** Porter stem of a lower-case word. */
export function stem(word: string): string {
  return stemmer(word);
}

/**
 * The comparison key of one name word: lower case, no diacritics, doubled letters collapsed
 * and Slavic transliteration endings folded ("Zelenskyy", "Zelenskiy" → "zelensky").
 */
export function nameKey(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/(?:yy|iy|yi|ii|ij|yj)$/, 'y')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** Lower case without possessive or contraction endings: "Ukraine's" → "ukraine". */
function baseForm(lower: string): string {
  if (!lower.includes("'")) return lower;
  return lower.replace(/n't$/, '').replace(/'(?:s|ll|re|ve|d|m|t)$/, '');
}

// Word flags.
const INITIAL = 1; // opens the sentence, a quotation or a clause after a colon
const CAPITALIZED = 2;
const ACRONYM = 4;
const NUMBER = 8;
const AFTER_SPACE = 16; // only a space separates it from the previous word

const DOTTED_ACRONYM = /\b(?:[A-Za-z]\.){2,}/g;
const WORD = /\d+(?:[.,]\d+)*|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:'[\p{L}\p{M}]+)*/gu;
const UPPER_START = /^\p{Lu}/u;

/** A sentence as interned words with flags. */
export interface ScannedSentence {
  words: number[];
  flags: number[];
}

/** Interns strings as small integers, in first-seen order. */
class Interner {
  private readonly ids = new Map<string, number>();
  protected readonly values: string[] = [];

  id(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }
}

/** Per distinct word: its base form and, lazily, what it turns into. */
export class WordTable extends Interner {
  /** Base form (lower case, no possessive) of each word id. */
  get words(): readonly string[] {
    return this.values;
  }

  /** Splits one sentence into interned words. */
  scan(sentence: string): ScannedSentence {
    const text = normalizeTypography(sentence).replace(DOTTED_ACRONYM, (match) => match.replace(/\./g, ''));
    const words: number[] = [];
    const flags: number[] = [];
    let previousEnd = -1;
    for (const match of text.matchAll(WORD)) {
      const raw = match[0];
      const start = match.index;
      let flag = 0;
      const first = raw.charCodeAt(0);
      if (first >= 48 && first <= 57) {
        flag |= NUMBER;
        words.push(this.id(raw.includes(',') ? raw.replace(/,/g, '') : raw));
      } else {
        const base = baseForm(raw.toLowerCase());
        if ((first >= 65 && first <= 90) || (first > 127 && UPPER_START.test(raw))) {
          flag |= CAPITALIZED;
          const apostrophe = raw.indexOf("'");
          const letters = apostrophe < 0 ? raw : raw.slice(0, apostrophe);
          if (letters.length >= 2 && letters === letters.toUpperCase()) flag |= ACRONYM;
        }
        words.push(this.id(base));
      }
      if (previousEnd < 0 || opensClause(text, start, previousEnd)) flag |= INITIAL;
      if (start - previousEnd === 1 && text.charCodeAt(previousEnd) === 32) flag |= AFTER_SPACE;
      flags.push(flag);
      previousEnd = start + raw.length;
    }
    return { words, flags };
  }
}

/** True when the text between two words ends with a colon or an opening quote/bracket. */
function opensClause(text: string, start: number, previousEnd: number): boolean {
  let k = start - 1;
  while (k >= previousEnd && text.charCodeAt(k) === 32) k--;
  if (k < previousEnd) return false;
  const char = text[k];
  if (char === ':') return true;
  if (char === '"' || char === '(' || char === '[') return k === previousEnd || text.charCodeAt(k - 1) === 32;
  return false;
}

/**
 * Which capitalized words are names, learned from the whole corpus: a word is a name when
 * it is written capitalized in the middle of a sentence at least as often as in lower case.
 * So "Umerov" is a name even where it opens a sentence, while "Talks" at the start of a
 * sentence is the common word "talks".
 */
export class NameLexicon {
  private capitalizedInside = new Int32Array(1024);
  private lowerCase = new Int32Array(1024);

  /** Counts the words of one sentence. */
  add(sentence: ScannedSentence): void {
    const { words, flags } = sentence;
    for (let i = 0; i < words.length; i++) {
      const flag = flags[i]!;
      if (flag & NUMBER) continue;
      const word = words[i]!;
      if (word >= this.lowerCase.length) this.grow(word);
      if (!(flag & CAPITALIZED)) this.lowerCase[word] += 1;
      else if (!(flag & INITIAL)) this.capitalizedInside[word] += 1;
    }
  }

  /** True when the word is written like a name in the corpus. */
  isNameLike(word: number): boolean {
    const capitalized = this.capitalizedInside[word] ?? 0;
    return capitalized > 0 && capitalized >= (this.lowerCase[word] ?? 0);
  }

  /** True when the corpus never writes the word in lower case. */
  neverLowerCase(word: number): boolean {
    return (this.lowerCase[word] ?? 0) === 0;
  }

  private grow(word: number): void {
    const size = Math.max(word + 1, this.lowerCase.length * 2);
    const lower = new Int32Array(size);
    lower.set(this.lowerCase);
    const capitalized = new Int32Array(size);
    capitalized.set(this.capitalizedInside);
    this.lowerCase = lower;
    this.capitalizedInside = capitalized;
  }
}

/** Interns feature strings (`=stem`, `@name`, `#number`) as small integers, in first-seen order. */
export class Vocabulary extends Interner {
  /** Feature string of each id. */
  get features(): readonly string[] {
    return this.values;
  }

  get size(): number {
    return this.features.length;
  }
}

/** The features of one sentence. */
export interface SentenceFeatures {
  /** Feature ids with repetition, in text order. */
  features: number[];
  /** Name phrases in text order, as name keys: "rustem umerov" (empty unless asked for). */
  names: string[];
  /** Hashes of word trigrams (all words, unstemmed), for copy detection. */
  shingles: number[];
}

const UNSET = -2;
const NONE = -1;

/** Turns scanned sentences into features, caching per distinct word. */
export class Featurizer {
  private readonly termFeature: number[] = [];
  private readonly nameFeature: number[] = [];
  private readonly keys: Array<string | undefined> = [];
  private readonly common: Array<boolean | undefined> = [];
  private readonly table: WordTable;
  private readonly lexicon: NameLexicon;
  readonly vocabulary: Vocabulary;

  constructor(table: WordTable, lexicon: NameLexicon, vocabulary: Vocabulary) {
    this.table = table;
    this.lexicon = lexicon;
    this.vocabulary = vocabulary;
  }

  /** Features of one sentence; name phrases only when `withNames` (they cost time). */
  featurize(sentence: ScannedSentence, withNames = false): SentenceFeatures {
    const { words, flags } = sentence;
    const isName = new Uint8Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const flag = flags[i]!;
      isName[i] = flag & ACRONYM || (flag & CAPITALIZED && !this.isCommon(words[i]!) && this.lexicon.isNameLike(words[i]!)) ? 1 : 0;
    }
    // "Rustem Umerov said…" at the start of a sentence: a capitalized word that the corpus
    // never writes in lower case, directly followed by a name, is part of that name.
    for (let i = words.length - 2; i >= 0; i--) {
      if (!isName[i] && isName[i + 1] && flags[i]! & CAPITALIZED && flags[i + 1]! & AFTER_SPACE) {
        isName[i] = !this.isCommon(words[i]!) && this.lexicon.neverLowerCase(words[i]!) ? 1 : 0;
      }
    }

    const features: number[] = [];
    const names: string[] = [];
    let runStart = -1;
    const endRun = (end: number): void => {
      if (runStart < 0) return;
      // Only phrases of two or three words can be aliases ("united states of america" aside).
      const phrase =
        withNames || end - runStart >= 2
          ? words
              .slice(runStart, end)
              .map((w) => this.key(w))
              .join(' ')
          : '';
      const alias = NAME_ALIASES[phrase];
      if (withNames) names.push(alias ?? phrase);
      if (alias !== undefined) features.push(this.vocabulary.id(`@${alias}`));
      else for (let k = runStart; k < end; k++) features.push(this.nameOf(words[k]!));
      runStart = -1;
    };
    for (let i = 0; i < words.length; i++) {
      if (isName[i]) {
        if (runStart >= 0 && !(flags[i]! & AFTER_SPACE)) endRun(i);
        if (runStart < 0) runStart = i;
        continue;
      }
      endRun(i);
      const feature = this.termOf(words[i]!, (flags[i]! & NUMBER) !== 0);
      if (feature !== NONE) features.push(feature);
    }
    endRun(words.length);
    return { features, names, shingles: wordTrigrams(words) };
  }

  private isCommon(word: number): boolean {
    let common = this.common[word];
    if (common === undefined) {
      const base = this.table.words[word]!;
      common = STOPWORDS.has(base) || TITLE_WORDS.has(base);
      this.common[word] = common;
    }
    return common;
  }

  private key(word: number): string {
    let key = this.keys[word];
    if (key === undefined) this.keys[word] = key = nameKey(this.table.words[word]!);
    return key;
  }

  /** Name feature of one name word (nationality adjectives as their country). */
  private nameOf(word: number): number {
    let id = this.nameFeature[word] ?? UNSET;
    if (id === UNSET) {
      const base = this.table.words[word]!;
      const country = DEMONYMS[base] ?? (base.endsWith('s') ? DEMONYMS[base.slice(0, -1)] : undefined);
      id = this.vocabulary.id(`@${country ?? this.key(word)}`);
      this.nameFeature[word] = id;
    }
    return id;
  }

  /** The term or number feature of a word, or NONE for stop words. */
  private termOf(word: number, isNumber: boolean): number {
    let id = this.termFeature[word] ?? UNSET;
    if (id === UNSET) {
      const base = this.table.words[word]!;
      const numberWord = NUMBER_WORDS[base];
      if (isNumber) id = this.vocabulary.id(`#${base}`);
      else if (numberWord !== undefined) id = this.vocabulary.id(`#${numberWord}`);
      else if (base.length > 1 && !STOPWORDS.has(base)) id = this.vocabulary.id(`=${stem(base)}`);
      else id = NONE;
      this.termFeature[word] = id;
    }
    return id;
  }
}

/** 32-bit hashes of consecutive word triples (the whole sentence when shorter). */
function wordTrigrams(words: readonly number[]): number[] {
  if (words.length < 3) return words.length === 0 ? [] : [words.reduce(mixHash, 0x9e3779b9)];
  const shingles: number[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    shingles.push(mixHash(mixHash(mixHash(0x9e3779b9, words[i]!), words[i + 1]!), words[i + 2]!));
  }
  return shingles;
}

function mixHash(seed: number, value: number): number {
  let hash = Math.imul(seed ^ value, 0x85ebca6b);
  hash ^= hash >>> 13;
  return Math.imul(hash, 0xc2b2ae35) ^ (hash >>> 16);
}

/** Readable tokens of one sentence, for tests and debugging. */
export interface SentenceTokens {
  /** Feature strings with repetition, in text order (`@name`, `#number`, `=stem`). */
  features: string[];
  /** Name phrases as name keys, e.g. "rustem umerov". */
  names: string[];
}

/**
 * Tokenizes sentences that form a small corpus of their own (the name lexicon is learned
 * from them). The analysis itself uses `WordTable`, `NameLexicon` and `Featurizer` directly.
 */
export function tokenizeSentences(sentences: readonly string[]): SentenceTokens[] {
  const table = new WordTable();
  const lexicon = new NameLexicon();
  const scanned = sentences.map((sentence) => table.scan(sentence));
  for (const sentence of scanned) lexicon.add(sentence);
  const featurizer = new Featurizer(table, lexicon, new Vocabulary());
  return scanned.map((sentence) => {
    const { features, names } = featurizer.featurize(sentence, true);
    return { features: features.map((id) => featurizer.vocabulary.features[id]!), names };
  });
}

/** Contractions outlets and translators use interchangeably with the full form. */
const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^won't$/, 'will not'],
  [/^can't$/, 'can not'],
  [/n't$/, ' not'],
  [/'ll$/, ' will'],
  [/'re$/, ' are'],
  [/'ve$/, ' have'],
  [/'m$/, ' am'],
  [/'d$/, ' would'],
  // 's is "is" after pronouns and there/here; elsewhere it is a possessive and goes.
  [/^(it|that|there|here|what|who|he|she|where|how)'s$/, '$1 is'],
  [/'s$/, ''],
];

/**
 * The words of a text, lower case, typography folded, contractions spelled out ("there's" →
 * "there is", "won't" → "will not") and possessives dropped: how two wordings of a statement
 * are compared. Same word rule as the analysis's `WordTable.scan`.
 */
export function words(text: string): string[] {
  const found: string[] = [];
  for (const match of normalizeTypography(text).toLowerCase().matchAll(WORD)) {
    let word = match[0];
    if (word.includes("'")) for (const [pattern, replacement] of CONTRACTIONS) word = word.replace(pattern, replacement);
    for (const part of word.split(' ')) if (part !== '') found.push(part);
  }
  return found;
}

/** Porter stems of every word of `text`, in order. */
export function stemmedWords(text: string): string[] {
  return words(text).map(stem);
}

/** Porter stems of the words of `text` that are not stop words: what it is about. */
export function contentStems(text: string): string[] {
  return words(text)
    .filter((word) => !STOPWORDS.has(word))
    .map(stem);
}
