// A small static server for the built site, as a CDN would serve it: gzip, content types, directory
// index, the site's 404 page, and optionally the shipped _headers. Like deploy/nginx.conf, it answers
// /search/?q=<word> with the word's answer page when the build wrote one (src/lib/search/answers.ts),
// so a reader without JavaScript gets an answer. `npm run preview` and the browser tests use it.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, type HeaderRule } from './headers-file.ts';
import { answerUrl, rawQueryParam, routedSlug } from '../../src/lib/search/answers.ts';
import { searchUrl } from '../../src/lib/urls.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.csv']);

export { parseHeadersFile, type HeaderRule } from './headers-file.ts';

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * The built file that answers /search/?q=<word>: the word's answer page, when the query is plainly a
 * word (routedSlug, the rule deploy/nginx.conf follows too) and the build wrote a page for it.
 */
export function answerFile(dist: string, pathname: string, search: string): string | undefined {
  if (pathname !== searchUrl()) return undefined;
  const slug = routedSlug(rawQueryParam(search) ?? '');
  const file = slug && join(dist, answerUrl(slug), 'index.html');
  return file && existsSync(file) ? file : undefined;
}

/**
 * Serve `dist` on `host` (127.0.0.1 unless given) at `port` (0 picks a free port). With `headers`,
 * applies a `_headers` file.
 */
export async function serveDist(
  dist: string,
  port = 0,
  headers?: HeaderRule[],
  host = '127.0.0.1',
): Promise<RunningServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path: string | undefined;
    try {
      path = normalize(decodeURIComponent(url.pathname));
    } catch {
      // A malformed escape ("%E0"): nothing on the site has that address.
      path = undefined;
    }
    if (path?.includes('..')) path = '/';
    let file = answerFile(dist, url.pathname, url.search) ?? (path === undefined ? '' : join(dist, path));
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!file || !existsSync(file)) {
      status = 404;
      file = join(dist, '404.html');
    }
    const ext = extname(file);
    let body: Buffer = readFileSync(file);
    res.statusCode = status;
    res.setHeader('content-type', TYPES[ext] ?? 'application/octet-stream');
    // As Cloudflare Pages applies them (Netlify gives the same result for our file; see headers-file.ts).
    if (headers) for (const [k, v] of headersFor(headers, url.pathname)) res.setHeader(k, v);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 9 });
      res.setHeader('content-encoding', 'gzip');
    }
    res.setHeader('content-length', body.length);
    res.end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
