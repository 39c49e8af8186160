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
 * Hosting as a school's web server should: text is sent compressed (brotli
 * or gzip, whichever the browser accepts; compressed once per file version
 * and kept in memory), every answer has an ETag, and the cache headers follow
 * the build's file names. A chunk under `chunks/` carries a content hash in
 * its name, so it never changes and may be cached for a year (`immutable`);
 * everything else (the entry files `autoloader.js` and `digi-widgets.js`, the
 * pages) is revalidated on every use (`no-cache`), so a new release reaches
 * every visitor at once and an unchanged file costs only a 304.
 *
 *   node scripts/serve.mjs            # http://127.0.0.1:8080/demo/
 *   PORT=9000 node scripts/serve.mjs
 *
 * The tests import `startServer()` and use port 0 (a free port).
 */
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';

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
};

/** Errors and redirects are never cached. */
const noStore = { 'Cache-Control': 'no-store' };

/** A year: what a file whose name changes with its content may be kept for. */
export const immutableCacheControl = 'public, max-age=31536000, immutable';
/** Kept, but asked again on every use (answered by a 304 when unchanged). */
export const revalidateCacheControl = 'no-cache';

/**
 * Rollup's `[hash]` in the chunk names (rollup.config.mjs chunkFileNames):
 * `chunks/<name>-<8 characters of base64url>.js`, and its source map.
 */
const hashedChunk = /-[A-Za-z0-9_-]{8}\.js(\.map)?$/;

/** The Cache-Control for a file, by its path relative to the served root. */
export function cacheControlFor(relativePath) {
  const segments = relativePath.split(/[\\/]/);
  const inChunks = segments.length > 1 && segments.at(-2) === 'chunks';
  return inChunks && hashedChunk.test(segments.at(-1)) ? immutableCacheControl : revalidateCacheControl;
}

const compressible = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/;
/** Below this, compression saves less than its own headers cost. */
const minimumCompressedSize = 1024;

/**
 * The encoding to send for an Accept-Encoding header: brotli before gzip,
 * none that the browser refuses with `q=0`, or `identity`.
 */
export function chooseEncoding(acceptEncoding = '') {
  const accepted = new Map();
  for (const part of String(acceptEncoding).split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    accepted.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (name) => accepted.get(name) ?? (accepted.has('*') ? accepted.get('*') : 0);
  for (const encoding of ['br', 'gzip']) if (weightOf(encoding) > 0) return encoding;
  return 'identity';
}

const compressors = {
  br: (buffer) =>
    promisify(brotliCompress)(buffer, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }),
  gzip: (buffer) => promisify(gzip)(buffer, { level: 9 }),
};

/** Compressed bodies by file, version (ETag) and encoding: each is made once. */
const compressedBodies = new Map();
function compressedBody(file, etag, encoding) {
  const key = `${encoding} ${etag} ${file}`;
  let body = compressedBodies.get(key);
  if (!body) {
    body = readFile(file).then((buffer) => compressors[encoding](buffer));
    body.catch(() => compressedBodies.delete(key));
    compressedBodies.set(key, body);
  }
  return body;
}

/** A weak validator from the file's size and modification time. */
function etagOf(info) {
  return `W/"${info.size.toString(16)}-${Math.trunc(info.mtimeMs).toString(16)}"`;
}

function matchesEtag(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

function send(response, status, body, headers = {}) {
  response.writeHead(status, {
    ...securityHeaders,
    ...noStore,
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
  const type = mimeTypes[extname(result.file).toLowerCase()] ?? 'application/octet-stream';
  const etag = etagOf(info);
  const encoding =
    compressible.test(type) && info.size >= minimumCompressedSize ? chooseEncoding(request.headers['accept-encoding']) : 'identity';
  const headers = {
    ...securityHeaders,
    'Cache-Control': cacheControlFor(relative(root, result.file).split(sep).join('/')),
    ETag: etag,
    ...(compressible.test(type) ? { Vary: 'Accept-Encoding' } : {}),
  };
  if (matchesEtag(request.headers['if-none-match'], etag)) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  if (encoding !== 'identity') {
    const body = await compressedBody(result.file, etag, encoding);
    response.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Encoding': encoding, 'Content-Length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }
  response.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': info.size });
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
