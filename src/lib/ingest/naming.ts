import slugify from '@sindresorhus/slugify';

/**
 * Article ids (file names and URL slugs): the outlet id and the headline's first words,
 * transliterated to ASCII so any host and shell handles them (`zelenskiy-peregovori-…`).
 * A taken id gets a numeric suffix; nothing is ever overwritten.
 */

/** At most this many words of the headline go into the id: enough to recognise it. */
const MAX_HEADLINE_WORDS = 8;

/** The preferred id for an article. */
export function articleSlug(outletId: string, headline: string): string {
  const words = slugify(headline).split('-').filter(Boolean).slice(0, MAX_HEADLINE_WORDS);
  return [outletId, ...words].join('-');
}

/** `base`, or `base-2`, `base-3`, … whichever is not taken. */
export function untakenName(base: string, isTaken: (name: string) => boolean): string {
  let name = base;
  for (let n = 2; isTaken(name); n++) name = `${base}-${n}`;
  return name;
}
