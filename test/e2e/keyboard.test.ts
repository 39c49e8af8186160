/**
 * Keyboard walk over every widget on the demo page, in Chromium: Tab from
 * just before the widget to just after it, and Shift+Tab back. Every tab
 * stop inside it (shadow DOM included; one per radio group; one per
 * composite with a roving tabindex) is reached once, in DOM order, nothing
 * traps the focus, and each focused element shows a focus indicator (an
 * outline, or for a chart segment a stroke in the focus colour) of at least
 * 3:1 against the widget's surface.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchChromium, newPage, waitForRendered, widgetNames } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** In the page: a description of the deepest focused element (through shadow roots), or null. */
const describeFocus = () => {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === document.body) return null;
  const host = (active.getRootNode() as ShadowRoot).host as Element | undefined;
  const path: string[] = [];
  for (let node: Element | null = active; node && node !== host; node = node.parentElement) {
    const index = node.parentElement ? [...node.parentElement.children].indexOf(node) : 0;
    path.unshift(`${node.localName}:${index}`);
  }
  return { id: `${host?.localName ?? 'page'}/${path.join('/')}`, host: host?.localName ?? null };
};

/** In the page: the tab stops inside `tag`'s shadow root, in DOM order, as Chromium tabs through them. */
const expectedStops = (tag: string) => {
  const root = document.querySelector(tag)!.shadowRoot!;
  const stops: Element[] = [];
  const seenGroups = new Set<string>();
  const visible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  const walk = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      if (!(element instanceof HTMLElement || element instanceof SVGElement)) continue;
      if (element.closest('[inert]') || (element as HTMLElement & { disabled?: boolean }).disabled) continue;
      if (element.closest('details:not([open]) > :not(summary)')) continue;
      const focusable = element.tabIndex >= 0 && (element.hasAttribute('tabindex') || element.matches('a[href], button, input, select, textarea, summary'));
      if (!focusable || !visible(element)) continue;
      if (element instanceof HTMLInputElement && element.type === 'radio') {
        // One stop per group: the checked radio, else the first one.
        if (seenGroups.has(element.name)) continue;
        const group = [...root.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(element.name)}"]`)];
        seenGroups.add(element.name);
        stops.push(group.find((radio) => radio.checked) ?? element);
        continue;
      }
      stops.push(element);
    }
  };
  walk(root);
  return stops.map((element) => {
    const path: string[] = [];
    for (let node: Element | null = element; node; node = node.parentElement) {
      const index = node.parentElement ? [...node.parentElement.children].indexOf(node) : 0;
      path.unshift(`${node.localName}:${index}`);
    }
    return `${tag}/${path.join('/')}`;
  });
};

/** In the page: whether the focused element shows an indicator of >= 3:1 against the widget's surface. */
const focusIndicator = () => {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const style = getComputedStyle(active!);
  const base = (active!.getRootNode() as ShadowRoot).querySelector('[part~="base"]')!;
  const surface = getComputedStyle(base).backgroundColor;
  let outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
  const shadow = style.boxShadow !== 'none';
  let indicatorColor = style.outlineColor;
  if (!outline && !shadow && active instanceof SVGElement) {
    // A chart segment shows focus as a stroke of the theme's focus colour drawn around it.
    const probe = document.createElement('span');
    probe.style.color = getComputedStyle(base).getPropertyValue('--_color-focus').trim();
    base.append(probe);
    const focusColor = getComputedStyle(probe).color;
    probe.remove();
    const ring = [...active.ownerSVGElement!.querySelectorAll('*')].find((element) => {
      const ringStyle = getComputedStyle(element);
      return ringStyle.stroke === focusColor && parseFloat(ringStyle.strokeWidth) >= 2 && element.getClientRects().length > 0;
    });
    if (ring) {
      outline = true;
      indicatorColor = focusColor;
    }
  }
  if (!outline && !shadow) return `none on ${active!.localName}.${[...active!.classList].join('.')}`;
  const rgb = (color: string) => color.match(/[\d.]+/g)!.slice(0, 3).map(Number);
  const luminance = (color: string) =>
    rgb(color)
      .map((value) => value / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
      .reduce((sum, c, index) => sum + c * [0.2126, 0.7152, 0.0722][index]!, 0);
  const [a, b] = [luminance(outline ? indicatorColor : surface), luminance(surface)].sort((x, y) => y - x) as [number, number];
  const ratio = (a + 0.05) / (b + 0.05);
  return outline && ratio < 3 ? `outline ${style.outlineColor} on ${surface}: ${ratio.toFixed(2)}:1` : 'ok';
};

async function walk(page: Page, tag: string, key: 'Tab' | 'Shift+Tab', limit: number): Promise<{ stops: string[]; problems: string[] }> {
  const stops: string[] = [];
  const problems: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const focus = await page.evaluate(describeFocus);
    if (!focus || focus.host !== tag) return { stops, problems };
    if (stops.at(-1) === focus.id) problems.push(`focus stuck on ${focus.id}`);
    stops.push(focus.id);
    const indicator = await page.evaluate(focusIndicator);
    if (indicator !== 'ok') problems.push(`${focus.id}: ${indicator}`);
  }
  problems.push(`still inside <${tag}> after ${limit} presses: a trap?`);
  return { stops, problems };
}

describe('keyboard walk on the demo page', () => {
  it.each(widgetNames)('<digi-%s>: Tab and Shift+Tab reach every stop once, in order, with a visible focus', async (name) => {
    const tag = `digi-${name}`;
    const { page } = await newPage(browser, { width: 1280, height: 900 });
    await page.goto(`${baseUrl()}/demo/`);
    await waitForRendered(page, tag);
    await page.waitForLoadState('networkidle');
    const expected = await page.evaluate(expectedStops, tag);
    expect(expected.length, `tab stops in <${tag}>`).toBeGreaterThan(0);

    // Start on a focusable placed just before the widget, so the next Tab enters it.
    await page.evaluate((host) => {
      const before = document.createElement('button');
      before.textContent = 'voor';
      before.id = 'before-widget';
      const after = document.createElement('button');
      after.textContent = 'na';
      after.id = 'after-widget';
      const widget = document.querySelector(host)!;
      widget.before(before);
      widget.after(after);
      before.focus();
    }, tag);
    const forward = await walk(page, tag, 'Tab', expected.length + 20);
    expect(forward.problems).toEqual([]);
    expect(forward.stops).toEqual(expected);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('after-widget');

    const backward = await walk(page, tag, 'Shift+Tab', expected.length + 20);
    expect(backward.problems).toEqual([]);
    // Backwards, a radio group without a checked radio is entered at its last radio.
    const group = (id: string) => id.replace(/input:\d+$/, 'input');
    expect(backward.stops.map(group)).toEqual([...expected].reverse().map(group));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before-widget');
    await page.context().close();
  });
});
