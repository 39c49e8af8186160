/**
 * dist/cdn/digi-widgets.js on strict-CSP pages: one file that registers every
 * widget, safe to load twice, honouring the page's tag prefix.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cdnSnippet } from '../../scripts/cdn-integrity.mjs';
import { contentSecurityPolicy } from '../../scripts/serve.mjs';
import {
  expectCleanPage,
  htmlPage,
  launchChromium,
  newPage,
  requestedPaths,
  routePage,
  waitForRendered,
  widgetNames,
  widgetTag,
} from './support.js';

const bundle = '/dist/cdn/digi-widgets.js';
const allWidgets = (prefix = 'digi') => widgetNames.map((name) => widgetTag(name, prefix)).join('\n');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('dist/cdn/digi-widgets.js', () => {
  it('registers every widget from one file that contains Lit once and its locales', async () => {
    const { page, log } = await newPage(browser);
    const url = await routePage(
      page,
      '/e2e/cdn-fr.html',
      htmlPage({ lang: 'fr-BE', head: `<script type="module" src="${bundle}"></script>`, body: allWidgets() }),
    );
    await page.goto(url);
    for (const name of widgetNames) await waitForRendered(page, `digi-${name}`);
    await page.waitForLoadState('networkidle');

    await expectCleanPage(log);
    // French comes from inside the bundle: no chunk, no second request.
    expect(requestedPaths(log, '/dist/')).toEqual([bundle]);
    for (const name of widgetNames) {
      const lang = await page.evaluate((tag) => document.querySelector(tag)!.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang'), `digi-${name}`);
      expect(lang).toBe('fr');
    }
    expect(await page.evaluate(() => (globalThis as { litHtmlVersions?: string[] }).litHtmlVersions?.length)).toBe(1);
    await page.context().close();
  });

  it('loaded twice: no exception, working widgets, exactly one warning per tag', async () => {
    const { page, log } = await newPage(browser);
    const url = await routePage(
      page,
      '/e2e/cdn-twice.html',
      htmlPage({
        head: `<script type="module" src="${bundle}"></script>\n<script type="module" src="${bundle}?copy=2"></script>`,
        body: allWidgets(),
      }),
    );
    await page.goto(url);
    for (const name of widgetNames) await waitForRendered(page, `digi-${name}`);
    await page.waitForLoadState('networkidle');

    await expectCleanPage(log);
    // Both copies really ran (two module instances, two Lits).
    expect(await page.evaluate(() => (globalThis as { litHtmlVersions?: string[] }).litHtmlVersions?.length)).toBe(2);
    expect(log.consoleWarnings).toHaveLength(widgetNames.length);
    for (const name of widgetNames) {
      const warnings = log.consoleWarnings.filter((text) => text.includes(`<digi-${name}> is already defined by version`));
      expect(warnings, `warnings for <digi-${name}>`).toHaveLength(1);
    }
    await page.context().close();
  });

  it("needs only Lit's `lit-html` Trusted Types policy (duplicates allowed when loaded twice)", async () => {
    const { page, log } = await newPage(browser);
    const url = await routePage(
      page,
      '/e2e/cdn-trusted-types.html',
      htmlPage({
        head: `<script type="module" src="${bundle}"></script>\n<script type="module" src="${bundle}?copy=2"></script>`,
        body: allWidgets(),
      }),
      `${contentSecurityPolicy}; trusted-types lit-html 'allow-duplicates'`,
    );
    await page.goto(url);
    for (const name of widgetNames) await waitForRendered(page, `digi-${name}`);
    await page.waitForLoadState('networkidle');
    await expectCleanPage(log);
    expect(await page.evaluate(() => (globalThis as { litHtmlVersions?: string[] }).litHtmlVersions?.length)).toBe(2);
    await page.context().close();
  });

  it('uses the prefix from <meta name="digi-widgets-prefix">', async () => {
    const { page, log } = await newPage(browser);
    const url = await routePage(
      page,
      '/e2e/cdn-prefix.html',
      htmlPage({
        head: `<meta name="digi-widgets-prefix" content="school">\n<script type="module" src="${bundle}"></script>`,
        body: allWidgets('school'),
      }),
    );
    await page.goto(url);
    for (const name of widgetNames) await waitForRendered(page, `school-${name}`);
    await expectCleanPage(log);
    for (const name of widgetNames) {
      expect(await page.evaluate((tag) => customElements.get(tag) === undefined, `digi-${name}`)).toBe(true);
    }
    await page.context().close();
  });

  it('runs from the Subresource Integrity snippet the build writes, and not at all when the file was altered', async () => {
    const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8')) as { version: string; files: Record<string, string> };
    const snippet = cdnSnippet(integrity, '/dist/cdn/');
    expect(snippet).toContain(`integrity="${integrity.files['digi-widgets.js']}"`);

    const { page, log } = await newPage(browser);
    await page.goto(await routePage(page, '/e2e/cdn-sri.html', htmlPage({ head: snippet, body: allWidgets() })));
    for (const name of widgetNames) await waitForRendered(page, `digi-${name}`);
    await expectCleanPage(log);

    // Another file's hash: the browser refuses to run the bundle, so nothing registers.
    const tampered = cdnSnippet({ ...integrity, files: { 'digi-widgets.js': integrity.files['autoloader.js']! } }, '/dist/cdn/');
    await page.goto(await routePage(page, '/e2e/cdn-sri-tampered.html', htmlPage({ head: tampered, body: allWidgets() })));
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => customElements.get('digi-cost-calculator'))).toBeUndefined();
    expect(log.consoleErrors.some((text) => /integrity/i.test(text))).toBe(true);
    await page.context().close();
  });
});
