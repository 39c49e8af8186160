import { describe, expect, it } from 'vitest';
import { fixture, html } from '@open-wc/testing';
import { DigiElement } from '../../src/core/digi-element.js';
import { button } from '../../src/primitives/button.js';
import { buttonStyles } from '../../src/primitives/button.js';
import { expectAccessible } from '../support/a11y.js';

class SmokeElement extends DigiElement {
  static override styles = [...DigiElement.styles, buttonStyles];
  protected renderContent() {
    return button({ label: 'Klik' });
  }
}
customElements.define('digi-smoke', SmokeElement);

describe('smoke', () => {
  it('renders', async () => {
    const el = await fixture<SmokeElement>(html`<div lang="fr-BE" data-digi-theme="oefen"><digi-smoke></digi-smoke></div>`);
    const smoke = el.querySelector('digi-smoke')!;
    await (smoke as SmokeElement).updateComplete;
    const btn = smoke.shadowRoot!.querySelector('button')!;
    expect(btn.textContent).toContain('Klik');
    expect(getComputedStyle(btn).backgroundColor).toBeTruthy();
    console.log(getComputedStyle(btn).color, getComputedStyle(btn).borderColor, getComputedStyle(smoke.shadowRoot!.querySelector('.root')!).fontSize);
    await expectAccessible(smoke);
  });
});
