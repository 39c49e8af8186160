/**
 * `loading`: a lazy widget renders only when it comes near the viewport and
 * holds its space until its content is drawn (`:state(pending)`); eager,
 * the default outside the autoloader, renders at once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { DigiElement } from '../../src/core/digi-element.js';
import { loadingMetaName, useLazyByDefault } from '../../src/core/loading.js';
import { reservedBlockSizes } from '../../src/core/reserved-space.js';

/** A widget that holds the rose's space and may show a stand-in until `ready`. */
class LoadingProbe extends DigiElement {
  static override styles = [...DigiElement.styles, DigiElement.reservedSpace('competentieroos')];
  @state() ready = true;
  renders = 0;
  protected override get settled(): boolean {
    return this.ready;
  }
  protected renderContent() {
    this.renders++;
    return this.ready ? html`<p style="block-size: 2000px">Inhoud</p>` : html`<p>Laden…</p>${nothing}`;
  }
}
customElements.define('digi-loading-probe', LoadingProbe);

const frames = async (count = 3) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};
const isPending = (probe: Element) => probe.matches(':state(pending)');
/** A probe `offset` px below the top of the page, in a page taller than that. */
const probeAt = async (offset: number, attributes = '') => {
  const wrapper = await fixture<HTMLElement>(html`<div>
    <div style="block-size: ${offset}px"></div>
    <div class="slot"></div>
    <div style="block-size: 20000px"></div>
  </div>`);
  wrapper.querySelector('.slot')!.innerHTML = `<digi-loading-probe ${attributes}></digi-loading-probe>`;
  const probe = wrapper.querySelector<LoadingProbe>('digi-loading-probe')!;
  await frames();
  return probe;
};
const viewportHeight = () => document.documentElement.clientHeight;

afterEach(() => {
  fixtureCleanup();
  useLazyByDefault(false);
  document.querySelector(`meta[name="${loadingMetaName}"]`)?.remove();
  window.scrollTo(0, 0);
  vi.restoreAllMocks();
});

describe('loading', () => {
  it('is eager by default: a widget far below the viewport renders at once', async () => {
    const probe = await probeAt(10 * viewportHeight());
    await probe.updateComplete;
    expect(probe.hasUpdated).toBe(true);
    expect(isPending(probe)).toBe(false);
  });

  it('lazy: far below it holds its space and renders nothing until it is scrolled near', async () => {
    const offset = 10 * viewportHeight();
    const probe = await probeAt(offset, 'loading="lazy"');
    await frames(5);
    expect(probe.hasUpdated).toBe(false);
    expect(probe.renders).toBe(0);
    expect(isPending(probe)).toBe(true);
    // min(100vh, 749px), the rose's figure.
    expect(reservedBlockSizes.competentieroos).toBe('min(100vh, 749px)');
    expect(probe.getBoundingClientRect().height).toBe(Math.min(viewportHeight(), 749));

    window.scrollTo(0, offset - viewportHeight());
    await vi.waitFor(() => expect(probe.hasUpdated).toBe(true));
    await probe.updateComplete;
    expect(isPending(probe)).toBe(false);
    expect(probe.getBoundingClientRect().height).toBeGreaterThanOrEqual(2000);
  });

  it('lazy: within one and a half viewports of the screen counts as near, beyond does not', async () => {
    const near = await probeAt(Math.round(2.2 * viewportHeight()), 'loading="lazy"');
    await vi.waitFor(() => expect(near.hasUpdated).toBe(true));
    const far = await probeAt(Math.round(2.8 * viewportHeight()), 'loading="lazy"');
    await frames(5);
    expect(far.hasUpdated).toBe(false);
  });

  it('the autoloader makes lazy the default; loading="eager" and the page meta tag opt out', async () => {
    useLazyByDefault();
    const offset = 10 * viewportHeight();
    expect((await probeAt(offset)).hasUpdated).toBe(false);
    const eager = await probeAt(offset, 'loading="eager"');
    await eager.updateComplete;
    expect(eager.hasUpdated).toBe(true);

    const meta = Object.assign(document.createElement('meta'), { name: loadingMetaName, content: 'eager' });
    document.head.append(meta);
    const byMeta = await probeAt(offset);
    await byMeta.updateComplete;
    expect(byMeta.hasUpdated).toBe(true);
  });

  it('setting loading to eager renders a waiting widget at once', async () => {
    const probe = await probeAt(10 * viewportHeight(), 'loading="lazy"');
    await frames();
    expect(probe.hasUpdated).toBe(false);
    probe.loading = 'eager';
    await vi.waitFor(() => expect(probe.hasUpdated).toBe(true));
  });

  it('a widget that is not displayed renders when it is shown', async () => {
    const probe = await probeAt(0, 'loading="lazy" hidden');
    await frames(5);
    expect(probe.hasUpdated).toBe(false);
    probe.hidden = false;
    await vi.waitFor(() => expect(probe.hasUpdated).toBe(true));
  });

  it('printing renders every waiting widget first', async () => {
    const probe = await probeAt(10 * viewportHeight(), 'loading="lazy"');
    await frames();
    expect(probe.hasUpdated).toBe(false);
    window.dispatchEvent(new Event('beforeprint'));
    await vi.waitFor(() => expect(probe.hasUpdated).toBe(true));
    // One that arrives while the page is being printed renders at once.
    const whilePrinting = await probeAt(10 * viewportHeight(), 'loading="lazy"');
    await vi.waitFor(() => expect(whilePrinting.hasUpdated).toBe(true));
    window.dispatchEvent(new Event('afterprint'));
    // After printing, lazy is lazy again.
    const later = await probeAt(10 * viewportHeight(), 'loading="lazy"');
    await frames(5);
    expect(later.hasUpdated).toBe(false);
  });

  it('a wrong value warns once, naming it, and loads as the default', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const probe = await probeAt(10 * viewportHeight(), 'loading="soon"');
    await probe.updateComplete;
    expect(probe.hasUpdated).toBe(true);
    probe.requestUpdate();
    await probe.updateComplete;
    const messages = warn.mock.calls.map((call) => String(call[0])).filter((text) => text.includes('loading="soon"'));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('"eager"');
  });

  it('keeps holding its space while it shows a stand-in, and lets go once its content is drawn', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const probe = document.createElement('digi-loading-probe') as LoadingProbe;
    probe.ready = false;
    wrapper.append(probe);
    await probe.updateComplete;
    expect(probe.hasUpdated).toBe(true);
    expect(isPending(probe)).toBe(true);
    expect(probe.getBoundingClientRect().height).toBe(Math.min(viewportHeight(), 749));
    probe.ready = true;
    await probe.updateComplete;
    expect(isPending(probe)).toBe(false);
  });

  it('a site sets the held space with --digi-reserved-block-size', async () => {
    const probe = await probeAt(10 * viewportHeight(), 'loading="lazy" style="--digi-reserved-block-size: 321px"');
    expect(probe.getBoundingClientRect().height).toBe(321);
  });
});
