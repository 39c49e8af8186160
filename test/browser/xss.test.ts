/**
 * XSS corpus in every text field of every feed, config and content a widget
 * accepts, and in its text attributes: nothing executes (a global trap counts
 * calls), no element is made from the payloads, and no link gets a
 * `javascript:` address. Each widget is also opened up (disclosures, table
 * view, comparison) so that text shown only after a click is covered.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import '../../src/components/competentieroos/define.js';
import '../../src/components/cost-calculator/define.js';
import '../../src/components/cyber-checklist/define.js';
import '../../src/components/leerid-login/define.js';
import '../../src/components/refurbisher-finder/define.js';
import { sampleFeed } from '../../src/components/refurbisher-finder/sample-feed.js';

declare global {
  interface Window {
    __xssHits: number;
    __xss: () => void;
  }
}

const payloads = [
  '<script>window.__xss()</script>',
  '<img src=x onerror="window.__xss()">',
  '<svg onload="window.__xss()"><circle r="1"/></svg>',
  '"><img src=x onerror=window.__xss()>',
  "'><svg/onload=window.__xss()>",
  'javascript:window.__xss()',
  '<a href="javascript:window.__xss()">klik</a>',
  '${window.__xss()}',
  '{{constructor.constructor("window.__xss()")()}}',
  '<iframe srcdoc="<script>parent.__xss()</script>"></iframe>',
  '<style>@import "javascript:window.__xss()"</style>',
  '<details open ontoggle=window.__xss()>',
];
const payload = (index: number) => payloads[index % payloads.length]!;

/** Every string leaf of `value` replaced by a payload (numbers and ids left alone where asked). */
function poison<T>(value: T, keep: (key: string) => boolean = () => false, counter = { i: 0 }): T {
  if (typeof value === 'string') return payload(counter.i++) as T;
  if (Array.isArray(value)) return value.map((item) => poison(item, keep, counter)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, keep(key) ? item : poison(item, keep, counter)])) as T;
  }
  return value;
}

/** Shadow-deep: elements the payloads could have made, and links with a javascript: address. */
function damage(root: Element): string[] {
  const found: string[] = [];
  const walk = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.matches('script, iframe, img[onerror], svg[onload], details[ontoggle], style:not([data-lit])')) found.push(element.outerHTML.slice(0, 80));
      const href = element.getAttribute('href') ?? element.getAttribute('xlink:href');
      if (href && /^\s*javascript:/i.test(href)) found.push(`javascript link: ${element.outerHTML.slice(0, 80)}`);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root);
  if (root.shadowRoot) walk(root.shadowRoot);
  return found;
}

/** Opens what a person can open: disclosures, the table view, up to three comparisons. */
async function openEverything(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  const root = el.shadowRoot!;
  for (const summary of root.querySelectorAll<HTMLElement>('summary')) summary.click();
  for (const button of root.querySelectorAll<HTMLButtonElement>('button')) {
    if (/^Tabel\b/.test(button.textContent?.trim() ?? '')) button.click();
  }
  for (const label of root.querySelectorAll<HTMLLabelElement>('.card__footer .choice__label')) {
    if (/^Vergelijk\b/.test(label.textContent?.trim() ?? '')) label.control?.click();
  }
  await el.updateComplete;
  for (const summary of root.querySelectorAll<HTMLElement>('details:not([open]) > summary')) summary.click();
  await el.updateComplete;
}

beforeEach(() => {
  window.__xssHits = 0;
  window.__xss = () => {
    window.__xssHits++;
  };
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

async function check(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await el.updateComplete;
  await openEverything(el);
  await new Promise((done) => setTimeout(done, 50));
  expect(window.__xssHits, 'payload calls').toBe(0);
  expect(damage(el)).toEqual([]);
}

/** The payloads shown as text, so the checks above really had them on screen. */
function shownAsText(el: Element): number {
  const text = [el.shadowRoot!.textContent ?? '', ...[...el.shadowRoot!.querySelectorAll('*')].map((element) => element.getAttribute('aria-label') ?? '')].join('\n');
  return payloads.filter((candidate) => text.includes(candidate)).length;
}

describe('XSS corpus in every text field', () => {
  it('<digi-refurbisher-finder>: every string of the feed', async () => {
    const feed = poison(structuredClone(sampleFeed), (key) => ['id', 'version', 'postcode', 'provinces', 'deviceTypes', 'services', 'languages', 'destinations', 'updated', 'lang'].includes(key));
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<digi-refurbisher-finder .data=${feed}></digi-refurbisher-finder>`);
    await check(el);
    expect(shownAsText(el)).toBeGreaterThanOrEqual(8);
    // Websites that were payloads are not links.
    expect([...el.shadowRoot!.querySelectorAll('a')].every((a) => /^(https?:|mailto:|tel:|#)/.test(a.getAttribute('href') ?? '#'))).toBe(true);
  });

  it('<digi-cost-calculator>: scenario names and source labels and links', async () => {
    const config = {
      scenarios: [{ name: payload(0) }, { name: payload(1), acquisition: 'lease' }, { name: payload(2) }],
      sources: { vatRate: { label: payload(3), url: payload(5) }, devices: { label: payload(4), url: 'javascript:window.__xss()' } },
    };
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<digi-cost-calculator .config=${config}></digi-cost-calculator>`);
    await check(el);
    expect(shownAsText(el)).toBeGreaterThanOrEqual(3);
  });

  it('<digi-competentieroos>: framework names, levels, descriptions and labels', async () => {
    const framework = {
      name: payload(0),
      areas: [{ id: 'a', name: payload(1), code: '<i>' }, { id: 'b', name: { nl: payload(3), en: payload(2) } }],
      competences: [
        { id: 'c1', area: 'a', name: payload(4), description: payload(5) },
        { id: 'c2', area: 'b', name: payload(6), description: { nl: payload(7) } },
      ],
      levels: [{ id: 'L1', name: payload(8) }, { id: 'L2', name: payload(9) }],
    };
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<digi-competentieroos .framework=${framework} .profile=${{ c1: 'L1', c2: 'L2' }} .comparison=${{ c1: 'L2', c2: 'L1' }} label=${payload(10)} profile-label=${payload(11)} comparison-label=${payload(1)}></digi-competentieroos>`,
    );
    await check(el);
    expect(shownAsText(el)).toBeGreaterThanOrEqual(6);
  });

  it('<digi-cyber-checklist>: titles, reasons, steps, link labels and addresses, school name and notes', async () => {
    const content = {
      id: 'x',
      version: '1',
      title: payload(0),
      themes: [{ id: 't', title: payload(1), description: payload(2) }],
      measures: [
        { id: 'm1', theme: 't', level: 'basic', title: payload(3), why: payload(4), how: [payload(5), payload(6)], links: [{ label: payload(7), url: 'https://example.org/' }] },
        { id: 'm2', theme: 't', level: 'advanced', title: payload(8), why: payload(9), how: payload(10), links: [{ label: payload(11), url: 'javascript:window.__xss()' }] },
      ],
    };
    // The javascript: link makes the content invalid (it is refused, and named).
    const refused = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<digi-cyber-checklist storage="none" .content=${content}></digi-cyber-checklist>`);
    await check(refused);
    expect(refused.shadowRoot!.textContent).toContain('measures.1.links.0.url');

    content.measures[1]!.links = [];
    const state = {
      checklist: 'x',
      version: '1',
      school: payload(0),
      answers: { m1: { status: 'doing', note: payload(1), title: payload(2), changed: '2026-01-01T00:00:00.000Z' } },
      archived: [{ id: 'old', version: '0', status: 'done', note: payload(3), title: payload(4), changed: '2026-01-01T00:00:00.000Z' }],
      saved: '2026-01-01T00:00:00.000Z',
    };
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean>; view: string }>(html`<digi-cyber-checklist storage="none" .content=${content} .state=${state}></digi-cyber-checklist>`);
    await check(el);
    expect(shownAsText(el)).toBeGreaterThanOrEqual(8);
    el.view = 'report';
    await check(el);
  });

  it('<digi-leerid-login>: every attribute', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<digi-leerid-login issuer=${payload(5)} client-id=${payload(0)} redirect-uri=${payload(1)} scope=${payload(2)} login-hint=${payload(3)} prompt=${payload(4)}></digi-leerid-login>`,
    );
    await check(el);
  });
});
