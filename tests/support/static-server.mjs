// A plain static file server for dist/, like any static host: serves `root` under
// `basePath`, answers unknown paths with the site's 404 page, and can add headers.
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * @param {{ root: string, basePath?: string, headers?: (path: string) => Record<string, string> }} options
 * @returns {Promise<{ origin: string, url: (path?: string) => string, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, basePath = '/', headers }) {
  const serve = sirv(root, { dev: false, etag: true, extensions: ['html'] });
  const notFound = join(root, '404.html');
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const [name, value] of Object.entries(headers?.(path) ?? {})) res.setHeader(name, value);
    if (!path.startsWith(basePath)) return sendNotFound(res);
    req.url = '/' + req.url.slice(basePath.length);
    serve(req, res, () => sendNotFound(res));
  });
  function sendNotFound(res) {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
  }
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path = '') => origin + basePath + path.replace(/^\/+/, ''),
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
