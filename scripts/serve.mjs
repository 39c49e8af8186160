#!/usr/bin/env node
/**
 * A small static server for the demo page and the end-to-end tests, with no
 * dependencies. It serves the repository root (so /demo/ and /dist/ work) on
 * 127.0.0.1, port PORT or 8080, with the strict Content-Security-Policy a
 * careful school website would send:
 *
 *   default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;
 *   object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'
 *
 * Trusted Types: Lit creates one policy, named `lit-html`, for the HTML of its
 * templates. This policy has no `trusted-types` directive, so any policy name
 * is allowed and nothing else is needed. A site that does add the directive
 * must allow that name, plus `'allow-duplicates'` when two copies of Lit can
 * meet on a page (two copies of the widgets, or the widgets next to another
 * Lit app): `trusted-types lit-html 'allow-duplicates'`.
 *
 * Only GET and HEAD; no directory listings; no dot-files (.git); nothing
 * outside the root, also not through encoded `..` or symbolic links.
 *
 *   node scripts/serve.mjs            # http://127.0.0.1:8080/demo/
 *   PORT=9000 node scripts/serve.mjs
 *
 * The tests import `startServer()` and use port 0 (a free port).
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

export const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xlf': 'application/xml; charset=utf-8',
};

const securityHeaders = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // A development server: always serve the latest build.
  'Cache-Control': 'no-store',
};

function send(response, status, body, headers = {}) {
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

const isInside = (root, path) => {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * Maps a request path onto a file under `root`, or says why not:
 * `{ file }`, `{ redirect }` or `{ status }`.
 */
export async function resolveRequestPath(root, rawPathname) {
  let pathname;
  try {
    pathname = decodeURIComponent(rawPathname);
  } catch {
    return { status: 400 };
  }
  if (pathname.includes('\0') || pathname.includes('\\') || !pathname.startsWith('/')) return { status: 400 };
  if (pathname === '/') return { redirect: '/demo/' };
  const segments = pathname.split('/').filter((segment) => segment !== '');
  // `..`, `.` and dot-files (.git, .env) are never served.
  if (segments.some((segment) => segment.startsWith('.'))) return { status: 404 };

  const candidate = join(root, ...segments);
  if (!isInside(root, candidate)) return { status: 404 };
  let real;
  try {
    real = await realpath(candidate);
  } catch {
    return { status: 404 };
  }
  if (!isInside(await realpath(root), real)) return { status: 404 };

  const info = await stat(real);
  if (info.isDirectory()) {
    if (!pathname.endsWith('/')) return { redirect: `/${segments.map(encodeURIComponent).join('/')}/` };
    const index = join(real, 'index.html');
    try {
      if ((await stat(index)).isFile()) return { file: index };
    } catch {
      // No index.html: no listing either.
    }
    return { status: 404 };
  }
  return info.isFile() ? { file: real } : { status: 404 };
}

async function handle(root, request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  const result = await resolveRequestPath(root, url.pathname);
  if (result.redirect) {
    send(response, 301, `Moved to ${result.redirect}\n`, { Location: result.redirect + url.search });
    return;
  }
  if (!result.file) {
    const status = result.status ?? 404;
    send(response, status, status === 400 ? 'Bad request\n' : 'Not found\n');
    return;
  }
  const info = await stat(result.file);
  response.writeHead(200, {
    ...securityHeaders,
    'Content-Type': mimeTypes[extname(result.file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(result.file)
    .on('error', () => response.destroy())
    .pipe(response);
}

/**
 * Starts the server. Resolves to its base URL (`http://127.0.0.1:PORT`) and a
 * `close()` that stops it.
 */
export function startServer({ root = repoRoot, host = '127.0.0.1', port = 8080 } = {}) {
  const server = createServer((request, response) => {
    handle(root, request, response).catch((error) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, 'Internal server error\n');
      else response.destroy();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolvePromise({
        url: `http://${host}:${address.port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, not "${process.env.PORT}".`);
    process.exit(1);
  }
  startServer({ port }).then(
    ({ url }) => {
      console.log(`Serving ${repoRoot} with a strict Content-Security-Policy`);
      console.log(`Demo page: ${url}/demo/`);
      console.log('Stop with Ctrl+C');
    },
    (error) => {
      console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use; try PORT=8081 npm run serve` : error);
      process.exit(1);
    },
  );
}
