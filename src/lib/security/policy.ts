/**
 * The site's security policy, in one place, so that every host config and the
 * meta tag say the same thing.
 */

/** CSP directives. Scripts and styles come only from the site's own files; Pagefind needs WebAssembly. */
const CSP_DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Directives browsers ignore in a `<meta>` CSP (they only work as a header). */
const HEADER_ONLY = new Set(['frame-ancestors']);

/** The Content-Security-Policy value: full for headers, without header-only directives for `<meta>`. */
export function contentSecurityPolicy(target: 'header' | 'meta' = 'header'): string {
  return CSP_DIRECTIVES.filter(([name]) => target === 'header' || !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Headers every response carries. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy('header'),
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Files whose names change with their content: cache for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Files that keep their name when they change (HTML, the search entry point): always revalidate. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Which paths a rule applies to. Paths include the base path. */
export type PathMatch = { kind: 'all' } | { kind: 'prefix'; path: string } | { kind: 'exact'; path: string };

/** A set of headers for a set of paths. */
export interface HeaderRule {
  match: PathMatch;
  headers: Record<string, string>;
}

/**
 * The caching rules. They never overlap, so hosts that merge every matching
 * rule (Netlify, Cloudflare) and hosts that pick one (nginx) agree.
 * `pagefindRootFiles` are the un-hashed files at the top of `pagefind/`.
 */
export function cacheRules(basePath: string, pagefindRootFiles: string[]): HeaderRule[] {
  const immutable = { 'Cache-Control': IMMUTABLE };
  const revalidate = { 'Cache-Control': REVALIDATE };
  return [
    { match: { kind: 'prefix', path: `${basePath}_astro/` }, headers: immutable },
    ...['fragment', 'index', 'filter'].map((dir): HeaderRule => ({
      match: { kind: 'prefix', path: `${basePath}pagefind/${dir}/` },
      headers: immutable,
    })),
    ...[...pagefindRootFiles]
      .sort()
      .map((file): HeaderRule => ({ match: { kind: 'exact', path: `${basePath}pagefind/${file}` }, headers: revalidate })),
  ];
}
