/**
 * dist/cdn/autoloader.js: a page downloads only the widgets (and locales) it
 * shows, widgets added later are found, the prefix is honoured, and the
 * folder works wherever it is hosted.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, mimeTypes, repoRoot } from '../../scripts/serve.mjs';
import {
  baseUrl,
  expectCleanPage,
  htmlPage,
  launchChromium,
  newPage,
  requestedPaths,
  routePage,
  scrollToEachRendered,
  waitForRendered,
  widgetNames,
  widgetTag,
} from './support.js';

const autoloader = '/dist/cdn/autoloader.js';
const chunkPaths = (paths: string[]) => paths.filter((path) => path.includes('/chunks/'));
const widgetChunk = (name: string) => new RegExp(`/chunks/${name}-[^/]+\\.js$`);
const localeChunk = /\/chunks\/locale-[^/]+\.js$/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('dist/cdn/autoloader.js', () => {
  it('loads nothing on a page without widgets, then a widget as soon as one is added', async () => {
    const [name] = widgetNames as [string];
    const { page, log } = await newPage(browser);
    const url = await routePage(page, '/e2e/auto-empty.html', htmlPage({
      head: `<script type="module" src="${autoloader}"></script>`,
      body: '<main><p>Geen widgets hier.</p></main>',
    }));
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    // The autoloader and the small registration chunk it shares with the widgets; no widget, no Lit.
    const [first, ...rest] = requestedPaths(log, '/dist/');
    expect(first).toBe(autoloader);
    expect(rest).toHaveLength(1);
    expect(rest[0]).toMatch(/^\/dist\/cdn\/chunks\/core-[^/]+\.js$/);
    expect(readFileSync(`${repoRoot}${rest[0]}`, 'utf8')).not.toContain('litHtmlVersions');

    await page.evaluate((tag) => {
      const section = document.createElement('section');
      section.append(document.createElement(tag));
      document.querySelector('main')!.append(section);
    }, `digi-${name}`);
    await waitForRendered(page, `digi-${name}`);
    expect(chunkPaths(requestedPaths(log)).some((path) => widgetChunk(name).test(path))).toBe(true);
    await expectCleanPage(log);
    await page.context().close();
  });

  it.each(widgetNames)("a page with only <digi-%s> requests that widget's chunk and no other widget's or locale's", async (name) => {
    const { page, log } = await newPage(browser);
    const url = await routePage(page, `/e2e/auto-${name}.html`, htmlPage({
      head: `<script type="module" src="${autoloader}"></script>`,
      body: widgetTag(name),
    }));
    await page.goto(url);
    await waitForRendered(page, `digi-${name}`);
    await page.waitForLoadState('networkidle');

    await expectCleanPage(log);
    const chunks = chunkPaths(requestedPaths(log));
    expect(chunks.filter((path) => widgetChunk(name).test(path))).toHaveLength(1);
    for (const other of widgetNames.filter((candidate) => candidate !== name)) {
      expect(chunks.filter((path) => widgetChunk(other).test(path)), `chunk of ${other}`).toEqual([]);
    }
    // A Dutch page needs no translations.
    expect(chunks.filter((path) => localeChunk.test(path))).toEqual([]);
    expect(await page.evaluate(() => (globalThis as { litHtmlVersions?: string[] }).litHtmlVersions?.length)).toBe(1);
    await page.context().close();
  });

  it("loads only the widget's French chunk on a French page", async () => {
    const [name] = widgetNames as [string];
    const { page, log } = await newPage(browser);
    const url = await routePage(page, '/e2e/auto-fr.html', htmlPage({
      lang: 'fr',
      head: `<script type="module" src="${autoloader}"></script>`,
      body: widgetTag(name),
    }));
    await page.goto(url);
    await waitForRendered(page, `digi-${name}`);
    await page.waitForLoadState('networkidle');
    await expectCleanPage(log);
    const locales = chunkPaths(requestedPaths(log)).filter((path) => localeChunk.test(path));
    expect(locales).toHaveLength(1);
    expect(locales[0]).toMatch(new RegExp(`/chunks/locale-${name}-fr-[^/]+\\.js$`));
    await page.context().close();
  });

  it('runs once when the page adds a query string to its URL, as CMSs do (autoloader.js?ver=3)', async () => {
    const [name] = widgetNames as [string];
    const { page, log } = await newPage(browser);
    const url = await routePage(page, '/e2e/auto-query.html', htmlPage({
      head: `<script type="module" src="${autoloader}?ver=3"></script>`,
      body: widgetTag(name),
    }));
    await page.goto(url);
    await waitForRendered(page, `digi-${name}`);
    await page.waitForLoadState('networkidle');
    await expectCleanPage(log);
    const paths = requestedPaths(log, '/dist/');
    expect(paths.filter((path) => path === autoloader)).toHaveLength(1);
    expect(new Set(paths).size).toBe(paths.length);
    await page.context().close();
  });

  it('registers <school-…> tags when the page sets the prefix school', async () => {
    const { page, log } = await newPage(browser);
    const url = await routePage(page, '/e2e/auto-prefix.html', htmlPage({
      head: `<meta name="digi-widgets-prefix" content="school">\n<script type="module" src="${autoloader}"></script>`,
      body: widgetNames.map((name) => widgetTag(name, 'school')).join('\n'),
    }));
    await page.goto(url);
    await scrollToEachRendered(page, widgetNames.map((name) => `school-${name}`));
    await expectCleanPage(log);
    for (const name of widgetNames) {
      expect(await page.evaluate((tag) => customElements.get(tag) === undefined, `digi-${name}`)).toBe(true);
    }
    await page.context().close();
  });

  it('works from any folder: chunks resolve against the autoloader’s own URL', async () => {
    const [name] = widgetNames as [string];
    const { page, log } = await newPage(browser);
    // The school copied dist/cdn/ to /sites/klimop/assets/widgets/.
    const hosted = `${baseUrl()}/sites/klimop/assets/widgets/`;
    await page.route(`${hosted}**`, async (route) => {
      const file = new URL(route.request().url()).pathname.slice('/sites/klimop/assets/widgets/'.length);
      try {
        const body = readFileSync(`${repoRoot}/dist/cdn/${file}`);
        await route.fulfill({
          status: 200,
          headers: { 'Content-Type': mimeTypes[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': contentSecurityPolicy },
          body,
        });
      } catch {
        await route.fulfill({ status: 404, body: 'Not found' });
      }
    });
    const url = await routePage(page, '/sites/klimop/digitaal-leren.html', htmlPage({
      head: '<script type="module" src="assets/widgets/autoloader.js"></script>',
      body: widgetTag(name),
    }));
    await page.goto(url);
    await waitForRendered(page, `digi-${name}`);
    await page.waitForLoadState('networkidle');
    await expectCleanPage(log);
    const scripts = requestedPaths(log).filter((path) => path.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(1);
    expect(scripts.every((path) => path.startsWith('/sites/klimop/assets/widgets/'))).toBe(true);
    await page.context().close();
  });
});

describe('lazy by default, holding its space', () => {
  const lazyPage = (body: string) =>
    htmlPage({ head: `<script type="module" src="${autoloader}" blocking="render"></script>`, body });
  const requested = (log: Parameters<typeof requestedPaths>[0], name: string) =>
    chunkPaths(requestedPaths(log)).some((path) => widgetChunk(name).test(path));

  it("a widget far down the page: its code is requested only when it is scrolled near; loading=\"eager\" loads at once", async () => {
    const { page, log } = await newPage(browser);
    // Text, not a styled spacer: the page's CSP allows no style attributes. About 16,000 px.
    const spacer = '<p>Tekst van de school.</p>'.repeat(300);
    await page.goto(await routePage(page, '/e2e/lazy.html', lazyPage(`<main>${spacer}${widgetTag('competentieroos')}${spacer}<digi-cost-calculator loading="eager"></digi-cost-calculator></main>`)));
    await waitForRendered(page, 'digi-cost-calculator');
    await page.waitForLoadState('networkidle');
    expect(requested(log, 'cost-calculator')).toBe(true);
    expect(requested(log, 'competentieroos')).toBe(false);
    expect(await page.evaluate(() => document.querySelector('digi-competentieroos')!.getBoundingClientRect().top)).toBeGreaterThan(5000);

    await page.locator('digi-competentieroos').scrollIntoViewIfNeeded();
    await waitForRendered(page, 'digi-competentieroos');
    expect(requested(log, 'competentieroos')).toBe(true);
    await expectCleanPage(log);
    await page.context().close();
  });

  it.each(['cost-calculator', 'competentieroos', 'leerid-login'])(
    '<digi-%s> with nothing but the snippet: it holds its space while its code is on its way, and the text after it never moves (CLS 0)',
    async (name) => {
      const { page, log } = await newPage(browser);
      await page.setViewportSize({ width: 412, height: 823 });
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(widgetChunk(name), async (route) => {
        await held;
        await route.continue();
      });
      await page.addInitScript(() => {
        (window as unknown as { shifts: number }).shifts = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number }[]) (window as unknown as { shifts: number }).shifts += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(await routePage(page, `/e2e/held-${name}.html`, lazyPage(`<main><h1>Digitaal leren</h1>${widgetTag(name)}<p id="after">Wat na de widget staat.</p></main>`)));
      const box = () =>
        page.evaluate((tag) => {
          const element = document.querySelector(tag)!;
          return { defined: customElements.get(tag) !== undefined, height: element.getBoundingClientRect().height };
        }, `digi-${name}`);
      const before = await box();
      expect(before.defined).toBe(false);
      expect(before.height).toBe(name === 'competentieroos' ? 749 : name === 'leerid-login' ? 44 : 823);
      release();
      await waitForRendered(page, `digi-${name}`);
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
      await expectCleanPage(log);
      await page.context().close();
    },
  );
});

describe('parts a widget loads only when needed', () => {
  const settingsChunk = /\/chunks\/cost-calculator\.config-[^/]+\.js$/;
  const calculatorPage = (body: string) =>
    htmlPage({ head: `<script type="module" src="${autoloader}"></script>`, body: `<digi-cost-calculator>${body}</digi-cost-calculator>` });
  const fieldValue = (page: import('playwright-core').Page, id: string) =>
    page.evaluate((field) => document.querySelector('digi-cost-calculator')!.shadowRoot!.querySelector<HTMLInputElement>(`#${field}`)!.value, id);

  it("the calculator's settings validator: not for a page without settings, before the first render for a page with them", async () => {
    const { page, log } = await newPage(browser);
    await page.goto(await routePage(page, '/e2e/parts-plain.html', calculatorPage('')));
    await waitForRendered(page, 'digi-cost-calculator');
    await page.waitForLoadState('networkidle');
    await expectCleanPage(log);
    expect(chunkPaths(requestedPaths(log)).filter((path) => settingsChunk.test(path))).toEqual([]);

    const settings = '<script type="application/json">{"horizonYears": 8}</script>';
    await page.goto(await routePage(page, '/e2e/parts-settings.html', calculatorPage(settings)));
    await waitForRendered(page, 'digi-cost-calculator');
    await expectCleanPage(log);
    expect(chunkPaths(requestedPaths(log)).filter((path) => settingsChunk.test(path))).toHaveLength(1);
    // The first render already shows the site's value, not the default 6.
    expect(await fieldValue(page, 'horizon')).toBe('8');
    await page.context().close();
  });

  it('a validator that cannot load: the defaults, a plain message in the widget and one console error', async () => {
    const { page, log } = await newPage(browser);
    await page.route(settingsChunk, (route) => route.fulfill({ status: 503, body: 'Service Unavailable' }));
    await page.goto(await routePage(page, '/e2e/parts-offline.html', calculatorPage('<script type="application/json">{"horizonYears": 8}</script>')));
    await waitForRendered(page, 'digi-cost-calculator');
    await page.waitForFunction(() => /kon niet geladen worden/.test(document.querySelector('digi-cost-calculator')!.shadowRoot!.textContent ?? ''));
    expect(await fieldValue(page, 'horizon')).toBe('6');
    expect(log.consoleErrors.filter((text) => text.includes("the code that reads the site's settings did not load"))).toHaveLength(1);
    expect(log.pageErrors).toEqual([]);
    await page.context().close();
  });

  const checklistCode = /\/chunks\/cyber-checklist\.checklist-[^/]+\.js$/;
  const checklistContent = /\/chunks\/cyber-checklist\.nl-[^/]+\.js$/;
  const finderCode = /\/chunks\/refurbisher-finder\.finder-[^/]+\.js$/;

  it("the checklist's code and its content download at the same time, after a small first chunk", async () => {
    const { page, log } = await newPage(browser);
    // Hold the code back: the content must be asked for before the code has arrived.
    let codeSent = false;
    let contentAskedBeforeCode = false;
    await page.route(checklistCode, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      codeSent = true;
      await route.continue();
    });
    page.on('request', (request) => {
      if (checklistContent.test(new URL(request.url()).pathname) && !codeSent) contentAskedBeforeCode = true;
    });
    await page.goto(
      await routePage(page, '/e2e/parts-checklist.html', htmlPage({ head: `<script type="module" src="${autoloader}"></script>`, body: '<digi-cyber-checklist></digi-cyber-checklist>' })),
    );
    await waitForRendered(page, 'digi-cyber-checklist');
    // The checklist opens on its first theme with open measures (the others stay closed).
    await page.waitForFunction(() => document.querySelector('digi-cyber-checklist')!.shadowRoot!.querySelectorAll('[part~="measure"]').length >= 3);
    await expectCleanPage(log);
    const chunks = chunkPaths(requestedPaths(log));
    expect(chunks.filter((path) => checklistCode.test(path))).toHaveLength(1);
    expect(chunks.filter((path) => checklistContent.test(path))).toHaveLength(1);
    expect(contentAskedBeforeCode).toBe(true);
    // Its styles came with the code: a measure has the checklist's own edge.
    const edge = await page.evaluate(() => getComputedStyle(document.querySelector('digi-cyber-checklist')!.shadowRoot!.querySelector('[part~="measure"]')!).borderInlineStartWidth);
    expect(edge).not.toBe('0px');
    await page.context().close();
  });

  it('a checklist and a finder whose code cannot load: a plain message in each, one console error each, the page keeps working', async () => {
    const { page, log } = await newPage(browser);
    await page.route(checklistCode, (route) => route.fulfill({ status: 503, body: 'Service Unavailable' }));
    await page.route(finderCode, (route) => route.fulfill({ status: 503, body: 'Service Unavailable' }));
    await page.goto(
      await routePage(
        page,
        '/e2e/parts-code-offline.html',
        htmlPage({
          head: `<script type="module" src="${autoloader}"></script>`,
          body: '<digi-cyber-checklist></digi-cyber-checklist><digi-refurbisher-finder></digi-refurbisher-finder><digi-competentieroos></digi-competentieroos>',
        }),
      ),
    );
    const text = (tag: string) => page.evaluate((name) => document.querySelector(name)?.shadowRoot?.textContent ?? '', tag);
    await page.waitForFunction(() => /De checklist kan niet getoond worden/.test(document.querySelector('digi-cyber-checklist')?.shadowRoot?.textContent ?? ''));
    await page.waitForFunction(() => /De zoekhulp kon niet geladen worden/.test(document.querySelector('digi-refurbisher-finder')?.shadowRoot?.textContent ?? ''));
    expect(await text('digi-cyber-checklist')).toContain('laad de pagina opnieuw');
    expect(log.consoleErrors.filter((line) => line.includes('could not load its code (checklist chunk)'))).toHaveLength(1);
    expect(log.consoleErrors.filter((line) => line.includes('could not load its code (finder chunk)'))).toHaveLength(1);
    expect(log.pageErrors).toEqual([]);
    // The other widget on the page still renders.
    await waitForRendered(page, 'digi-competentieroos');
    await page.context().close();
  });
});
