/**
 * scripts/serve.mjs: headers, MIME types, no way out of the root; and the
 * test harness itself: it does see CSP violations and Trusted Types errors,
 * so the "zero violations" checks elsewhere can fail.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, immutableCacheControl, repoRoot, revalidateCacheControl } from '../../scripts/serve.mjs';
import { baseUrl, htmlPage, launchChromium, newPage, routePage } from './support.js';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  bytes: Buffer;
}

/** A raw request, so paths like `/../x` reach the server unnormalised (and nothing is decompressed). */
function get(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl());
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: bytes.toString('utf8'), bytes });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scripts/serve.mjs', () => {
  it('serves the demo page with the strict CSP', async () => {
    const response = await get('/demo/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'",
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body).toContain('Basisschool De Klimop (voorbeeld)');
  });

  it.each([
    ['/dist/cdn/digi-widgets.js', 'text/javascript; charset=utf-8'],
    ['/demo/demo.css', 'text/css; charset=utf-8'],
    ['/demo/favicon.svg', 'image/svg+xml'],
    ['/dist/cdn/digi-widgets.js.map', 'application/json; charset=utf-8'],
    ['/package.json', 'application/json; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['content-security-policy']).toBe(contentSecurityPolicy);
  });

  it('redirects / and folders without a trailing slash', async () => {
    expect(await get('/')).toMatchObject({ status: 301, headers: { location: '/demo/' } });
    expect(await get('/demo')).toMatchObject({ status: 301, headers: { location: '/demo/' } });
  });

  it.each([
    '/../../../../etc/passwd',
    '/demo/../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/demo/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/demo/..%5c..%5cpackage.json',
    '/.git/config',
    '/demo/%00index.html',
    '/%E0%A4%A',
    '/dist/',
    '/nonexistent.js',
  ])('refuses %s', async (path) => {
    const response = await get(path);
    expect([400, 404]).toContain(response.status);
    expect(response.body).not.toContain('root:');
    expect(response.body).not.toContain('"name"');
    expect(response.headers['content-security-policy']).toBe(contentSecurityPolicy);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/demo/demo.css', 'HEAD');
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    expect(head.body).toBe('');
    const post = await get('/demo/', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });
});

describe('scripts/serve.mjs: compression and caching, as a real site serves dist/cdn/', () => {
  const chromeAccepts = { 'Accept-Encoding': 'gzip, deflate, br, zstd' };
  const entry = '/dist/cdn/digi-widgets.js';
  const entryOnDisk = () => readFileSync(join(repoRoot, 'dist/cdn/digi-widgets.js'));
  const aChunk = () => {
    const name = readdirSync(join(repoRoot, 'dist/cdn/chunks')).find((file) => file.endsWith('.js'));
    if (!name) throw new Error('no chunk in dist/cdn/chunks: run npm run build');
    return `/dist/cdn/chunks/${name}`;
  };

  it('sends brotli to a browser that accepts it, the same bytes once decompressed', async () => {
    const response = await get(entry, 'GET', chromeAccepts);
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(Number(response.headers['content-length'])).toBe(response.bytes.length);
    expect(response.bytes.length).toBeLessThan(entryOnDisk().length / 3);
    expect(brotliDecompressSync(response.bytes).equals(entryOnDisk())).toBe(true);
  });

  it('sends gzip when brotli is not accepted, and the plain file when nothing is', async () => {
    const gzipped = await get(entry, 'GET', { 'Accept-Encoding': 'gzip, br;q=0' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.bytes).equals(entryOnDisk())).toBe(true);
    const plain = await get(entry);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.equals(entryOnDisk())).toBe(true);
    const head = await get(entry, 'HEAD', chromeAccepts);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body).toBe('');
  });

  it('sends small files as they are: compressing them would save less than it costs', async () => {
    expect(readFileSync(join(repoRoot, 'demo/favicon.svg')).length).toBeLessThan(1024);
    const response = await get('/demo/favicon.svg', 'GET', chromeAccepts);
    expect(response.headers['content-encoding']).toBeUndefined();
  });

  it('lets the browser keep hashed chunks for a year and revalidate entry files and pages', async () => {
    expect((await get(aChunk(), 'GET', chromeAccepts)).headers['cache-control']).toBe(immutableCacheControl);
    expect((await get(`${aChunk()}.map`)).headers['cache-control']).toBe(immutableCacheControl);
    for (const path of [entry, '/dist/cdn/autoloader.js', '/demo/']) {
      expect((await get(path, 'GET', chromeAccepts)).headers['cache-control'], path).toBe(revalidateCacheControl);
    }
    expect((await get('/nonexistent.js')).headers['cache-control']).toBe('no-store');
  });

  it('answers a revalidation of an unchanged file with 304 and no body', async () => {
    const first = await get('/dist/cdn/autoloader.js', 'GET', chromeAccepts);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await get('/dist/cdn/autoloader.js', 'GET', { ...chromeAccepts, 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    expect(again.headers['cache-control']).toBe(revalidateCacheControl);
    const other = await get('/dist/cdn/autoloader.js', 'GET', { ...chromeAccepts, 'If-None-Match': 'W/"0-0"' });
    expect(other.status).toBe(200);
  });
});

describe('the CSP harness', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('records inline style, inline script and Trusted Types violations', async () => {
    const { page, log } = await newPage(browser);
    await page.route(`${baseUrl()}/e2e/tt.js`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/javascript', body: "document.body.innerHTML = '<b>x</b>';" }),
    );
    const url = await routePage(
      page,
      '/e2e/violations.html',
      htmlPage({ body: '<p style="color: red">rood</p>\n<script>document.title = "inline";</script>\n<script src="/e2e/tt.js"></script>' }),
    );
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const directives = (await log.violations()).map((violation) => violation.directive).sort();
    expect(directives).toEqual(['require-trusted-types-for', 'script-src-elem', 'style-src-attr']);
    expect(log.consoleErrors.length).toBeGreaterThan(0);
    expect(log.pageErrors.join('\n')).toMatch(/TrustedHTML/);
    await page.context().close();
  });
});
