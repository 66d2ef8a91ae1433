import { normalizeCalendarValue } from '../dates/calendar-value';
import { readMarkdownFile } from './frontmatter';

/** Frontmatter fields that hold dates, as dotted paths. */
export const DATE_FIELDS = ['published', 'publishedLatest', 'retells.published'] as const;

/**
 * Check the date fields of a Markdown file's raw frontmatter. This runs beside
 * the collection schema because Astro's YAML parser turns an impossible date
 * such as `2025-13-45` into a real one (14 February 2026) before the schema
 * sees it; reading the raw text with the YAML 1.2 core schema keeps it a string.
 * Returns one readable problem per bad field.
 */
export function checkFrontmatterDates(source: string): string[] {
  const { data } = readMarkdownFile(source);
  const problems: string[] = [];
  for (const field of DATE_FIELDS) {
    const value = field.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), data);
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' || normalizeCalendarValue(value) === undefined) {
      problems.push(`${field}: "${String(value)}" is not a real date; write it as YYYY-MM-DD (e.g. 2025-12-01) or an ISO date-time with offset`);
    }
  }
  return problems;
}
