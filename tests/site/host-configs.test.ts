import { describe, expect, it } from 'vitest';
import { distFiles, readDist } from '../support/dist';
import { netlifyHeadersFor, nginxHeadersFor, vercelHeadersFor } from '../support/host-headers';

/** What Netlify and Cloudflare Pages send when `_headers` sets no Cache-Control. */
const HOST_DEFAULT_CACHE = 'public, max-age=0, must-revalidate';

const samplePaths = () => {
  const files = distFiles();
  const first = (prefix: string) => `/${files.find((file) => file.startsWith(prefix))}`;
  return [
    '/',
    '/articles/unn-post-war-borders-dominated-talks/',
    '/search/',
    '/rss.xml',
    '/sitemap-index.xml',
    first('_astro/'),
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-entry.json',
    first('pagefind/fragment/'),
    first('pagefind/index/'),
    first('pagefind/filter/'),
    first('pagefind/wasm.'),
  ];
};

describe('host configurations', () => {
  it.each(samplePaths())('Netlify/Cloudflare, Vercel and nginx send the same headers for %s', (path) => {
    const netlify = netlifyHeadersFor(readDist('_headers'), path);
    netlify['Cache-Control'] ??= HOST_DEFAULT_CACHE;
    const vercel = vercelHeadersFor(readDist('vercel.json'), path);
    const nginx = nginxHeadersFor(readDist('nginx.conf.example'), path);
    expect(vercel).toEqual(netlify);
    expect(nginx).toEqual(netlify);
  });

  it('send strict security headers everywhere and cache fingerprinted files for a year', () => {
    const page = netlifyHeadersFor(readDist('_headers'), '/articles/x/');
    const csp = page['Content-Security-Policy'] ?? '';
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    for (const directive of ["object-src 'none'", 'base-uri', 'form-action', "frame-ancestors 'none'"]) expect(csp).toContain(directive);
    expect(page['Strict-Transport-Security']).toMatch(/max-age=\d{8}/);
    expect(page['X-Content-Type-Options']).toBe('nosniff');
    expect(page['X-Frame-Options']).toBe('DENY');
    expect(page['Referrer-Policy']).toBeTruthy();
    expect(page['Permissions-Policy']).toBeTruthy();
    const asset = samplePaths().find((p) => p.startsWith('/_astro/')) ?? '';
    expect(netlifyHeadersFor(readDist('_headers'), asset)['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(vercelHeadersFor(readDist('vercel.json'), '/pagefind/pagefind-entry.json')['Cache-Control']).toBe(HOST_DEFAULT_CACHE);
  });

  it('carry the CSP as a meta tag on every page, without header-only directives', () => {
    const header = netlifyHeadersFor(readDist('_headers'), '/')['Content-Security-Policy'] ?? '';
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(readDist('index.html'))?.[1] ?? '';
    expect(meta).toBe(header.replace(/; frame-ancestors 'none'/, ''));
  });
});
