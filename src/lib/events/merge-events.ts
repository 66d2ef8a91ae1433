import { diceBound, diceOfBags, TokenInterner } from '../text/similarity.ts';
import { contentStems } from '../text/tokens.ts';
import { UnionFind } from '../union-find.ts';
import type { ArticleEvent, DatePrecision, EventGroup } from './types.ts';

/**
 * Thresholds for "the same event", applied only to reports with the same dates and precision,
 * to the entities and words of each report's event line (see event-line.ts):
 * - two or more shared entities (people, organisations, places below country level) are
 *   enough: "Umerov … Zelensky … Paris" on 1 December;
 * - one shared entity needs some shared wording too: 0.4, not the 0.2 tuned on the seeds
 *   alone, which on the generated corpus (tests/support/site-corpus, 2,500 articles, 12,509
 *   reports) joined one person's unrelated statements of a day: with the first-report check in
 *   mergeEvents, reports in a group of another happening fell from 6,973 to 1,572 and the
 *   largest group from 190 reports (96 articles) to 47 (30), which is one real event; the
 *   seeds group as before;
 * - wording alone must be close: "A senior US official also said the Sunday negotiations
 *   were positive" / "… stated that Sunday's talks were positive".
 */
export const MERGE_RULES = { sharedEntities: 2, oneEntityMinSimilarity: 0.4, textOnlyMinSimilarity: 0.5 } as const;

/** Words of the date expression are equal by construction, so they are not evidence. */
function eventTokens(event: ArticleEvent): string[] {
  return contentStems(event.line.replace(event.expression, ' '));
}

/**
 * Each report's tokens as a bag, computed once per report for the whole build: a story's
 * alignment merges its reports twice and the site-wide timeline once more. Reports are never
 * changed after extraction, so the bag of one object stays right.
 */
const interner = new TokenInterner();
const bags = new WeakMap<ArticleEvent, Int32Array>();
function eventBag(event: ArticleEvent): Int32Array {
  let bag = bags.get(event);
  if (bag === undefined) bags.set(event, (bag = interner.bag(eventTokens(event))));
  return bag;
}

function sameDates(a: ArticleEvent, b: ArticleEvent): boolean {
  return a.precision === b.precision && a.date.start === b.date.start && a.date.end === b.date.end;
}

/** True when two reports with the same dates tell the same event (see MERGE_RULES). */
export function sameEvent(a: ArticleEvent, b: ArticleEvent): boolean {
  return sameDates(a, b) && sameHappening(a, b);
}

/** MERGE_RULES without the dates: the two reports name and word the same happening. */
function sameHappening(a: ArticleEvent, b: ArticleEvent): boolean {
  let shared = 0;
  for (const id of a.entityIds) if (b.entityIds.includes(id)) shared += 1;
  if (shared >= MERGE_RULES.sharedEntities) return true;
  const bagA = eventBag(a);
  const bagB = eventBag(b);
  // Wording that could not reach the threshold even if all of it were shared needs no comparing.
  const needed = shared === 1 ? MERGE_RULES.oneEntityMinSimilarity : MERGE_RULES.textOnlyMinSimilarity;
  if (diceBound(bagA.length, bagB.length) < needed) return false;
  const similarity = diceOfBags(bagA, bagB);
  if (shared === 1 && similarity >= MERGE_RULES.oneEntityMinSimilarity) return true;
  return similarity >= MERGE_RULES.textOnlyMinSimilarity;
}

/** Optional input of mergeEvents. */
export interface MergeEventsOptions {
  /**
   * The claim (see src/lib/analysis/alignment.ts) a report's sentence belongs to: reports
   * with the same dates in one claim are one event, so the events never split what the
   * claims pair.
   */
  claimOf?: (event: ArticleEvent) => string | undefined;
  /**
   * Join a report dated only to a week, month or year ("next week") to the more precise
   * event it falls in and tells ("on December 2"), which then dates it. Off for the whole
   * corpus (the site-wide timeline keeps each wording's own date); on within a story.
   */
  acrossPrecision?: boolean;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };

function contains(outer: ArticleEvent, inner: ArticleEvent): boolean {
  return outer.date.start <= inner.date.start && inner.date.end <= outer.date.end;
}

/**
 * Joins each vaguer set of reports to one more precise set whose dates it contains and
 * that tells the same happening (`related`): the set with most reports, then the earliest.
 * A vaguer set is joined to one set only, so "this week" never chains Monday to Tuesday.
 * Vaguest first, so a month joins a week only once that week has found its day.
 */
function joinVaguerDates(events: readonly ArticleEvent[], sets: UnionFind, related: (a: number, b: number) => boolean): void {
  const members = sets.groups();
  const order = members
    .map((group, index) => ({ group, index, rank: PRECISION_RANK[events[group[0]!]!.precision] }))
    .filter(({ rank }) => rank > 0)
    .sort((x, y) => y.rank - x.rank || x.index - y.index);
  for (const { group } of order) {
    const vague = events[group[0]!]!;
    let best: { root: number; size: number; start: string } | undefined;
    for (const other of members) {
      const candidate = events[other[0]!]!;
      if (PRECISION_RANK[candidate.precision] >= PRECISION_RANK[vague.precision] || !contains(vague, candidate)) continue;
      if (!group.some((a) => other.some((b) => related(a, b)))) continue;
      const root = sets.find(other[0]!);
      const size = other.length;
      if (best === undefined || size > best.size || (size === best.size && candidate.date.start < best.start)) {
        best = { root, size, start: candidate.date.start };
      }
    }
    if (best !== undefined) sets.union(group[0]!, best.root);
  }
}

/** True when a report dates its event less precisely than the event's date (a vaguer wording). */
export function isVaguerWording(group: Pick<EventGroup, 'precision'>, report: ArticleEvent): boolean {
  return PRECISION_RANK[report.precision] > PRECISION_RANK[group.precision];
}

function compareRanges(a: EventGroup, b: EventGroup): number {
  return a.date.start < b.date.start
    ? -1
    : a.date.start > b.date.start
      ? 1
      : a.date.end < b.date.end
        ? -1
        : a.date.end > b.date.end
          ? 1
          : 0;
}

/**
 * Merge reports of the same event from one or several articles into groups. Two groups join
 * when a report of each tells the same happening and so do their first reports: plain single
 * linkage (A~B and B~C put all three together) chained a large story's look-alike reports
 * into one event of hundreds. Groups are sorted by
 * date, then by first report in input order; reports keep input order. A group
 * is inferred only when all its reports are: one article stating the date is
 * enough to know it.
 */
export function mergeEvents(events: readonly ArticleEvent[], options: MergeEventsOptions = {}): EventGroup[] {
  const { claimOf, acrossPrecision = false } = options;
  const claims = claimOf === undefined ? [] : events.map(claimOf);
  const sameClaim = (a: number, b: number) => claims[a] !== undefined && claims[a] === claims[b];
  const sets = new UnionFind(events.length);
  // Only reports with the same dates can be the same event, so only those are compared:
  // all pairs of a whole corpus (15,000 reports at 4,000 articles) took 45 s of a build.
  const byDates = new Map<string, number[]>();
  events.forEach((event, index) => {
    const key = `${event.precision} ${event.date.start} ${event.date.end}`;
    const bucket = byDates.get(key);
    if (bucket) bucket.push(index);
    else byDates.set(key, [index]);
  });
  const related = (a: number, b: number) => sameHappening(events[a]!, events[b]!);
  // Each set's first report stands for it: two sets join only when their first reports tell the
  // same happening too, so a chain of look-alike reports (A~B, B~C, …) cannot grow one event out
  // of many; reports of one claim are one statement and always join.
  const first = events.map((_, index) => index);
  for (const bucket of byDates.values()) {
    for (let i = 0; i < bucket.length; i += 1) {
      for (let j = i + 1; j < bucket.length; j += 1) {
        const a = bucket[i] as number;
        const b = bucket[j] as number;
        const rootA = sets.find(a);
        const rootB = sets.find(b);
        if (rootA === rootB) continue;
        const firstA = first[rootA]!;
        const firstB = first[rootB]!;
        if (sameClaim(a, b) || (related(a, b) && ((firstA === a && firstB === b) || related(firstA, firstB)))) {
          first[sets.union(a, b)] = Math.min(firstA, firstB);
        }
      }
    }
  }
  if (acrossPrecision) joinVaguerDates(events, sets, (a, b) => sameClaim(a, b) || related(a, b));

  // Groups in order of their first report, reports in input order.
  const groups = sets.groups().map((members): EventGroup => {
    const reports = members.map((index) => events[index] as ArticleEvent);
    // The most precise wording dates the event ("December 2" over "next week"); the first of those.
    const first = reports.reduce((best, report) => (PRECISION_RANK[report.precision] < PRECISION_RANK[best.precision] ? report : best));
    return {
      id: '',
      date: first.date,
      precision: first.precision,
      inferred: reports.filter((report) => report.precision === first.precision).every((report) => report.inferred),
      reports,
      articleIds: [...new Set(reports.map((report) => report.articleId))],
      entityIds: [...new Set(reports.flatMap((report) => report.entityIds))].sort(),
    };
  });
  // Array.prototype.sort is stable: equal dates keep first-report order.
  groups.sort(compareRanges);
  const perDate = new Map<string, number>();
  for (const group of groups) {
    const dateKey = group.date.start === group.date.end ? group.date.start : `${group.date.start}--${group.date.end}`;
    const count = (perDate.get(dateKey) ?? 0) + 1;
    perDate.set(dateKey, count);
    group.id = `${dateKey}-${count}`;
  }
  return groups;
}
