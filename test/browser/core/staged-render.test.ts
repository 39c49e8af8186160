/**
 * The first render in stages (DigiElement's `later`): the first screen in
 * the first update, each later stage in an update of its own after a yield;
 * `updateComplete` waits for the last; the space stays held until then; and
 * after the first complete render everything renders at once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import { state } from 'lit/decorators.js';
import { DigiElement } from '../../../src/core/digi-element.js';

class StagedProbe extends DigiElement {
  static override styles = [...DigiElement.styles, DigiElement.reservedSpace('cost-calculator')];
  @state() word = 'een';
  /** The paragraphs in the shadow root after each update, and whether the space was still held. */
  readonly seen: { ids: string[]; held: boolean }[] = [];
  protected renderContent() {
    return html`<p id="first">${this.word}</p>
      ${this.later(1, () => html`<p id="second">${this.word}</p>`)} ${this.later(2, () => html`<p id="third">${this.word}</p>`)}
      ${this.later(2, () => html`<p id="fourth">${this.word}</p>`)}`;
  }
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed as never);
    this.seen.push({
      ids: [...this.renderRoot.querySelectorAll('p')].map((p) => p.id),
      held: this.matches(':state(pending)'),
    });
  }
}
customElements.define('digi-staged-probe', StagedProbe);

/** A probe whose data comes later: a stand-in first, then the staged content. */
class LoadingStagedProbe extends StagedProbe {
  @state() ready = false;
  protected override get settled(): boolean {
    return this.ready;
  }
  protected override renderContent() {
    return this.ready ? super.renderContent() : html`<p id="loading">Laden…</p>`;
  }
}
customElements.define('digi-loading-staged-probe', LoadingStagedProbe);

afterEach(() => fixtureCleanup());

describe('staged first render', () => {
  it('draws the first screen first and each later stage in an update of its own', async () => {
    const probe = await fixture<StagedProbe>(html`<digi-staged-probe></digi-staged-probe>`);
    await probe.updateComplete;
    expect(probe.seen.map((update) => update.ids)).toEqual([['first'], ['first', 'second'], ['first', 'second', 'third', 'fourth']]);
  });

  it('holds the space until the last stage is drawn, and updateComplete waits for it', async () => {
    const probe = await fixture<StagedProbe>(html`<digi-staged-probe></digi-staged-probe>`);
    await probe.updateComplete;
    expect(probe.seen.map((update) => update.held)).toEqual([true, true, false]);
    expect(probe.matches(':state(pending)')).toBe(false);
    expect(probe.renderRoot.querySelectorAll('p')).toHaveLength(4);
  });

  it('renders everything in one update once the first render is complete', async () => {
    const probe = await fixture<StagedProbe>(html`<digi-staged-probe></digi-staged-probe>`);
    await probe.updateComplete;
    const before = probe.seen.length;
    probe.word = 'twee';
    await probe.updateComplete;
    expect(probe.seen.length).toBe(before + 1);
    expect([...probe.renderRoot.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['twee', 'twee', 'twee', 'twee']);
  });

  it('keeps going when the element changes between stages, one stage per yield', async () => {
    const probe = await fixture<StagedProbe>(html`<digi-staged-probe></digi-staged-probe>`);
    // A change before the second stage: its update still draws only the first screen.
    probe.word = 'drie';
    await probe.updateComplete;
    const counts = probe.seen.map((update) => update.ids.length);
    expect(counts.at(-1)).toBe(4);
    // Never a jump past a stage: 1, (1,) 2, 4.
    expect(counts.filter((count, index) => count !== counts[index - 1])).toEqual([1, 2, 4]);
    expect(probe.renderRoot.querySelector('#fourth')!.textContent).toBe('drie');
  });

  it('waits for the real content: a stand-in first, then the stages, the space held throughout', async () => {
    const probe = await fixture<LoadingStagedProbe>(html`<digi-loading-staged-probe></digi-loading-staged-probe>`);
    await probe.updateComplete;
    expect(probe.seen).toEqual([{ ids: ['loading'], held: true }]);
    probe.ready = true;
    await probe.updateComplete;
    expect(probe.seen.slice(1)).toEqual([
      { ids: ['first'], held: true },
      { ids: ['first', 'second'], held: true },
      { ids: ['first', 'second', 'third', 'fourth'], held: false },
    ]);
  });
});
