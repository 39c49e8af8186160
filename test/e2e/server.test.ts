/**
 * scripts/serve.mjs: headers, MIME types, no way out of the root; and the
 * test harness itself: it does see CSP violations and Trusted Types errors,
 * so the "zero violations" checks elsewhere can fail.
 */
import { request } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/serve.mjs';
import { baseUrl, htmlPage, launchChromium, newPage, routePage } from './support.js';

/** A raw request, so paths like `/../x` reach the server unnormalised. */
function get(path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(baseUrl());
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
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
