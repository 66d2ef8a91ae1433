/**
 * Which page numbers a pager shows: always the first and the last, the current one with its
 * neighbours, and a gap (`'gap'`) wherever numbers are left out — so a reader can jump to any
 * end, or nearby, in one click, and the pager stays the same small size on page 1 of 500.
 */

/** A page number to link, or a gap where numbers are left out. */
export type PageSlot = number | 'gap';

/**
 * Slots for page `current` of `last`, with `around` neighbours each side of the current one.
 * A gap never stands for a single page: that page is shown instead.
 */
export function pageSlots(current: number, last: number, around = 2): PageSlot[] {
  if (last <= 1) return [1];
  const shown = new Set<number>([1, last]);
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= last) shown.add(page);
  const sorted = [...shown].sort((a, b) => a - b);
  const slots: PageSlot[] = [];
  for (const page of sorted) {
    const previous = slots.at(-1);
    if (typeof previous === 'number' && page - previous === 2) slots.push(previous + 1);
    else if (typeof previous === 'number' && page - previous > 2) slots.push('gap');
    slots.push(page);
  }
  return slots;
}
