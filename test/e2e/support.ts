/**
 * Shared helpers of the end-to-end tests: Debian's Chromium through
 * playwright-core, pages that record everything that can go wrong (CSP
 * violations, console errors and warnings, uncaught errors, failed requests),
 * and test pages served with the same strict CSP as the demo.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { contentSecurityPolicy, repoRoot } from '../../scripts/serve.mjs';
import { widgets } from '../../src/widgets.js';

export const baseUrl = (): string => inject('baseUrl');
export const widgetNames: readonly string[] = widgets.map((widget) => widget.name);

/**
 * The attributes a widget needs to start without a configuration error, as a
 * site would set them. The login button needs its provider; nothing is
 * requested from it until someone clicks.
 */
export const requiredAttributes: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'leerid-login': { issuer: 'https://leerid.example.test', 'client-id': 'e2e-school-site' },
};

/** A widget's tag as a page writes it, with what it needs to start cleanly. */
export function widgetTag(name: string, prefix = 'digi'): string {
  const attributes = Object.entries(requiredAttributes[name] ?? {}).map(([key, value]) => ` ${key}="${value}"`);
  return `<${prefix}-${name}${attributes.join('')}></${prefix}-${name}>`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}

export interface Violation {
  readonly directive: string;
  readonly blockedURI: string;
  readonly sample: string;
  readonly sourceFile: string;
}

export interface PageLog {
  readonly consoleErrors: string[];
  readonly consoleWarnings: string[];
  readonly pageErrors: string[];
  /** Every URL the page requested, in order. */
  readonly requests: string[];
  /** Responses with status >= 400 and requests that failed, as "status url". */
  readonly failures: string[];
  /** The `securitypolicyviolation` events the page has seen so far. */
  violations(): Promise<Violation[]>;
}

declare global {
  interface Window {
    __digiViolations?: Violation[];
  }
}

/**
 * A new page in its own context that records what went wrong. The
 * violation listener is installed through the DevTools protocol before any
 * page script runs, so the page's CSP does not apply to it.
 */
export async function newPage(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
): Promise<{ page: Page; log: PageLog }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    Object.defineProperty(window, '__digiViolations', { value: seen });
    window.addEventListener(
      'securitypolicyviolation',
      (event) => {
        seen.push({
          directive: event.effectiveDirective,
          blockedURI: event.blockedURI,
          sample: event.sample,
          sourceFile: event.sourceFile,
        });
      },
      true,
    );
  });
  const log: PageLog = {
    consoleErrors: [],
    consoleWarnings: [],
    pageErrors: [],
    requests: [],
    failures: [],
    violations: async () => (await page.evaluate(() => window.__digiViolations ?? [])) as Violation[],
  };
  page.on('console', (message) => {
    if (message.type() === 'error') log.consoleErrors.push(message.text());
    if (message.type() === 'warning') log.consoleWarnings.push(message.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error)));
  page.on('request', (request) => log.requests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) log.failures.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => log.failures.push(`${request.failure()?.errorText ?? 'failed'} ${request.url()}`));
  return { page, log };
}

/**
 * Serves `html` at `path` on the test server's origin with the demo's CSP (or
 * `csp`), so a test page needs no file of its own while its scripts and
 * chunks still come from the real server.
 */
export async function routePage(page: Page, path: string, html: string, csp = contentSecurityPolicy): Promise<string> {
  const url = `${baseUrl()}${path}`;
  await page.route(url, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'Content-Security-Policy': csp },
      body: html,
    }),
  );
  return url;
}

/** A minimal HTML page: `head` and `body` are markup, no inline scripts or styles. */
export const htmlPage = ({ head = '', body = '', lang = 'nl' }: { head?: string; body?: string; lang?: string }) =>
  `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>test</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;

/**
 * Scrolls each of `tags` into view in turn and waits until it has rendered:
 * under the autoloader widgets are lazy and render only when near the viewport.
 */
export async function scrollToEachRendered(page: Page, tags: readonly string[]): Promise<void> {
  for (const tag of tags) {
    await page.locator(tag).first().scrollIntoViewIfNeeded();
    await waitForRendered(page, tag);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Waits until `tag` is defined and its first instance has rendered content in its shadow root. */
export async function waitForRendered(page: Page, tag: string): Promise<void> {
  await page.waitForFunction(
    (name) => {
      const element = document.querySelector(name);
      const root = element?.shadowRoot;
      return (
        customElements.get(name) !== undefined &&
        root !== null &&
        root !== undefined &&
        root.querySelector('[part~="base"]') !== null &&
        (root.textContent ?? '').trim().length > 0
      );
    },
    tag,
    { timeout: 20_000 },
  );
}

/** Nothing went wrong on the page: no CSP violation, console error, uncaught error or failed request. */
export async function expectCleanPage(log: PageLog): Promise<void> {
  expect(await log.violations()).toEqual([]);
  expect(log.consoleErrors).toEqual([]);
  expect(log.pageErrors).toEqual([]);
  expect(log.failures).toEqual([]);
}

/** The paths (no origin, no query) of the requests under `prefix`. */
export const requestedPaths = (log: PageLog, prefix = '/'): string[] =>
  log.requests.map((url) => new URL(url).pathname).filter((path) => path.startsWith(prefix));

type Exports = string | { [condition: string]: Exports } | null | undefined;
interface PackageJson {
  dependencies?: Record<string, string>;
  exports?: Exports | Record<string, Exports>;
  module?: string;
  main?: string;
}

const readPackage = (name: string): PackageJson =>
  JSON.parse(readFileSync(`${repoRoot}/node_modules/${name}/package.json`, 'utf8')) as PackageJson;

/** The browser, production file an `exports` entry points to. */
function pick(target: Exports): string | undefined {
  if (typeof target === 'string' || target == null) return target ?? undefined;
  for (const condition of ['browser', 'import', 'default']) {
    const found = pick(target[condition]);
    if (found) return found;
  }
  return undefined;
}

/** An import map for the package's runtime dependencies (and `extra` packages) and theirs, onto /node_modules/. */
export function importMap(extra: readonly string[] = []): { imports: Record<string, string> } {
  const imports: Record<string, string> = {};
  const pending = [...Object.keys(readPackage('..').dependencies ?? {}), ...extra];
  while (pending.length > 0) {
    const name = pending.shift()!;
    if (imports[`${name}/`]) continue;
    const pkg = readPackage(name);
    const root = pkg.exports && typeof pkg.exports === 'object' && '.' in pkg.exports ? pkg.exports['.'] : pkg.exports;
    const entry = pick(root as Exports) ?? pkg.module ?? pkg.main ?? 'index.js';
    imports[name] = `/node_modules/${name}/${entry.replace(/^\.\//, '')}`;
    imports[`${name}/`] = `/node_modules/${name}/`;
    pending.push(...Object.keys(pkg.dependencies ?? {}));
  }
  return { imports };
}

/** A CSP source for an inline script or style: `'sha256-…'`. */
export const cspHash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
