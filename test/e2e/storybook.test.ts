/**
 * The built Storybook, as designers open it: every story of `storybook-static/`
 * renders in Chromium, with its custom elements defined and drawn, and
 * Storybook loads nothing from a third party.
 *
 * The dev server and the stories a11y matrix run the source through Vite's
 * dev pipeline, where nothing is tree-shaken; only the production build shows
 * whether a story's `import '…/define.js'` survives (it did not while
 * package.json's `sideEffects` listed dist/ files only).
 *
 * Files are served from disk through Playwright's router on a made-up origin,
 * so any request to another origin is a third-party request and is refused.
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeTypes, repoRoot } from '../../scripts/serve.mjs';
import { newestChange } from './global-setup.js';
import { launchChromium, newPage, widgetNames, type PageLog } from './support.js';

const staticDir = join(repoRoot, 'storybook-static');
const origin = 'http://storybook.test';

interface IndexEntry {
  readonly id: string;
  readonly title: string;
  readonly name: string;
  readonly type: 'story' | 'docs';
  readonly importPath: string;
}

/** Builds storybook-static/ when it is missing or older than what it is built from. */
function ensureBuilt(): void {
  const index = join(staticDir, 'index.json');
  const inputs = ['src', 'stories', '.storybook', 'package.json'];
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  if (built > 0 && inputs.every((path) => newestChange(join(repoRoot, path)) <= built)) return;
  console.log('[e2e] storybook-static/ is missing or stale: running npm run build-storybook');
  execSync('npm run build-storybook', { cwd: repoRoot, stdio: 'inherit' });
}

/** Serves storybook-static/ on `origin` and refuses (and records) every request elsewhere. */
async function serveStatic(page: Page, thirdParty: string[]): Promise<void> {
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== origin) {
      thirdParty.push(url.href);
      return route.abort('blockedbyclient');
    }
    const path = normalize(decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname));
    const file = join(staticDir, path);
    if (!file.startsWith(staticDir) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
    const type = mimeTypes[extname(file) as keyof typeof mimeTypes] ?? 'application/octet-stream';
    return route.fulfill({ status: 200, contentType: type, body: readFileSync(file) });
  });
}

/** What the story's root shows: undefined custom elements (also inside shadow roots), widgets and how they drew. */
function inspectStory(page: Page) {
  const widgetTags = widgetNames.map((name) => `digi-${name}`);
  return page.evaluate((tags) => {
    const root = document.querySelector('#storybook-root');
    const undefinedTags = new Set<string>();
    const widgets: { tag: string; defined: boolean; base: boolean; text: number }[] = [];
    const walk = (node: ParentNode) => {
      for (const element of node.querySelectorAll('*')) {
        const tag = element.localName;
        if (tag.includes('-') && customElements.get(tag) === undefined) undefinedTags.add(tag);
        if (tags.includes(tag)) {
          const shadow = element.shadowRoot;
          widgets.push({
            tag,
            defined: customElements.get(tag) !== undefined,
            base: shadow?.querySelector('[part~="base"]') != null,
            text: (shadow?.textContent ?? '').trim().length,
          });
        }
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    if (root) walk(root);
    return {
      hasRoot: root !== null,
      text: (root?.textContent ?? '').trim().length,
      children: root?.querySelectorAll('*').length ?? 0,
      errorShown: document.body.classList.contains('sb-show-errordisplay'),
      undefinedTags: [...undefinedTags],
      widgets,
    };
  }, widgetTags);
}

let browser: Browser;
let entries: IndexEntry[];
beforeAll(async () => {
  ensureBuilt();
  const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
  entries = Object.values(index.entries);
  browser = await launchChromium();
}, 300_000);
afterAll(async () => {
  await browser?.close();
});

const expectNothingWrong = (log: PageLog, thirdParty: string[]) => {
  expect(thirdParty, 'requests to a third party').toEqual([]);
  expect(log.pageErrors, 'uncaught errors').toEqual([]);
  // A navigation to the next page aborts what the previous one was still loading: not a failure.
  const failures = log.failures.filter((failure) => !failure.startsWith('net::ERR_ABORTED') && !failure.includes('favicon'));
  expect(failures, 'failed requests').toEqual([]);
};

describe('storybook-static/ (the production Storybook build)', () => {
  it('has stories for every widget', () => {
    for (const name of widgetNames) {
      const stories = entries.filter(
        (entry) => entry.type === 'story' && entry.importPath === `./stories/widgets/${name}.stories.ts`,
      );
      expect(stories.length, `stories of <digi-${name}>`).toBeGreaterThan(0);
      expect(stories.every((entry) => entry.title.startsWith('Widgets/')), `<digi-${name}> under Widgets/`).toBe(true);
    }
  });

  it('renders every story with its custom elements defined and drawn, loading nothing from a third party', async () => {
    const { page, log } = await newPage(browser, { width: 1024, height: 800 });
    const thirdParty: string[] = [];
    await serveStatic(page, thirdParty);
    const problems: string[] = [];
    const stories = entries.filter((entry) => entry.type === 'story');
    expect(stories.length).toBeGreaterThan(50);
    for (const story of stories) {
      await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`);
      const isWidget = story.title.startsWith('Widgets/');
      try {
        await page.waitForFunction(
          ({ widget, tags }) => {
            const root = document.querySelector('#storybook-root');
            if (!root || root.children.length === 0) return false;
            if (!widget) return true;
            const widgets = [...root.querySelectorAll('*')].filter((node) => tags.includes(node.localName));
            return (
              widgets.length > 0 &&
              widgets.every((node) => node.shadowRoot?.querySelector('[part~="base"]') && node.shadowRoot.textContent?.trim())
            );
          },
          { widget: isWidget, tags: widgetNames.map((name) => `digi-${name}`) },
          { timeout: 15_000 },
        );
      } catch {
        // Reported below with what the story did show.
      }
      const shown = await inspectStory(page);
      const label = `${story.title} / ${story.name}`;
      if (!shown.hasRoot || shown.errorShown) problems.push(`${label}: Storybook shows an error`);
      else if (shown.children === 0 && shown.text === 0) problems.push(`${label}: empty canvas`);
      if (shown.undefinedTags.length > 0) problems.push(`${label}: undefined elements ${shown.undefinedTags.join(', ')}`);
      if (isWidget && shown.widgets.length === 0) problems.push(`${label}: no <digi-…> widget in the story`);
      for (const widget of shown.widgets) {
        if (!widget.defined || !widget.base || widget.text === 0) {
          problems.push(`${label}: <${widget.tag}> defined ${widget.defined}, drawn ${widget.base}, text ${widget.text}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expectNothingWrong(log, thirdParty);
    await page.context().close();
  }, 600_000);

  it('opens the manager and the docs pages without a third-party font or script', async () => {
    const { page, log } = await newPage(browser, { width: 1280, height: 800 });
    const thirdParty: string[] = [];
    await serveStatic(page, thirdParty);
    await page.goto(`${origin}/index.html`);
    await page.waitForSelector('#storybook-explorer-tree', { timeout: 30_000 });
    for (const docs of entries.filter((entry) => entry.type === 'docs')) {
      await page.goto(`${origin}/iframe.html?id=${docs.id}&viewMode=docs`);
      await page.waitForSelector('.sbdocs-content, .sb-show-errordisplay', { timeout: 15_000 });
      expect(await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay')), docs.id).toBe(false);
    }
    expect(log.requests.filter((url) => /\.(woff2?|ttf|otf)(\?|$)/.test(url)).every((url) => url.startsWith(origin))).toBe(true);
    expectNothingWrong(log, thirdParty);
    await page.context().close();
  }, 300_000);
});
