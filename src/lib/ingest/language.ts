import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

/**
 * The language of an article: the tag the page or feed declares, else one detected from
 * the text. franc needs some text to be right: below MIN_DETECTION_CHARACTERS it answers
 * "und" and we report the language as unknown rather than guess.
 */

/** franc's own default minimum is 10 characters; a sentence or two is what it needs to be reliable. */
export const MIN_DETECTION_CHARACTERS = 120;

/**
 * A declared language (`en_GB`, `EN-gb`, `en-GB`, `eng`) as the BCP 47 tag the schema takes
 * (`en-GB`), or `undefined` when it is not a language tag.
 */
export function normalizeLanguageTag(declared: string | undefined | null): string | undefined {
  const parts = declared?.trim().replace(/_/g, '-').split('-').filter(Boolean) ?? [];
  const [primary, ...rest] = parts;
  if (!primary || !/^[a-z]{2,3}$/i.test(primary)) return undefined;
  const language = primary.toLowerCase();
  const short = language.length === 3 ? (iso6393To1[language] ?? language) : language;
  const subtags = rest
    .filter((part) => /^[A-Za-z0-9]{2,8}$/.test(part))
    .map((part) => (/^[A-Za-z]{2}$/.test(part) ? part.toUpperCase() : part));
  return [short, ...subtags].join('-');
}

/** The language of a text as a BCP 47 tag (`en`, `uk`), or `undefined` when it cannot be told. */
export function detectLanguage(text: string): string | undefined {
  if (text.trim().length < MIN_DETECTION_CHARACTERS) return undefined;
  const code = franc(text, { minLength: MIN_DETECTION_CHARACTERS });
  if (code === 'und') return undefined;
  return iso6393To1[code] ?? code;
}
