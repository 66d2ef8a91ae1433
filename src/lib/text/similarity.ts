/**
 * Dice coefficient of two token multisets: 2·|A∩B| / (|A|+|B|), in [0, 1].
 * Multisets, so a word repeated in both counts twice; 0 for two empty inputs.
 */
export function diceSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of b) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      shared += 1;
      counts.set(token, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
