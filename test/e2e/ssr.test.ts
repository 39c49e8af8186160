/**
 * Server rendering: every widget rendered by @lit-labs/ssr in Node from the
 * built package (test/e2e/ssr-render.mjs), shown by Chromium before any
 * JavaScript runs (declarative shadow DOM), then hydrated by the ESM build:
 * the server's nodes are kept, nothing goes wrong, nothing moves, and the
 * widgets work. The page keeps a strict CSP: the server's inline styles are
 * allowed by their hashes.
 */
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, repoRoot } from '../../scripts/serve.mjs';
import { cspHash, expectCleanPage, htmlPage, importMap, launchChromium, newPage, routePage, widgetNames } from './support.js';

type Rendered = Record<string, string>;
const serverRender = (lang: string): Rendered =>
  JSON.parse(execFileSync(process.execPath, ['test/e2e/ssr-render.mjs', lang], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 })) as Rendered;

/** What each widget shows first, per language: the server must have rendered it. */
const firstWords: Record<string, { nl: string; fr: string }> = {
  'cost-calculator': { nl: 'Wat kosten digitale toestellen?', fr: 'Combien coûtent les appareils numériques' },
  competentieroos: { nl: 'Competentieroos', fr: 'Rose des compétences' },
  'refurbisher-finder': { nl: 'Vind een erkende refurbisher', fr: 'Trouvez un reconditionneur agréé' },
  'cyber-checklist': { nl: 'Cyberveiligheid en privacy op school: groeipad', fr: 'Cybersécurité et vie privée à l’école\u00a0: parcours de progression' },
  'leerid-login': { nl: 'Aanmelden met LeerID', fr: 'Se connecter avec LeerID' },
};

const tags = widgetNames.map((name) => `digi-${name}`);
/** Each widget's rendered height, in the page. */
const heights = (names: string[]) => names.map((tag) => Math.round(document.querySelector(tag)!.getBoundingClientRect().height));
/** The widgets' heights as the server rendered them, and the page's, measured with JavaScript off (set by the second test). */
let serverHeights: number[] = [];
let pageHeight = 16_000;

/** Visible text of a widget's shadow root, whitespace collapsed. */
const shadowText = (tag: string) => `(document.querySelector('${tag}')?.shadowRoot?.textContent ?? '').replace(/\\s+/g, ' ')`;

let browser: Browser;
let dutch: Rendered;
beforeAll(async () => {
  browser = await launchChromium();
  dutch = serverRender('nl-BE');
});
afterAll(async () => {
  await browser?.close();
});

/** A page with every server-rendered widget, each followed by a paragraph (whatever moves, moves that). */
const body = (rendered: Rendered) =>
  `<main>\n${widgetNames.map((name) => `<section>${rendered[name]}<p class="after" id="after-${name}">Na de widget.</p></section>`).join('\n')}\n</main>`;

describe('server rendering with @lit-labs/ssr', () => {
  it('renders every widget to declarative shadow DOM in Node, in the language of its lang attribute', () => {
    const french = serverRender('fr-BE');
    for (const name of widgetNames) {
      for (const [rendered, lang] of [[dutch, 'nl'], [french, 'fr']] as const) {
        const output = rendered[name]!;
        expect(output, `<digi-${name}> (${lang})`).toContain('<template shadowroot="open" shadowrootmode="open"');
        expect(output, `<digi-${name}> (${lang})`).toContain(`part="base" lang="${lang}"`);
        expect(output, `<digi-${name}> (${lang})`).toContain(firstWords[name]![lang]);
        // The theme's tokens travel with it: there are no adopted sheets before hydration.
        expect(output, `<digi-${name}> (${lang})`).toMatch(/<style>:host \{\s*--_color-text:/);
      }
    }
  });

  it('shows every widget before JavaScript runs', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 16_000 } });
    const page = await context.newPage();
    await page.route('http://ssr.test/', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: htmlPage({ lang: 'nl-BE', body: body(dutch) }) }));
    await page.goto('http://ssr.test/');
    for (const name of widgetNames) {
      await expect.poll(() => page.locator(`digi-${name}`).getByText(firstWords[name]!.nl, { exact: false }).first().isVisible()).toBe(true);
    }
    await page.waitForTimeout(500);
    serverHeights = await page.evaluate(heights, tags);
    pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    await context.close();
  });

  it('hydrates in Chromium: keeps the server nodes, no error, no layout shift, and the widgets work', async () => {
    const rendered = body(dutch);
    const map = JSON.stringify(importMap(['@lit-labs/ssr-client']));
    // The widgets' code arrives once the server's HTML is parsed and painted (as a deferred script on a slow
    // page would): what moves from then on is hydration's doing. Before that the server's HTML streams in,
    // and the finder's off-screen cards (content-visibility) get their real size in the first frames.
    const script = `import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted)));
window.__hydrating = performance.now();
await import('/dist/esm/index.js');`;
    const styles = [...new Set([...rendered.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => cspHash(match[1]!)))];
    const csp = contentSecurityPolicy
      .replace("script-src 'self'", `script-src 'self' ${cspHash(map)} ${cspHash(script)}`)
      .replace("style-src 'self'", `style-src 'self' ${styles.join(' ')}`);
    const { page, log } = await newPage(browser, { width: 1280, height: 900 });
    await page.addInitScript((tags: string[]) => {
      const probe = { cls: 0, shifts: [] as string[], serverNodes: [] as (Element | null | undefined)[] };
      type Source = { node?: Node; previousRect?: DOMRectReadOnly; currentRect?: DOMRectReadOnly };
      Object.defineProperty(window, '__ssr', { value: probe });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: Source[] })[]) {
          // Only from the moment the widgets' code runs (see the page's script).
          const hydrating = (window as unknown as { __hydrating?: number }).__hydrating;
          if (hydrating === undefined || entry.startTime < hydrating) continue;
          probe.cls += entry.value;
          // Where each moved node is: its widget (or the page) and its class.
          const where = (node?: Node) => {
            const element = node instanceof Element ? node : node?.parentElement;
            const root = element?.getRootNode();
            const host = root instanceof ShadowRoot ? root.host.localName : 'page';
            return `${host} ${element?.localName ?? '?'}${element?.id ? `#${element.id}` : ''}${element?.classList.length ? `.${[...element.classList].join('.')}` : ''}`;
          };
          const moved = (source: Source) =>
            `${where(source.node)} (y ${Math.round(source.previousRect?.y ?? 0)} -> ${Math.round(source.currentRect?.y ?? 0)})`;
          probe.shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${entry.sources.map(moved).join(', ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
      // Parsed, before the deferred module script runs: the nodes the server sent.
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
          probe.serverNodes = tags.map((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]'));
        }
      });
    }, tags);
    const url = await routePage(page, '/e2e/ssr.html', htmlPage({ lang: 'nl-BE', head: `<script type="importmap">${map}</script>\n<script type="module">${script}</script>`, body: rendered }), csp);
    // As tall as the page, so that a shift anywhere counts, not only in the first screen.
    await page.setViewportSize({ width: 1280, height: Math.min(32_000, pageHeight) });
    await page.goto(url);
    await page.waitForFunction(
      (tags) => tags.every((tag) => (document.querySelector(tag) as (Element & { hasUpdated?: boolean }) | null)?.hasUpdated === true),
      tags,
      { timeout: 20_000 },
    );
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);

    await expectCleanPage(log);
    const kept = await page.evaluate(
      (tags) =>
        tags.map((tag, index) => {
          const server = (window as unknown as { __ssr: { serverNodes: (Element | null | undefined)[] } }).__ssr.serverNodes[index];
          return !!server && server === document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]');
        }),
      tags,
    );
    expect(kept, 'each widget hydrated the nodes the server sent').toEqual(widgetNames.map(() => true));
    const { cls, shifts } = await page.evaluate(() => (window as unknown as { __ssr: { cls: number; shifts: string[] } }).__ssr);
    expect(await page.evaluate(heights, tags), 'heights after hydration, as without JavaScript').toEqual(serverHeights);
    expect(shifts, 'layout shifts').toEqual([]);
    expect(cls).toBe(0);

    // Working after hydration: a status in the checklist, the table view of the rose.
    const checklist = page.locator('digi-cyber-checklist');
    await checklist.locator('input[type="radio"][value="done"]').first().check();
    expect(await page.evaluate(() => Object.keys((document.querySelector('digi-cyber-checklist') as unknown as { state: { answers: object } }).state.answers).length)).toBe(1);
    await page.locator('digi-competentieroos').getByRole('button', { name: 'Tabel' }).click();
    await expect.poll(() => page.locator('digi-competentieroos').getByRole('table').count()).toBe(1);
    expect(await page.evaluate(shadowText('digi-leerid-login'))).toContain('Aanmelden met LeerID');
    await page.context().close();
  });
});
