/**
 * Independent reports within a story.
 *
 * An article retells another report when
 * - its metadata says so (`ArticleInput.retells`), or
 * - its text credits another outlet for its account: a strong attribution ("Axios reports",
 *   "according to Reuters") in its first two paragraphs, or at least two strong ones anywhere
 *   (a single "told CNN" deep in the text credits a quote, not the article), or
 * - its text overlaps heavily with another article of the story (see overlap.ts).
 * Articles retelling the same outlet, or retelling an outlet whose own article is in the story,
 * or copying each other form one report; every other article is a report of its own.
 */
import { findAttributions, type Attribution } from './attribution.ts';
import type { ArticleDoc } from './document.ts';
import { type OutletDirectory, outletKey } from './outlets.ts';
import { heavyOverlaps, type OverlapLink } from './overlap.ts';
import type { Report, ReportBasis } from './types.ts';
import { UnionFind } from '../union-find.ts';

/** What an article retells, if anything. */
export interface Retelling {
  outlet: string;
  key: string;
  /** The attribution phrase as written, when the text has one. */
  snippet?: string;
  basis: 'attribution' | 'metadata';
}

/** Decides whether one article retells another outlet's report. */
export function detectRetelling(doc: ArticleDoc, directory: OutletDirectory): Retelling | undefined {
  const { article } = doc;
  const ownKeys = new Set([outletKey(article.outlet), outletKey(article.outletName)]);
  const attributions = findAttributions(doc.sentences, article, directory);

  if (article.retells !== undefined) {
    const outlet = directory.canonical(article.retells.outlet);
    const key = outletKey(outlet);
    if (!ownKeys.has(key)) {
      const snippet = bestSnippet(attributions.filter((hit) => hit.key === key));
      return snippet === undefined ? { outlet, key, basis: 'metadata' } : { outlet, key, snippet, basis: 'metadata' };
    }
  }

  const byOutlet = new Map<string, Attribution[]>();
  for (const hit of attributions) {
    const hits = byOutlet.get(hit.key);
    if (hits === undefined) byOutlet.set(hit.key, [hit]);
    else hits.push(hit);
  }
  let best: Attribution[] | undefined;
  let bestScore = 0;
  for (const hits of byOutlet.values()) {
    // Map order is first-mention order, so ties go to the outlet credited first.
    const score = hits.reduce((sum, hit) => sum + (hit.strong ? 2 : 1), 0);
    if (score > bestScore) [best, bestScore] = [hits, score];
  }
  if (best === undefined) return undefined;
  const strong = best.filter((hit) => hit.strong);
  if (!strong.some((hit) => hit.paragraph <= 1) && strong.length < 2) return undefined;
  const { outlet, key } = best[0]!;
  return { outlet, key, snippet: bestSnippet(best)!, basis: 'attribution' };
}

function bestSnippet(hits: readonly Attribution[]): string | undefined {
  return (hits.find((hit) => hit.strong) ?? hits[0])?.snippet;
}

/** The reports of a story and, for each member, the index of its report. */
export interface StoryReports {
  reports: Report[];
  reportOfMember: number[];
}

/** Groups a story's articles (`members`, in publication order) into independent reports. */
export function groupReports(members: readonly ArticleDoc[], directory: OutletDirectory): StoryReports {
  const retellings = members.map((doc) => detectRetelling(doc, directory));
  const sets = new UnionFind(members.length);

  const firstRetellerOf = new Map<string, number>();
  retellings.forEach((retelling, i) => {
    if (retelling === undefined) return;
    const first = firstRetellerOf.get(retelling.key);
    if (first === undefined) firstRetellerOf.set(retelling.key, i);
    else sets.union(first, i);
  });
  // A retelling of an outlet whose own article is in the story joins that (earliest) article.
  const memberOfOutlet = new Map<string, number>();
  members.forEach((doc, i) => {
    for (const key of [outletKey(doc.article.outletName), outletKey(doc.article.outlet)]) {
      if (!memberOfOutlet.has(key)) memberOfOutlet.set(key, i);
    }
  });
  retellings.forEach((retelling, i) => {
    if (retelling === undefined) return;
    const original = memberOfOutlet.get(retelling.key);
    if (original !== undefined && original !== i) sets.union(original, i);
  });
  const overlaps = members.length > 1 ? heavyOverlaps(members.map((doc) => doc.sentences)) : [];
  for (const link of overlaps) sets.union(link.a, link.b);

  const reportOfMember = new Array<number>(members.length).fill(0);
  const groups = sets.groups();
  groups.forEach((group, reportIndex) => {
    for (const member of group) reportOfMember[member] = reportIndex;
  });
  const reports = groups.map((group, reportIndex) => {
    const groupOverlaps = overlaps.filter((link) => reportOfMember[link.a] === reportIndex);
    return buildReport(group, members, retellings, groupOverlaps);
  });
  return { reports, reportOfMember };
}

function buildReport(
  group: readonly number[],
  members: readonly ArticleDoc[],
  retellings: ReadonlyArray<Retelling | undefined>,
  overlaps: readonly OverlapLink[],
): Report {
  const nameOf = (member: number): string => members[member]!.article.outletName;
  const retellersByOrigin = new Map<string, number[]>();
  for (const member of group) {
    const retelling = retellings[member];
    if (retelling === undefined) continue;
    const list = retellersByOrigin.get(retelling.key);
    if (list === undefined) retellersByOrigin.set(retelling.key, [member]);
    else list.push(member);
  }

  let origin = nameOf(group[0]!);
  let mostRetellers = 0;
  for (const retellers of retellersByOrigin.values()) {
    if (retellers.length > mostRetellers) {
      mostRetellers = retellers.length;
      origin = retellings[retellers[0]!]!.outlet;
    }
  }

  const sentences: string[] = [];
  const basis = new Set<ReportBasis>();
  for (const [key, retellers] of retellersByOrigin) {
    for (const member of retellers) basis.add(retellings[member]!.basis);
    const originalHere = group.some(
      (member) => outletKey(members[member]!.article.outletName) === key || outletKey(members[member]!.article.outlet) === key,
    );
    sentences.push(attributionSentence(retellers, group.length, originalHere, retellings, nameOf));
  }
  if (overlaps.length > 0) {
    basis.add('overlap');
    const percent = (link: OverlapLink): string => `${Math.round(link.fraction * 100)}% of sentences shared`;
    if (group.length === 2 && sentences.length === 0) {
      sentences.push(`Their texts overlap heavily (${percent(overlaps[0]!)}).`);
    } else {
      const pairs = overlaps.map((link) => `${nameOf(link.a)} and ${nameOf(link.b)}, ${percent(link)}`);
      sentences.push(`Their texts overlap heavily (${pairs.join('; ')}).`);
    }
  }
  if (sentences.length === 0) {
    sentences.push(
      members.length === 1
        ? 'It credits no other outlet for its account.'
        : 'It credits no other outlet for its account and shares no large part of its text with the other articles.',
    );
  }
  return {
    origin,
    articleIds: group.map((member) => members[member]!.article.id),
    reason: sentences.join(' '),
    basis: [...basis].sort(),
  };
}

function attributionSentence(
  retellers: readonly number[],
  groupSize: number,
  originalHere: boolean,
  retellings: ReadonlyArray<Retelling | undefined>,
  nameOf: (member: number) => string,
): string {
  const outlet = retellings[retellers[0]!]!.outlet;
  const all = retellers.length === groupSize && !originalHere;
  const plural = retellers.length > 1;
  const who = all ? (groupSize === 1 ? 'It' : groupSize === 2 ? 'Both' : `All ${groupSize}`) : listNames(retellers.map(nameOf));
  const originalNote = originalHere ? ', whose own article is also here' : '';

  const snippets = retellers.map((member) => retellings[member]!.snippet);
  if (snippets.every((snippet) => snippet === undefined)) {
    const verb = plural || (all && groupSize > 1) ? 'retell' : 'retells';
    return `${who} ${verb} ${outlet}${originalNote}, as ${plural ? 'their' : 'its'} metadata records.`;
  }
  const distinct = new Set(snippets.map((snippet) => snippet?.toLowerCase()));
  const evidence =
    distinct.size === 1
      ? `“${snippets[0]}”`
      : retellers
          .map((member, k) => `${nameOf(member)}: ${snippets[k] === undefined ? 'per its metadata' : `“${snippets[k]}”`}`)
          .join('; ');
  const verb = plural ? 'attribute their account' : 'attributes its account';
  return `${who} ${verb} to ${outlet} (${evidence})${originalNote}.`;
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
