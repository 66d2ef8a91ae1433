import { slug } from 'github-slugger';
import { UnionFind } from '../union-find.ts';
import { diceBound, diceOfBags, TokenInterner } from '../text/similarity.ts';
import { stemmedWords, words } from '../text/tokens.ts';
import { speakerKey, speakersCompatible } from './speaker-match.ts';
import type { Quote, QuoteGroup, QuoteVariant } from './types.ts';

/**
 * Two wordings with a Dice similarity of stemmed tokens at or above this are
 * one statement. Tuned on the seeds: translations of one statement score
 * 0.68–0.92 ("It was tense…"/"They were intense…" 0.68, Trump's two wordings
 * 0.80), different statements by compatible speakers at most 0.28.
 */
export const SAME_STATEMENT_THRESHOLD = 0.5;

/**
 * Each quote's stemmed words as a bag, computed once per quote for the whole build: a story's
 * alignment groups its quotes twice and the entity pages once more. Quotes are never changed
 * after extraction, so the bag of one object stays right.
 */
const interner = new TokenInterner();
const bags = new WeakMap<Quote, Int32Array>();
function quoteBag(quote: Quote): Int32Array {
  let bag = bags.get(quote);
  if (bag === undefined) bags.set(quote, (bag = interner.bag(stemmedWords(quote.text))));
  return bag;
}

/** Words of the opening used in a group id. */
const ID_WORDS = 6;

/** True when `part` occurs as a run of consecutive words inside `whole`. */
function containsRun(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  for (let start = 0; start + part.length <= whole.length; start += 1) {
    if (part.every((word, offset) => whole[start + offset] === word)) return true;
  }
  return false;
}

/**
 * Drops a quotation that an article repeats as an excerpt of a longer quotation
 * of the same speaker in the same article (a lede quoting “more work to be
 * done” before the full statement ending “…but there’s more work to be done.”):
 * it is the same words, already shown in full. Only within one article: an
 * excerpt in another article is that outlet's own (shorter) wording.
 */
function withoutRepeatedExcerpts(quotes: readonly Quote[]): Quote[] {
  const wordsOf = quotes.map((quote) => words(quote.text));
  // An excerpt repeats a quotation of the same article, so each quote is compared within its article only.
  const byArticle = new Map<string, number[]>();
  quotes.forEach((quote, index) => {
    const same = byArticle.get(quote.articleId);
    if (same) same.push(index);
    else byArticle.set(quote.articleId, [index]);
  });
  return quotes.filter((quote, index) => {
    const own = wordsOf[index] ?? [];
    return !(byArticle.get(quote.articleId) ?? []).some(
      (otherIndex) =>
        otherIndex !== index &&
        (wordsOf[otherIndex]?.length ?? 0) > own.length &&
        speakersCompatible(quote.speaker, quotes[otherIndex]!.speaker) &&
        containsRun(wordsOf[otherIndex] ?? [], own),
    );
  });
}

/**
 * Quotes whose speakers may match (see speakersCompatible), as groups of indexes: the quotes
 * of each entity, and the anonymous ones. Comparing pairs within these groups only keeps
 * grouping a corpus's 10,000 quotes from comparing every pair.
 */
function speakerBuckets(quotes: readonly Quote[]): number[][] {
  const buckets = new Map<string, number[]>();
  quotes.forEach((quote, index) => {
    const key = quote.speaker.kind === 'entity' ? `entity ${quote.speaker.entityId}` : 'anonymous';
    const bucket = buckets.get(key);
    if (bucket) bucket.push(index);
    else buckets.set(key, [index]);
  });
  return [...buckets.values()];
}

/** Dice of the stemmed words at SAME_STATEMENT_THRESHOLD or above; sizes that cannot reach it are not compared. */
function sameWording(a: Int32Array, b: Int32Array): boolean {
  return diceBound(a.length, b.length) >= SAME_STATEMENT_THRESHOLD && diceOfBags(a, b) >= SAME_STATEMENT_THRESHOLD;
}

/** Optional input of groupQuotes. */
export interface GroupQuotesOptions {
  /**
   * The claim (see src/lib/analysis/alignment.ts) a quote's sentence belongs to: quotes of
   * compatible speakers in one claim, from different articles, are one statement, whatever their wording, so the quote
   * section never splits what the claims pair.
   */
  claimOf?: (quote: Quote) => string | undefined;
}

/**
 * Group quotes from several articles into statements: the same statement
 * reported in different words (a translation, a paraphrase within quotation
 * marks) becomes one group with several variants; identical wordings (after
 * folding case, punctuation and contractions) share one variant listing every
 * article. Two quotes are the same statement when their speakers are
 * compatible (speakersCompatible) and their stemmed tokens reach
 * SAME_STATEMENT_THRESHOLD; grouping is transitive (single linkage). A quote
 * an article repeats as an excerpt of its own longer quote is dropped first
 * (see withoutRepeatedExcerpts).
 *
 * Output is deterministic: groups, variants and article ids appear in order of
 * first appearance in `quotes`; ids are unique slugs.
 */
export function groupQuotes(input: readonly Quote[], options: GroupQuotesOptions = {}): QuoteGroup[] {
  const { claimOf } = options;
  const quotes = withoutRepeatedExcerpts(input);
  const claims = claimOf === undefined ? [] : quotes.map(claimOf);
  const tokens = quotes.map(quoteBag);
  const sets = new UnionFind(quotes.length);
  // Only which quotes end up connected matters (groups do not depend on the order of unions),
  // so a pair already in one group needs no comparing.
  for (const bucket of speakerBuckets(quotes)) {
    for (let i = 0; i < bucket.length; i += 1) {
      for (let j = i + 1; j < bucket.length; j += 1) {
        const a = bucket[i] as number;
        const b = bucket[j] as number;
        if (sets.find(a) === sets.find(b)) continue;
        if (!speakersCompatible((quotes[a] as Quote).speaker, (quotes[b] as Quote).speaker)) continue;
        if (claims[a] !== undefined && claims[a] === claims[b] && quotes[a]!.articleId !== quotes[b]!.articleId) sets.union(a, b);
        else if (sameWording(tokens[a]!, tokens[b]!)) sets.union(a, b);
      }
    }
  }

  // Groups in order of their first quote, quotes in input order.
  const groups = sets.groups().map((members) => {
    const group = { speaker: quotes[members[0]!]!.speaker, variants: new Map<string, QuoteVariant>(), articleIds: [] as string[] };
    for (const index of members) {
      const quote = quotes[index]!;
      const wording = words(quote.text).join(' ');
      const variant = group.variants.get(wording) ?? { text: quote.text, articleIds: [] };
      group.variants.set(wording, variant);
      if (!variant.articleIds.includes(quote.articleId)) variant.articleIds.push(quote.articleId);
      if (!group.articleIds.includes(quote.articleId)) group.articleIds.push(quote.articleId);
    }
    return group;
  });

  const usedIds = new Set<string>();
  return groups.map((group) => {
    const variants = [...group.variants.values()];
    const opening = words(variants[0]?.text ?? '')
      .slice(0, ID_WORDS)
      .join(' ');
    const base = slug(`${speakerKey(group.speaker)} ${opening}`);
    let id = base;
    for (let suffix = 2; usedIds.has(id); suffix += 1) id = `${base}-${suffix}`;
    usedIds.add(id);
    return { id, speaker: group.speaker, variants, articleIds: group.articleIds };
  });
}
