import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import { DigiElement } from '../../src/core/digi-element.js';
import { button, buttonStyles } from '../../src/primitives/button.js';
import { iconStyles } from '../../src/primitives/icons.js';

/** A minimal widget: a busy button, whose "(bezig)" text is translated. */
class ContextProbe extends DigiElement {
  static override styles = [...DigiElement.styles, iconStyles, buttonStyles];
  protected renderContent() {
    return button({ label: 'Opslaan', busy: true, variant: 'primary' });
  }
  get intl() {
    return this.intlLocale;
  }
}
customElements.define('digi-context-probe', ContextProbe);

const probeIn = async (template: ReturnType<typeof html>) => {
  const wrapper = await fixture<HTMLElement>(template);
  const probe = (wrapper.matches('digi-context-probe') ? wrapper : wrapper.querySelector('digi-context-probe')) as ContextProbe;
  await probe.updateComplete;
  return probe;
};
const root = (probe: ContextProbe) => probe.shadowRoot!.querySelector<HTMLElement>('.root')!;
const busyText = (probe: ContextProbe) => probe.shadowRoot!.querySelector('.visually-hidden')!.textContent;
const buttonOf = (probe: ContextProbe) => probe.shadowRoot!.querySelector('button')!;

afterEach(() => {
  document.documentElement.style.fontSize = '';
  vi.restoreAllMocks();
});

describe('locale from the nearest lang', () => {
  it('uses the ancestor lang and translates primitives', async () => {
    const probe = await probeIn(html`<div lang="fr-BE"><digi-context-probe></digi-context-probe></div>`);
    expect(root(probe).lang).toBe('fr');
    expect(busyText(probe)).toBe('(en cours)');
    expect(probe.intl).toBe('fr-BE');
  });

  it("prefers the element's own lang over its ancestors'", async () => {
    const probe = await probeIn(html`<div lang="fr"><digi-context-probe lang="en"></digi-context-probe></div>`);
    expect(busyText(probe)).toBe('(busy)');
  });

  it('falls back to Dutch for an unsupported language and marks the content as Dutch', async () => {
    const probe = await probeIn(html`<div lang="de-DE"><digi-context-probe></digi-context-probe></div>`);
    expect(busyText(probe)).toBe('(bezig)');
    expect(root(probe).lang).toBe('nl');
  });

  it('follows a live change of an ancestor lang', async () => {
    const probe = await probeIn(html`<div lang="nl"><digi-context-probe></digi-context-probe></div>`);
    probe.parentElement!.lang = 'en';
    await vi.waitFor(() => expect(busyText(probe)).toBe('(busy)'));
    probe.parentElement!.lang = 'fr';
    await vi.waitFor(() => expect(busyText(probe)).toBe('(en cours)'));
  });

  it('reads lang across a shadow boundary (widget inside a host app component)', async () => {
    const host = await fixture<HTMLElement>(html`<section lang="en"><div></div></section>`);
    const shadow = host.querySelector('div')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<digi-context-probe></digi-context-probe>';
    const probe = shadow.querySelector('digi-context-probe') as ContextProbe;
    await probe.updateComplete;
    expect(busyText(probe)).toBe('(busy)');
  });
});

describe('theme', () => {
  it('takes the nearest ancestor data-digi-theme', async () => {
    const probe = await probeIn(html`<div data-digi-theme="oefen"><digi-context-probe></digi-context-probe></div>`);
    expect(getComputedStyle(buttonOf(probe)).backgroundColor).toBe('rgb(106, 44, 145)');
  });

  it("prefers the element's own theme and follows property changes", async () => {
    const probe = await probeIn(
      html`<div data-digi-theme="oefen"><digi-context-probe theme="klascement"></digi-context-probe></div>`,
    );
    expect(getComputedStyle(buttonOf(probe)).backgroundColor).toBe('rgb(0, 104, 94)');
    probe.theme = 'vlaanderen';
    await probe.updateComplete;
    // The button's colour transition runs its short course first.
    await vi.waitFor(() => expect(getComputedStyle(buttonOf(probe)).backgroundColor).toBe('rgb(0, 85, 204)'));
  });

  it('ends on the last of quick theme changes made while a theme loads', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><digi-context-probe></digi-context-probe></div>`);
    const probe = wrapper.querySelector<ContextProbe>('digi-context-probe')!;
    wrapper.dataset['digiTheme'] = 'oefen-dark';
    await Promise.resolve();
    wrapper.dataset['digiTheme'] = 'klascement-dark';
    await vi.waitFor(async () => {
      await probe.updateComplete;
      expect(getComputedStyle(root(probe)).backgroundColor).toBe('rgb(15, 23, 32)');
      expect(getComputedStyle(buttonOf(probe)).backgroundColor).toBe('rgb(143, 217, 207)');
    });
  });

  it('warns once about an unknown theme and uses the next one up', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const probe = await probeIn(
      html`<div data-digi-theme="oefen"><digi-context-probe theme="no-such-theme"></digi-context-probe></div>`,
    );
    expect(getComputedStyle(buttonOf(probe)).backgroundColor).toBe('rgb(106, 44, 145)');
    probe.requestUpdate();
    await probe.updateComplete;
    expect(warn.mock.calls.filter(([text]) => String(text).includes('"no-such-theme"'))).toHaveLength(1);
  });

  it("lets the host page's --digi-* custom properties win, set on any ancestor", async () => {
    const probe = await probeIn(
      html`<div style="--digi-color-primary: #123456"><digi-context-probe theme="klascement"></digi-context-probe></div>`,
    );
    expect(getComputedStyle(buttonOf(probe)).backgroundColor).toBe('rgb(18, 52, 86)');
  });

  it('is not shrunk by a host page that sets html { font-size: 62.5% }', async () => {
    document.documentElement.style.fontSize = '62.5%';
    const probe = await probeIn(html`<div><digi-context-probe></digi-context-probe></div>`);
    expect(getComputedStyle(root(probe)).fontSize).toBe('16px');
    expect(buttonOf(probe).getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  });

  it('insets the content of a dark theme from the edge of the block it paints, with round corners; light themes blend in', async () => {
    for (const [theme, inset, radius] of [
      ['vlaanderen', '0px', '0px'],
      ['klascement', '0px', '0px'],
      ['vlaanderen-dark', '16px', '4px'],
      ['klascement-dark', '16px', '6px'],
      ['oefen-dark', '16px', '10px'],
    ] as const) {
      const probe = await probeIn(html`<div><digi-context-probe theme=${theme}></digi-context-probe></div>`);
      const style = getComputedStyle(root(probe));
      expect([style.paddingTop, style.paddingInlineStart, style.borderTopLeftRadius], theme).toEqual([inset, inset, radius]);
    }
    // A site sets its own: --digi-surface-padding and --digi-surface-radius.
    const own = await probeIn(
      html`<div style="--digi-surface-padding: 24px; --digi-surface-radius: 0px"><digi-context-probe theme="vlaanderen-dark"></digi-context-probe></div>`,
    );
    expect([getComputedStyle(root(own)).paddingTop, getComputedStyle(root(own)).borderTopLeftRadius]).toEqual(['24px', '0px']);
  });

  it('gives wai-not larger type and targets', async () => {
    const probe = await probeIn(html`<div data-digi-theme="wai-not"><digi-context-probe></digi-context-probe></div>`);
    expect(getComputedStyle(root(probe)).fontSize).toBe('20px');
    expect(buttonOf(probe).getBoundingClientRect().height).toBeGreaterThanOrEqual(56);
  });

  it('keeps typography when the host page resets everything', async () => {
    const style = document.createElement('style');
    style.textContent = '* { all: unset; letter-spacing: 3px; font-size: 8px; }';
    document.head.append(style);
    try {
      const probe = await probeIn(html`<div><digi-context-probe></digi-context-probe></div>`);
      const styles = getComputedStyle(root(probe));
      expect(styles.fontSize).toBe('16px');
      expect(styles.letterSpacing).toBe('normal');
    } finally {
      style.remove();
    }
  });
});

describe('announcer', () => {
  it('prepares the shared live regions in the light DOM on connect', async () => {
    await probeIn(html`<div><digi-context-probe></digi-context-probe></div>`);
    const polite = document.getElementById('digi-announcer-polite')!;
    expect(polite.getRootNode()).toBe(document);
    expect(polite.getAttribute('aria-live')).toBe('polite');
    expect(document.querySelectorAll('#digi-announcer-polite')).toHaveLength(1);
  });
});

/** A widget with a part it loads on demand: each render waits for `loadBeforeUpdate`. */
class LazyProbe extends DigiElement {
  loads = 0;
  loadedPart: string | undefined;
  next?: { promise: Promise<void>; resolve: () => void };
  protected override loadBeforeUpdate(): Promise<unknown> | undefined {
    if (this.loadedPart !== undefined || !this.next) return undefined;
    this.loads += 1;
    return this.next.promise.then(() => {
      this.loadedPart = 'geladen';
    });
  }
  protected renderContent() {
    return html`<p>${this.loadedPart ?? 'zonder deel'}</p>`;
  }
}
customElements.define('digi-lazy-probe', LazyProbe);

describe('parts loaded before an update', () => {
  it('renders only once the part is there, and asks once', async () => {
    let resolve!: () => void;
    const promise = new Promise<void>((done) => (resolve = done));
    const probe = document.createElement('digi-lazy-probe') as LazyProbe;
    probe.next = { promise, resolve };
    document.body.append(probe);
    await new Promise((done) => setTimeout(done, 50));
    expect(probe.hasUpdated).toBe(false);
    expect(probe.shadowRoot?.textContent ?? '').not.toContain('geladen');
    resolve();
    await vi.waitFor(() => expect(probe.shadowRoot!.textContent).toContain('geladen'));
    expect(probe.loads).toBe(1);
    probe.requestUpdate();
    await probe.updateComplete;
    expect(probe.loads).toBe(1);
    probe.remove();
  });

  it('renders at once when nothing needs loading', async () => {
    const probe = await fixture<LazyProbe>(html`<digi-lazy-probe></digi-lazy-probe>`);
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).toContain('zonder deel');
    expect(probe.loads).toBe(0);
  });
});

describe('font', () => {
  it('font="inherit" writes in the page font, in the rose\'s drawing too; without it the theme font; a wrong value warns', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const wrapper = await fixture<HTMLElement>(html`<div style="font-family: Georgia, serif">
      <digi-context-probe font="inherit"></digi-context-probe>
      <digi-context-probe></digi-context-probe>
      <digi-context-probe font="page"></digi-context-probe>
    </div>`);
    const [inherited, themed, wrong] = [...wrapper.querySelectorAll<ContextProbe>('digi-context-probe')];
    await Promise.all([inherited!.updateComplete, themed!.updateComplete, wrong!.updateComplete]);
    expect(getComputedStyle(root(inherited!)).fontFamily).toBe('Georgia, serif');
    expect(getComputedStyle(root(themed!)).fontFamily).not.toContain('Georgia');
    expect(getComputedStyle(root(wrong!)).fontFamily).not.toContain('Georgia');
    expect(warn.mock.calls.map((call) => String(call[0])).filter((text) => text.includes('font="page"'))).toHaveLength(1);
  });
});
