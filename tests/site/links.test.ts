import { describe, expect, it } from 'vitest';
import { htmlPages, loadPage, resolveSitePath } from '../support/dist';

const ORIGIN = 'http://site.test';

describe('internal links', () => {
  it.each(htmlPages())('every link and #anchor on %s resolves', (file) => {
    const doc = loadPage(file);
    const pageUrl = new URL(`/${file.replace(/index\.html$/, '')}`, ORIGIN);
    const broken: string[] = [];
    const refs = [
      ...[...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
      ...[...doc.querySelectorAll('link[href]')]
        .filter((l) => l.getAttribute('rel') !== 'canonical')
        .map((l) => l.getAttribute('href') ?? ''),
      ...[...doc.querySelectorAll('[src]')].map((el) => el.getAttribute('src') ?? ''),
      ...[...doc.querySelectorAll('form[action]')].map((f) => f.getAttribute('action') ?? ''),
    ];
    for (const href of refs) {
      const url = new URL(href, pageUrl);
      if (url.origin !== ORIGIN) continue;
      const target = url.pathname === pageUrl.pathname ? file : resolveSitePath(url.pathname);
      if (!target) {
        broken.push(href);
        continue;
      }
      if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!loadPage(target).getElementById(id)) broken.push(href);
      }
    }
    expect(broken).toEqual([]);
  });
});
