/**
 * Every widget but the sign-in button is a region named by its title, and
 * `hide-title` leaves the built-in title (and introduction) out for a page
 * that has its own heading, keeping the region's name and the widget's
 * heading levels.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/components/cost-calculator/define.js';
import '../../src/components/competentieroos/define.js';
import '../../src/components/refurbisher-finder/define.js';
import '../../src/components/cyber-checklist/define.js';
import '../../src/components/leerid-login/define.js';
import type { DigiElement } from '../../src/core/digi-element.js';
import { expectAccessible } from '../support/a11y.js';

afterEach(() => {
  fixtureCleanup();
  localStorage.clear();
});

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const profile = { '1.1': 'B1', '1.2': 'B2', '2.1': 'C1', '3.1': 'A2', '4.1': 'A1', '5.1': 'B1', '6.1': 'B2' };

const widgets = [
  { tag: 'digi-cost-calculator', title: 'Wat kosten digitale toestellen?', intro: '.calc__intro' },
  { tag: 'digi-refurbisher-finder', title: 'Vind een erkende refurbisher', intro: '.intro' },
  { tag: 'digi-cyber-checklist', title: 'Cyberveiligheid en privacy op school: groeipad', intro: undefined },
  { tag: 'digi-competentieroos', title: 'Competentieroos', intro: undefined },
];

async function mount(tag: string, hideTitle: boolean): Promise<DigiElement> {
  const wrapper = await fixture<HTMLDivElement>(
    staticHtml`<div lang="nl-BE"><${unsafeStatic(tag)} ?hide-title=${hideTitle} .profile=${profile}></${unsafeStatic(tag)}></div>`,
  );
  const el = wrapper.firstElementChild as DigiElement;
  // Content that loads (the feed, the checklist, the framework) is there once the space is let go.
  await vi.waitFor(() => expect(el.matches(':state(pending)')).toBe(false), { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** The headings a person sees (the checklist's report, for print, keeps its own title). */
const headings = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].filter((heading) => heading.checkVisibility());

const levelOf = (heading: Element) => Number(heading.getAttribute('aria-level') ?? heading.localName.slice(1));

describe('the widget as a region, and hide-title', () => {
  for (const { tag, title, intro } of widgets) {
    it(`<${tag}> is a region named by its title, shown as its heading`, async () => {
      const el = await mount(tag, false);
      const region = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(region.getAttribute('role')).toBe('region');
      expect(norm(region.getAttribute('aria-label'))).toContain(title);
      expect(norm(headings(el)[0]!.textContent)).toBe(norm(region.getAttribute('aria-label')));
      expect(levelOf(headings(el)[0]!)).toBe(2);
      if (intro) expect(el.shadowRoot!.querySelector(intro)).not.toBeNull();
    });

    it(`<${tag} hide-title> leaves the title${intro ? ' and introduction' : ''} out, keeps the region's name and the levels below the title`, async () => {
      const shown = await mount(tag, false);
      const name = shown.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label');
      const levels = headings(shown).slice(1).map(levelOf);
      fixtureCleanup();
      const el = await mount(tag, true);
      const region = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(region.getAttribute('role')).toBe('region');
      expect(region.getAttribute('aria-label')).toBe(name);
      expect(headings(el).map((heading) => norm(heading.textContent))).not.toContain(norm(name));
      expect(headings(el).map(levelOf)).toEqual(levels);
      if (intro) expect(el.shadowRoot!.querySelector(intro)).toBeNull();
      await expectAccessible(el, `${tag} hide-title`);
    });
  }

  it('the rose without its title still names its chart by it', async () => {
    const el = await mount('digi-competentieroos', true);
    const chart = el.shadowRoot!.querySelector('[aria-labelledby~="rose-title"]')!;
    expect(chart).not.toBeNull();
    expect(norm(el.shadowRoot!.getElementById('rose-title')!.textContent)).toBe('Competentieroos');
  });

  it('the sign-in button is no region', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl-BE">
      <digi-leerid-login client-id="app" issuer="https://leerid.example.test" redirect-uri=${location.href}></digi-leerid-login>
    </div>`);
    const el = wrapper.querySelector<DigiElement>('digi-leerid-login')!;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="region"]')).toBeNull();
  });
});
