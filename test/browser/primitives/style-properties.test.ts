/** Behaviour of the shared style-properties primitive, rendered in `<digi-primitive-preview>` (see test/support/primitives.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { html } from '@open-wc/testing';
import { styleProperties } from '../../../src/primitives/index.js';
import { statefulPreview } from '../../../stories/support/primitive-preview.js';
import { mount, cleanUpPrimitives } from '../../support/primitives.js';

afterEach(cleanUpPrimitives);

describe('styleProperties', () => {
  it('sets, updates and removes inline properties through the CSSOM, never a style attribute in the template', async () => {
    const setAttribute = vi.spyOn(Element.prototype, 'setAttribute');
    const { host, $ } = await mount(
      statefulPreview({ wide: true }, (state, update) =>
        html`<div class="probe" ${styleProperties(state.wide ? { 'inline-size': '40%', 'block-size': '2px' } : { 'inline-size': '10%' })}></div>
          <button type="button" @click=${() => update({ wide: false })}>smaller</button>`,
      ),
    );
    expect($('.probe').style.inlineSize).toBe('40%');
    expect($('.probe').style.blockSize).toBe('2px');
    expect(setAttribute.mock.calls.filter(([name]) => name === 'style')).toEqual([]);
    $('button').click();
    await host.updateComplete;
    expect($('.probe').style.inlineSize).toBe('10%');
    expect($('.probe').style.blockSize).toBe('');
    setAttribute.mockRestore();
  });
});
