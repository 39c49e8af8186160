/**
 * The demo school page, served with the strict CSP of scripts/serve.mjs,
 * renders every widget with one script tag and nothing going wrong.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectCleanPage, launchChromium, newPage, requestedPaths, waitForRendered, widgetNames } from './support.js';

const demoHtml = readFileSync(new URL('../../demo/index.html', import.meta.url), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('demo/index.html', () => {
  it.each([1280, 320])('renders every widget at %ipx wide, with no CSP violation, error or horizontal scroll', async (width) => {
    const { page, log } = await newPage(browser, { width, height: 900 });
    await page.goto(`${baseUrl()}/demo/`);
    for (const name of widgetNames) await waitForRendered(page, `digi-${name}`);
    await page.waitForLoadState('networkidle');

    await expectCleanPage(log);
    expect(log.consoleWarnings).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    // The bundle is self-contained: the only script the page loads.
    expect(requestedPaths(log).filter((path) => path.endsWith('.js'))).toEqual(['/dist/cdn/digi-widgets.js']);
    await page.context().close();
  });

  it('shows each widget once, in the article', () => {
    for (const name of widgetNames) {
      const tags = demoHtml.match(new RegExp(`<digi-${name}[\\s>]`, 'g')) ?? [];
      expect(tags, `<digi-${name}> on the demo page`).toHaveLength(1);
    }
    const article = demoHtml.slice(demoHtml.indexOf('<article'), demoHtml.indexOf('</article>'));
    for (const name of widgetNames) expect(article).toContain(`<digi-${name}`);
  });

  it('embeds the CDN bundle with one script tag, and has no inline script, style or event handler', () => {
    const scripts = [...demoHtml.matchAll(/<script\b([^>]*)>/g)].map(([, attributes]) => attributes);
    // JSON children are data blocks for the widgets: never executed, allowed by any CSP.
    const executable = scripts.filter((attributes) => attributes !== ' type="application/json"');
    expect(executable).toEqual([' type="module" src="../dist/cdn/digi-widgets.js"']);
    expect(demoHtml).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=|javascript:/i);
  });

  it('says that it is a demo with fictional data', () => {
    expect(demoHtml).toContain('Basisschool De Klimop (voorbeeld)');
    expect(demoHtml).toMatch(/<p class="demo-note" role="note">[\s\S]*?fictief[\s\S]*?<\/p>/);
  });
});
