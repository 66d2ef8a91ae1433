/**
 * The shapes of every content file, shared by the content check and Astro's
 * collections (src/content.config.ts), so both validate the same way. Objects
 * are strict: an unknown field is a misspelt one whose value would otherwise
 * be dropped without a word. Text fields are normalized (see normalizeLine)
 * before they are validated.
 */
import { z } from 'zod';
import { normalizeCalendarValue } from '../dates/calendar-value.ts';
import { aliasProblem, commonWordProblem } from './alias-rules.ts';
import { normalizeLine, REPLACEMENT_CHARACTER } from './text.ts';

/** The earliest year a publication date may have: earlier ones are typos (`0025` for `2025`). */
export const EARLIEST_YEAR = 1900;
/** The latest year a publication date may have: next year, so a date one year off (`2925`) is caught. */
export const LATEST_YEAR = new Date().getUTCFullYear() + 1;

/** A file name, and the ids that refer to files: lower-case ASCII letters, digits and single hyphens (it is a URL segment). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const COUNTRY = /^[A-Z]{2}$/;

/** A slug naming another file (an outlet, a story): what its file name must be too. */
export const slug = (example: string) => z.string().regex(SLUG, `must be a slug of lower-case letters, digits and hyphens, like ${example}`);

/**
 * One line of display text, normalized (NFC, no controls or bidi overrides,
 * spaces folded, invisible ends trimmed) and then required to be non-empty.
 */
export const text = (max = 500) =>
  z
    .string()
    .transform(normalizeLine)
    .pipe(
      z
        .string()
        .min(1)
        .max(max)
        .refine((value) => !value.includes(REPLACEMENT_CHARACTER), {
          message: `contains ${REPLACEMENT_CHARACTER} (U+FFFD), which stands for text lost in a bad decoding; recover the original text`,
        }),
    );

/** An http(s) address, with nothing invisible in it (a NUL or a space would reach the HTML as written). */
export const httpUrl = z.string().superRefine((value, ctx) => {
  if (/[\p{Cc}\p{Cf}\p{Z}\p{Cs}]/u.test(value)) {
    ctx.addIssue({ code: 'custom', message: 'must not contain spaces, control or invisible characters' });
    return;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a URL; write a full address such as https://example.org/news/x` });
    return;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') ctx.addIssue({ code: 'custom', message: 'must be an http(s) address' });
});

/** A language as a BCP 47 tag. */
const language = z.string().regex(LANGUAGE, 'must be a BCP 47 language tag such as en or uk');

/** An ISO 3166-1 alpha-2 country code. */
const country = z.string().regex(COUNTRY, 'must be an ISO 3166-1 code such as UA');

/**
 * A publication date: `YYYY-MM-DD`, or a date-time with offset, between
 * EARLIEST_YEAR and LATEST_YEAR. A YAML date (Astro's parser makes one of an
 * unquoted date) is read back as the day it was written as.
 */
export const calendarValue = z.unknown().transform((value, ctx) => {
  if (value === undefined || value === null) {
    ctx.addIssue({ code: 'custom', message: value === undefined ? 'required' : 'is empty: give a value or remove the line' });
    return z.NEVER;
  }
  const normalized = typeof value === 'string' || value instanceof Date ? normalizeCalendarValue(value) : undefined;
  if (normalized === undefined) {
    const shown = value instanceof Date ? value.toISOString() : String(value);
    ctx.addIssue({
      code: 'custom',
      message: `"${shown}" is not a real date; write it as YYYY-MM-DD (e.g. 2025-12-01) or an ISO date-time with offset (2025-12-01T14:30:00+02:00)`,
    });
    return z.NEVER;
  }
  const year = Number(normalized.slice(0, 4));
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
    ctx.addIssue({ code: 'custom', message: `${normalized} is not between ${EARLIEST_YEAR} and ${LATEST_YEAR}: check the year` });
    return z.NEVER;
  }
  return normalized;
});

/** An article's frontmatter (see the README's table). */
export const articleSchema = z
  .strictObject({
    /** The headline as displayed. */
    headline: text(300),
    /** Where the headline comes from: the outlet's own, read from its URL, or written by our editors. */
    headlineSource: z.enum(['original', 'derived-from-url', 'editorial']),
    /** The outlet that published the article: the name of a file in content/outlets/ without its extension. */
    outlet: slug('unn'),
    /** The article's address at its outlet. */
    url: httpUrl,
    /** Publication date: stated by the outlet, or the earliest possible date when inferred. */
    published: calendarValue,
    /** Whether the outlet states the date or we inferred it from the text. */
    publishedStatus: z.enum(['stated', 'inferred']),
    /** For an inferred date: the latest date the article can have appeared. */
    publishedLatest: calendarValue.optional(),
    /** For an inferred date: how it was inferred, in words a reader can check. */
    publishedReason: text(1000).optional(),
    /** BCP 47 language tag of the article text. */
    language,
    /** The report this article says it retells. */
    retells: z
      .strictObject({
        /** Name of the outlet that published the original report. */
        outlet: text(200),
        /** Headline of the original report, when known. */
        headline: text(300).optional(),
        /** Address of the original report, when known. */
        url: httpUrl.optional(),
        /** Publication date of the original report, when known. */
        published: calendarValue.optional(),
      })
      .optional(),
    /** Place the article is filed from, as the outlet gives it. */
    dateline: text(200).optional(),
    /** Photo credit as captured (no image is published). */
    photoCredit: text(300).optional(),
    /** True when only the outlet's feed summary was available: the body is that summary, not the article. */
    excerptOnly: z.boolean().optional(),
    /** The raw input the article was ingested from, kept in content/captures/ (never published). */
    capture: z
      .object({
        /** File name in content/captures/: the article id and the input's extension (a feed's items share one). */
        file: z.string().regex(/^[\w.-]+$/, 'must be a file name in content/captures/'),
        /** SHA-256 of the captured bytes, in hex, so anyone can check the text against the capture. */
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 digest in hex'),
      })
      .strict()
      .optional(),
    /** Editor's pin: the slug of the story this article belongs to (a file in content/stories/). */
    story: slug('us-ukraine-talks-near-miami').optional(),
  })
  .superRefine((article, ctx) => {
    if (article.publishedStatus === 'inferred' && !article.publishedReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['publishedReason'],
        message: 'an inferred publication date needs publishedReason: say how it was inferred',
      });
    }
    if (article.publishedStatus === 'stated' && (article.publishedLatest || article.publishedReason)) {
      ctx.addIssue({
        code: 'custom',
        path: ['publishedStatus'],
        message: 'publishedLatest and publishedReason are only for inferred dates: set publishedStatus: inferred or remove them',
      });
    }
    if (article.publishedLatest && article.publishedLatest < article.published) {
      ctx.addIssue({ code: 'custom', path: ['publishedLatest'], message: 'must not be before published' });
    }
  });

/** An outlet file in content/outlets/. */
export const outletSchema = z.strictObject({
  /** Short display name, e.g. "UNN". */
  name: text(100),
  /** Full name when the short one is an abbreviation. */
  fullName: text(200).optional(),
  /** The outlet's home page. */
  homepage: httpUrl,
  /** ISO 3166-1 alpha-2 country code; omitted when not established. */
  country: country.optional(),
  /** BCP 47 language tag of the edition we carry. */
  language,
  /** One line on who the outlet is. */
  description: text(500),
});

/** A story file in content/stories/ (the file name is the story's slug). */
export const storySchema = z.strictObject({
  /** The story's headline, written by our editors. */
  headline: text(300),
  /** Two or three sentences on what the story is, stating only what the articles report. */
  summary: text(2000).optional(),
});

/** A spelling an entity goes by: normalized text that looks like a name (see aliasProblem). */
const entityName = text(200).superRefine((name, ctx) => {
  if (name === '') return; // reported as empty already
  const problem = aliasProblem(name);
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
});

/** A person, place or organization in content/entities/. */
export const entitySchema = z
  .strictObject({
    /** What the entity is: a person, a place, or an organization. */
    kind: z.enum(['person', 'place', 'organization']),
    /** Canonical display name; it is matched in the texts like an alias. */
    name: entityName,
    /** One line, true at the time of the story: role and country. */
    description: text(500),
    /** Spellings and short forms outlets use (not descriptive phrases like “the Kremlin leader”). */
    aliases: z.array(entityName).default([]),
    /** Wikidata item id, only where certain. */
    wikidata: z
      .string()
      .regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id such as Q212')
      .optional(),
    /** Places only: ISO 3166-1 code of the country the place is in (countries have none). */
    country: country.optional(),
  })
  .superRefine((entity, ctx) => {
    if (entity.country !== undefined && entity.kind !== 'place') {
      ctx.addIssue({ code: 'custom', path: ['country'], message: 'is for places only' });
    }
  });

/** One group of content/search-aliases.yaml. */
export const searchAliasGroupSchema = z.strictObject({
  /** Spellings search treats as one word, e.g. Zelensky, Zelenskyy, Zelenskiy. */
  spellings: z
    .array(
      text(100).superRefine((spelling, ctx) => {
        const problem = spelling === '' ? undefined : commonWordProblem(spelling);
        if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
      }),
    )
    .min(2, 'an alias group needs at least two spellings'),
});

/** The whole of content/search-aliases.yaml: group id → group. */
export const searchAliasesFileSchema = z.record(z.string(), searchAliasGroupSchema);
