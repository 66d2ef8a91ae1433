import { diceSimilarity } from '../text/similarity.ts';
import { contentStems } from '../text/tokens.ts';
import { UnionFind } from '../union-find.ts';
import type { ArticleEvent, EventGroup } from './types';

/**
 * Thresholds for "the same event", applied only to reports with the same
 * dates and precision. Tuned on the seeds (see merge-events.test.ts):
 * - two or more shared entities (people, organisations, places below country
 *   level) are enough: "Umerov … Zelensky … Paris" on 1 December;
 * - one shared entity needs some shared wording too;
 * - wording alone must be close: "A senior US official also said the Sunday
 *   negotiations were positive" / "… stated that Sunday's talks were positive".
 */
export const MERGE_RULES = { sharedEntities: 2, oneEntityMinSimilarity: 0.2, textOnlyMinSimilarity: 0.5 } as const;

/** Words of the date expression are equal by construction, so they are not evidence. */
function eventTokens(event: ArticleEvent): string[] {
  return contentStems(event.context.replace(event.expression, ' '));
}

function sameDates(a: ArticleEvent, b: ArticleEvent): boolean {
  return a.precision === b.precision && a.date.start === b.date.start && a.date.end === b.date.end;
}

/** True when two reports with the same dates tell the same event (see MERGE_RULES). */
export function sameEvent(a: ArticleEvent, b: ArticleEvent, tokensA = eventTokens(a), tokensB = eventTokens(b)): boolean {
  if (!sameDates(a, b)) return false;
  const shared = a.entityIds.filter((id) => b.entityIds.includes(id)).length;
  if (shared >= MERGE_RULES.sharedEntities) return true;
  const similarity = diceSimilarity(tokensA, tokensB);
  if (shared === 1 && similarity >= MERGE_RULES.oneEntityMinSimilarity) return true;
  return similarity >= MERGE_RULES.textOnlyMinSimilarity;
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
 * Merge reports of the same event from one or several articles into groups
 * (single linkage: A~B and B~C put all three together). Groups are sorted by
 * date, then by first report in input order; reports keep input order. A group
 * is inferred only when all its reports are: one article stating the date is
 * enough to know it.
 */
export function mergeEvents(events: readonly ArticleEvent[]): EventGroup[] {
  const tokens = events.map(eventTokens);
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
  for (const bucket of byDates.values()) {
    for (let i = 0; i < bucket.length; i += 1) {
      for (let j = i + 1; j < bucket.length; j += 1) {
        const a = bucket[i] as number;
        const b = bucket[j] as number;
        if (sameEvent(events[a] as ArticleEvent, events[b] as ArticleEvent, tokens[a], tokens[b])) sets.union(a, b);
      }
    }
  }

  // Groups in order of their first report, reports in input order.
  const groups = sets.groups().map((members): EventGroup => {
    const reports = members.map((index) => events[index] as ArticleEvent);
    const first = reports[0] as ArticleEvent;
    return {
      id: '',
      date: first.date,
      precision: first.precision,
      inferred: reports.every((report) => report.inferred),
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
