// A plain static file server for dist/, behaving like a typical static host: serves
// `root` under `basePath`, redirects folder paths without a slash, gzips text as
// nginx/Netlify/Cloudflare do, answers unknown paths with 404.html, and can add headers.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg']);

/**
 * @param {{ root: string, basePath?: string, headers?: (path: string) => Record<string, string> }} options
 * @returns {Promise<{ origin: string, url: (path?: string) => string, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, basePath = '/', headers }) {
  const isFile = (path) => existsSync(path) && statSync(path).isFile();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    for (const [name, value] of Object.entries(headers?.(path) ?? {})) res.setHeader(name, value);
    if (!path.startsWith(basePath)) return send(404, join(root, '404.html'));
    const relative = normalize(path.slice(basePath.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, relative);
    if (path.endsWith('/')) file = join(file, 'index.html');
    else if (!isFile(file) && isFile(join(file, 'index.html'))) {
      res.writeHead(301, { Location: `${path}/${url.search}` });
      return res.end();
    }
    if (isFile(file)) return send(200, file);
    return send(404, join(root, '404.html'));

    function send(status, target) {
      const ext = extname(target);
      let body = isFile(target) ? readFileSync(target) : Buffer.from('Not found');
      res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
      }
      res.setHeader('Content-Length', body.length);
      res.writeHead(status);
      res.end(req.method === 'HEAD' ? undefined : body);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path = '') => origin + basePath + path.replace(/^\/+/, ''),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
