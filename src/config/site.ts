/**
 * The one place where the site's identity and deployment settings live.
 * Deployment settings come from the environment so that one build recipe
 * serves every host: `SITE_URL` (absolute origin, used for canonical URLs,
 * feeds and the sitemap) and `BASE_PATH` (the folder the site is served from).
 */
export interface SiteConfig {
  /** Site name, shown in the header and in page titles. */
  name: string;
  /** One-sentence description for the front page and feeds. */
  description: string;
  /** Absolute URL of the deployed site's origin, no trailing slash. */
  url: string;
  /** Path the site is served under, always with leading and trailing slash. */
  basePath: string;
  /** IANA time zone every date is displayed in. */
  timeZone: string;
  /** BCP 47 language tag of the site's own text. */
  language: string;
}

/** Normalise a base path to `/`, or `/news/` style (leading and trailing slash). */
export function normalizeBasePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Normalise a site URL to an origin-plus-path without trailing slash, or throw on nonsense. */
export function normalizeSiteUrl(value: string | undefined, fallback: string): string {
  const raw = (value ?? '').trim() || fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://news.example.org, got "${raw}"`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`SITE_URL must use http or https, got "${raw}"`);
  }
  return parsed.origin;
}

const env = typeof process === 'undefined' ? {} : process.env;

export const site: SiteConfig = {
  name: 'Crosscheck',
  description: 'One story, every source, side by side: news coverage compared across outlets.',
  url: normalizeSiteUrl(env.SITE_URL, 'https://crosscheck.example.org'),
  basePath: normalizeBasePath(env.BASE_PATH),
  timeZone: env.SITE_TIME_ZONE?.trim() || 'UTC',
  language: 'en',
};
