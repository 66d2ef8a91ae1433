import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './config/content-dir';
import { stripBidiControls } from './lib/content/text';
import { normalizeCalendarValue } from './lib/dates/calendar-value';

/** A publication date: `YYYY-MM-DD`, or a date-time with offset; YAML dates are normalised. */
const calendarValue = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const normalized = normalizeCalendarValue(value);
  if (normalized === undefined) {
    ctx.addIssue({ code: 'custom', message: `expected a date like 2025-12-01 or 2025-12-01T14:30:00+02:00, got "${String(value)}"` });
    return z.NEVER;
  }
  return normalized;
});

/** One line of display text; bidirectional controls that could spoof it are removed. */
const text = (message?: string) => z.string().trim().min(1, message).transform(stripBidiControls);

const articles = defineCollection({
  loader: glob({ pattern: ['**/*.md', '!**/_*'], base: `${contentDir}/articles` }),
  schema: z
    .object({
      /** The headline as displayed. */
      headline: text('headline must not be empty'),
      /** Where the headline comes from: the outlet's own, read from its URL, or written by our editors. */
      headlineSource: z.enum(['original', 'derived-from-url', 'editorial']),
      /** The outlet that published the article (a file in content/outlets/). */
      outlet: reference('outlets'),
      /** The article's address at its outlet. */
      url: z.url({ protocol: /^https?$/, message: 'url must be an http(s) address' }),
      /** Publication date: stated by the outlet, or the earliest possible date when inferred. */
      published: calendarValue,
      /** Whether the outlet states the date or we inferred it from the text. */
      publishedStatus: z.enum(['stated', 'inferred']),
      /** For an inferred date: the latest date the article can have appeared. */
      publishedLatest: calendarValue.optional(),
      /** For an inferred date: how it was inferred, in words a reader can check. */
      publishedReason: text().optional(),
      /** BCP 47 language tag of the article text. */
      language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'language must be a BCP 47 tag such as en or uk'),
      /** The report this article says it retells. */
      retells: z
        .object({
          /** Name of the outlet that published the original report. */
          outlet: text(),
          /** Headline of the original report, when known. */
          headline: text().optional(),
          /** Address of the original report, when known. */
          url: z.url({ protocol: /^https?$/ }).optional(),
          /** Publication date of the original report, when known. */
          published: calendarValue.optional(),
        })
        .optional(),
      /** Place the article is filed from, as the outlet gives it. */
      dateline: text().optional(),
      /** Photo credit as captured (no image is published). */
      photoCredit: text().optional(),
      /** True when only the outlet's feed summary was available: the body is that summary, not the article. */
      excerptOnly: z.boolean().optional(),
      /** The raw input the article was ingested from, kept in content/captures/ (never published). */
      capture: z
        .object({
          /** File name in content/captures/: the article id and the input's extension (a feed's items share one). */
          file: z.string().regex(/^[\w.-]+$/, 'capture.file must be a file name in content/captures/'),
          /** SHA-256 of the captured bytes, in hex, so anyone can check the text against the capture. */
          sha256: z.string().regex(/^[0-9a-f]{64}$/, 'capture.sha256 must be a SHA-256 digest in hex'),
        })
        .optional(),
      /** Editor's pin: the slug of the story this article belongs to. */
      story: z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .optional(),
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
        ctx.addIssue({ code: 'custom', path: ['publishedLatest'], message: 'publishedLatest must not be before published' });
      }
    }),
});

const outlets = defineCollection({
  loader: glob({ pattern: ['**/*.{yaml,yml,json}', '!**/_*'], base: `${contentDir}/outlets` }),
  schema: z.object({
    /** Short display name, e.g. "UNN". */
    name: text(),
    /** Full name when the short one is an abbreviation. */
    fullName: text().optional(),
    /** The outlet's home page. */
    homepage: z.url({ protocol: /^https?$/ }),
    /** ISO 3166-1 alpha-2 country code; omitted when not established. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'country must be an ISO 3166-1 code such as UA')
      .optional(),
    /** BCP 47 language tag of the edition we carry. */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
    /** One line on who the outlet is. */
    description: text(),
  }),
});

const stories = defineCollection({
  loader: glob({ pattern: ['**/*.{yaml,yml}', '!**/_*'], base: `${contentDir}/stories` }),
  schema: z.object({
    /** The story's headline, written by our editors (the file name is the story's slug). */
    headline: text(),
    /** Two or three sentences on what the story is, stating only what the articles report. */
    summary: text().optional(),
  }),
});

const entities = defineCollection({
  loader: glob({ pattern: ['**/*.{yaml,yml}', '!**/_*'], base: `${contentDir}/entities` }),
  schema: z.object({
    /** What the entity is: a person, a place, or an organization. */
    kind: z.enum(['person', 'place', 'organization']),
    /** Canonical display name. */
    name: text(),
    /** One line, true at the time of the story: role and country. */
    description: text(),
    /** Spellings and short forms outlets use (not descriptive phrases like “the Kremlin leader”). */
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** Wikidata item id, only where certain. */
    wikidata: z
      .string()
      .regex(/^Q[1-9]\d*$/, 'wikidata must be an item id such as Q212')
      .optional(),
    /** Places only: ISO 3166-1 code of the country the place is in (countries have none). */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  }),
});

const searchAliases = defineCollection({
  loader: file(`${contentDir}/search-aliases.yaml`),
  schema: z.object({
    /** Spellings search treats as one word, e.g. Zelensky, Zelenskyy, Zelenskiy. */
    spellings: z.array(z.string().trim().min(1)).min(2, 'an alias group needs at least two spellings'),
  }),
});

export const collections = { articles, outlets, stories, entities, searchAliases };
