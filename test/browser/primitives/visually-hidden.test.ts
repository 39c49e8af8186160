/** Behaviour of the shared visually-hidden primitive, rendered in `<digi-primitive-preview>` (see test/support/primitives.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { html } from '@open-wc/testing';
import { visuallyHidden } from '../../../src/primitives/index.js';
import { render, cleanUpPrimitives } from '../../support/primitives.js';

afterEach(cleanUpPrimitives);

describe('visuallyHidden', () => {
  it('keeps the text in the accessible name but clips it from view', async () => {
    const { $ } = await render(
      () => html`<button type="button" class="btn">Verwijderen${visuallyHidden(': Koptelefoon')}</button>`,
    );
    const hidden = $('.visually-hidden');
    expect($('button').textContent).toBe('Verwijderen: Koptelefoon');
    const style = getComputedStyle(hidden);
    expect(style.position).toBe('absolute');
    expect(style.clipPath).toBe('inset(50%)');
    expect(hidden.getBoundingClientRect().width).toBeLessThanOrEqual(1);
  });
});
