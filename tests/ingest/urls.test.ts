import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonReport, readArticle, runIngest, scratchContent, type JsonResult } from '../support/ingest-cli';

/** What the local site saw: every request, and the most requests it ever had open at once. */
const seen: { path: string; userAgent: string }[] = [];
let open = 0;
let mostOpen = 0;

const latin1Page = Buffer.from(
  '<!DOCTYPE html><html lang="fr"><head><title>Le phare rallumé | Le Courrier du Port</title>' +
    '<link rel="canonical" href="https://www.courrierduport.example/2025/11/30/le-phare-rallume">' +
    '<meta property="og:site_name" content="Le Courrier du Port"></head>' +
    "<body><article><h1>Le phare rallumé</h1><p>Le vieux phare de la jetée a été rallumé samedi soir après deux ans de travaux, sous les applaudissements de plusieurs centaines d'habitants réunis sur le quai.</p>" +
    "<p>La lanterne d'origine, restaurée à l'identique, porte de nouveau à dix-huit milles nautiques.</p></article></body></html>",
  'latin1',
);

const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => void> = {
  '/robots.txt': (_, response) => response.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n'),
  '/news/ferry.html': (_, response) =>
    response
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(readFileSync('tests/fixtures/ingest/pages/harbour-gazette-ferry-strike.html')),
  '/old-address': (_, response) => response.writeHead(301, { location: '/news/ferry.html' }).end(),
  '/loop': (_, response) => response.writeHead(302, { location: '/loop' }).end(),
  '/private/secret.html': (_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<p>secret</p>'),
  '/latin1.html': (_, response) => response.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(latin1Page),
  '/big.html': (_, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(`<p>${'x'.repeat(300_000)}</p>`),
  '/slow.html': () => undefined, // never answers
  '/feed.xml': (_, response) =>
    response
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(readFileSync('tests/fixtures/ingest/feeds/valley-post-rss1.rdf')),
};

function listen(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<{ server: Server; origin: string }> {
  const server = createServer(handler);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}

let site: { server: Server; origin: string };
let unreachableRobots: { server: Server; origin: string };
let results: JsonResult[];
let status: number;

beforeAll(async () => {
  site = await listen((request, response) => {
    seen.push({ path: request.url ?? '', userAgent: request.headers['user-agent'] ?? '' });
    // A request the site never answers ends when the client gives up, and the site may hear of that
    // after the client's next request has arrived; only answered requests can show overlap reliably.
    if (request.url !== '/slow.html') {
      open++;
      mostOpen = Math.max(mostOpen, open);
      response.on('finish', () => open--);
    }
    (routes[request.url ?? ''] ?? ((_, res: ServerResponse) => res.writeHead(404).end()))(request, response);
  });
  unreachableRobots = await listen((_, response) => response.writeHead(503).end());
  const content = scratchContent('urls');
  const inputs = ['/old-address', '/loop', '/private/secret.html', '/latin1.html', '/big.html', '/slow.html', '/feed.xml'].map(
    (path) => site.origin + path,
  );
  const run = await runIngest([
    '--content',
    content,
    '--json',
    '--timeout',
    '2',
    '--max-bytes',
    '100000',
    ...inputs,
    `${unreachableRobots.origin}/news/a.html`,
  ]);
  status = run.status;
  results = jsonReport(run).results;
}, 120_000);

afterAll(() => {
  for (const { server } of [site, unreachableRobots]) {
    server.closeAllConnections();
    server.close();
  }
});

const resultFor = (path: string) => results.find((result) => result.input.endsWith(path));

describe('ingesting URLs from a local site', () => {
  it('follows a redirect and stores the page under its canonical address', () => {
    expect(resultFor('/old-address')).toMatchObject({ status: 'written', item: null });
    expect(readArticle(resultFor('/old-address')?.file ?? '').data).toMatchObject({
      url: 'https://www.harbourgazette.example/news/2025/11/30/ferry-crews-walk-out-pay-talks-collapse',
      outlet: 'harbour-gazette',
    });
  });

  it('gives up after a few redirects', () => {
    expect(resultFor('/loop')).toMatchObject({ status: 'failed', reason: expect.stringMatching(/^more than 5 redirects/) });
  });

  it('respects robots.txt: a disallowed page is never requested', () => {
    expect(resultFor('/private/secret.html')).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/robots\.txt does not allow fetching \/private\/secret\.html/),
    });
    expect(seen.map((request) => request.path)).not.toContain('/private/secret.html');
    expect(seen.filter((request) => request.path === '/robots.txt')).toHaveLength(1);
  });

  it('treats a site whose robots.txt does not answer as off limits', () => {
    expect(resultFor('/news/a.html')).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/robots\.txt could not be fetched/),
    });
  });

  it('decodes with the charset the server sends', () => {
    const { data, body } = readArticle(resultFor('/latin1.html')?.file ?? '');
    expect(data).toMatchObject({ headline: 'Le phare rallumé', language: 'fr', publishedStatus: 'inferred', published: '2025-11-30' });
    expect(body).toContain('Le vieux phare de la jetée a été rallumé samedi soir');
  });

  it('refuses a body over the size limit and stops waiting at the timeout', () => {
    expect(resultFor('/big.html')).toMatchObject({ status: 'failed', reason: expect.stringMatching(/larger than the 98 KiB limit/) });
    expect(resultFor('/slow.html')).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/no complete answer from 127\.0\.0\.1:\d+ within 2 s/),
    });
  });

  it('reads a feed URL item by item, and exits 1 because some inputs failed', () => {
    expect(resultFor('/feed.xml')).toMatchObject({ status: 'written', item: 'https://valleypost.example/stories/hospital-ward-to-close' });
    expect(status).toBe(1);
  });

  it('names itself, and asks one thing at a time of a host', () => {
    expect(seen.every((request) => request.userAgent.startsWith('CrosscheckIngest/'))).toBe(true);
    expect(mostOpen).toBe(1);
  });
});
