/**
 * Quality gates beyond axe, on the demo school page and on a hostile host
 * page, in Chromium: reduced motion, forced colours (with screenshots as
 * artifacts in test-results/forced-colors/), WCAG 1.4.12 text spacing at
 * 320 px, and host CSS that tries to break the widgets.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, htmlPage, launchChromium, newPage, routePage, scrollToEachRendered, waitForRendered, widgetNames, widgetTag } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openDemo(page: Page): Promise<void> {
  await page.goto(`${baseUrl()}/demo/`);
  for (const name of widgetNames) await waitForRendered(page, `digi-${name}`);
  await page.waitForLoadState('networkidle');
}

/** Runs in the page: every element of the document and of every open shadow root inside it. */
const allElementsSource = `
  (function all(root = document) {
    const found = [];
    const walk = (node) => {
      for (const element of node.querySelectorAll('*')) {
        found.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    walk(root);
    return found;
  })`;

describe('quality gates', () => {
  it('reduced motion: no animation or transition longer than 0 s runs, also after interaction', async () => {
    const { page } = await newPage(browser);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openDemo(page);
    // Open a disclosure and start a search, so hover/open transitions have a chance to run.
    await page.evaluate(() => {
      const checklist = document.querySelector('digi-cyber-checklist')!.shadowRoot!;
      checklist.querySelector<HTMLElement>('summary')?.click();
      checklist.querySelector<HTMLInputElement>('input[type="radio"][value="doing"]')?.click();
    });
    await page.waitForTimeout(100);
    const moving = await page.evaluate((source) => {
      const all = (0, eval)(source)() as Element[];
      const seconds = (value: string) => Math.max(...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) / 1000 : parseFloat(part) || 0)));
      return all
        .filter((element) => element.closest('[part~="base"]') || element.getRootNode() !== document)
        .flatMap((element) => {
          const style = getComputedStyle(element);
          const running = element.getAnimations().filter((animation) => {
            const timing = animation.effect?.getComputedTiming();
            return animation.playState === 'running' && Number(timing?.duration ?? 0) > 0;
          });
          const long = seconds(style.transitionDuration) > 0 || (style.animationName !== 'none' && seconds(style.animationDuration) > 0);
          return long || running.length ? [`${element.localName}.${[...element.classList].join('.')}`] : [];
        });
    }, allElementsSource);
    expect(moving).toEqual([]);
    await page.context().close();
  });

  it('forced colours: controls keep a visible border and focus outline; screenshots saved', async () => {
    const { page } = await newPage(browser);
    await page.emulateMedia({ forcedColors: 'active' });
    await openDemo(page);
    mkdirSync('test-results/forced-colors', { recursive: true });
    for (const name of widgetNames) {
      const tag = `digi-${name}`;
      const problems = await page.evaluate((host) => {
        const root = document.querySelector(host)!.shadowRoot!;
        const controls = [...root.querySelectorAll<HTMLElement>('button, select, textarea, input:not([type="radio"]):not([type="checkbox"]):not([type="file"]):not([type="hidden"])')];
        return controls
          .filter((control) => control.getClientRects().length > 0 && !control.closest('.visually-hidden'))
          .filter((control) => {
            const style = getComputedStyle(control);
            return style.borderTopStyle === 'none' || parseFloat(style.borderTopWidth) === 0;
          })
          .map((control) => control.outerHTML.slice(0, 120));
      }, tag);
      expect(problems, `${tag}: controls without a border in forced colours`).toEqual([]);
      // A pressed toggle (the rose's "Roos") or a chosen segment keeps its label readable against its own fill.
      const unreadable = await page.evaluate((host) => {
        const channels = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const luminance = (color: string) => {
          const [r, g, b] = channels(color).map((value) => {
            const c = value / 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const contrast = (a: string, b: string) => {
          const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
          return (light! + 0.05) / (dark! + 0.05);
        };
        const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);
        /** The fill behind `element`: its own, else its nearest painted ancestor's. */
        const fill = (element: Element): string => {
          for (let at: Element | null = element; at; at = at.parentElement) {
            const background = getComputedStyle(at).backgroundColor;
            if (!transparent(background)) return background;
          }
          return 'rgb(255, 255, 255)';
        };
        // Under forced-color-adjust: auto, Chromium paints text on a backplate of Canvas, whatever the fill.
        const probe = document.body.appendChild(document.createElement('div'));
        probe.style.backgroundColor = 'Canvas';
        const backplate = getComputedStyle(probe).backgroundColor;
        probe.remove();
        const behind = (element: Element) => (getComputedStyle(element).forcedColorAdjust === 'none' ? fill(element) : backplate);
        // Pressed toggles, and the chosen segment of a segmented radio group (the checklist's statuses).
        const toggles = [...document.querySelector(host)!.shadowRoot!.querySelectorAll<HTMLElement>('[aria-pressed="true"], .choices--segmented .choice__input:checked + .choice__label')];
        // Every element that holds the toggle's visible words, against what is painted behind it.
        return toggles.flatMap((toggle) =>
          [toggle, ...toggle.querySelectorAll('*')]
            .filter((element) => !element.closest('.visually-hidden') && [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim()))
            .map((element) => ({ text: element.textContent!.trim(), color: getComputedStyle(element).color, background: behind(element) }))
            .map((found) => ({ ...found, ratio: contrast(found.color, found.background) }))
            .filter(({ ratio }) => ratio < 4.5),
        );
      }, tag);
      expect(unreadable, `${tag}: pressed toggles or chosen segments whose label does not stand out from their fill in forced colours`).toEqual([]);
      const outline = await page.evaluate((host) => {
        // The first control that shows (a narrow layout's controls are hidden in a wide one).
        const control = [...document.querySelector(host)!.shadowRoot!.querySelectorAll<HTMLElement>('button:not([disabled]), input, select')].find((candidate) =>
          candidate.checkVisibility(),
        );
        if (!control) return 'no control';
        control.focus({ focusVisible: true } as FocusOptions);
        const style = getComputedStyle(control);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? 'visible' : `${style.outlineStyle} ${style.outlineWidth}`;
      }, tag);
      expect(outline, `${tag}: focus outline in forced colours`).toBe('visible');
      await page.locator(tag).screenshot({ path: `test-results/forced-colors/${name}.png` });
    }
    await page.context().close();
  });

  it('text spacing (WCAG 1.4.12) at 320 px: nothing scrolls sideways and no text is clipped', async () => {
    const { page } = await newPage(browser, { width: 320, height: 800 });
    await openDemo(page);
    const clipped = await page.evaluate((source) => {
      // Constructable sheets: allowed under the page's strict CSP, and they reach into shadow roots.
      const spacing = new CSSStyleSheet();
      spacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
        p { margin-block-end: 2em !important; }`);
      const all = (0, eval)(source)() as Element[];
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacing];
      for (const element of all) if (element.shadowRoot) element.shadowRoot.adoptedStyleSheets = [...element.shadowRoot.adoptedStyleSheets, spacing];
      void document.body.offsetHeight;
      return all
        .filter((element) => element.getRootNode() !== document && !element.closest('.visually-hidden'))
        .filter((element) => {
          const style = getComputedStyle(element);
          const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
          if (!clips || !(element instanceof HTMLElement)) return false;
          // A single-line field scrolls a long typed value sideways by design (the caret reveals
          // it), so for text entry only a cut-off line height counts.
          const typed = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement;
          return (!typed && element.scrollWidth > element.clientWidth + 1) || element.scrollHeight > element.clientHeight + 1;
        })
        .map((element) => `${element.localName}.${[...element.classList].join('.')}`);
    }, allElementsSource);
    expect(clipped).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('hostile host CSS (resets, 62.5% root size, content-box, dark page): widgets keep their size, colours and use', async () => {
    const { page, log } = await newPage(browser);
    await page.route(`${baseUrl()}/e2e/hostile.css`, (route) =>
      route.fulfill({
        contentType: 'text/css',
        body: `html { font-size: 62.5%; background: #111; color: #eee; }
          body { letter-spacing: 0.3em; line-height: 0.8; font-family: "Comic Sans MS", cursive; }
          *, *::before, *::after { box-sizing: content-box; }
          div, p, span, button, input, select, label, section { all: unset; }`,
      }),
    );
    const url = await routePage(
      page,
      '/e2e/hostile.html',
      htmlPage({
        head: `<link rel="stylesheet" href="/e2e/hostile.css">\n<script type="module" src="/dist/cdn/autoloader.js"></script>`,
        body: widgetNames.map((name) => widgetTag(name)).join('\n'),
      }),
    );
    await page.goto(url);
    await scrollToEachRendered(page, widgetNames.map((name) => `digi-${name}`));
    await page.waitForLoadState('networkidle');
    expect(log.pageErrors).toEqual([]);
    for (const name of widgetNames) {
      const look = await page.evaluate((host) => {
        const root = document.querySelector(host)!.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
        const style = getComputedStyle(root);
        const channel = (value: number) => {
          const c = value / 255;
          return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        };
        const luminance = (color: string) => {
          const [r, g, b] = color.match(/[\d.]+/g)!.map(Number) as [number, number, number];
          return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
        };
        const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort((a, b) => b - a) as [number, number];
        return { fontSize: style.fontSize, letterSpacing: style.letterSpacing, contrast: (light + 0.05) / (dark + 0.05) };
      }, `digi-${name}`);
      expect(look.fontSize, `digi-${name} font size`).toBe('16px');
      expect(look.letterSpacing, `digi-${name} letter spacing`).toBe('normal');
      expect(look.contrast, `digi-${name} text contrast`).toBeGreaterThanOrEqual(4.5);
    }
    // Still usable: a status in the checklist, a number in the calculator.
    await page.evaluate(() => document.querySelector('digi-cyber-checklist')!.shadowRoot!.querySelector<HTMLInputElement>('input[name="s-dpo"][value="done"]')!.click());
    expect(await page.evaluate(() => document.querySelector('digi-cyber-checklist')!.state?.answers['dpo']?.status)).toBe('done');
    await page.locator('digi-cost-calculator').locator('#s3-devices').fill('50');
    await page.locator('digi-cost-calculator').locator('#s3-devices').press('Tab');
    await page.waitForFunction(() => document.querySelector('digi-cost-calculator')!.result?.scenarios.some((s) => s.id === 's3' && s.totalCents > 0));
    await page.context().close();
  });
});
