/** Behaviour of the shared card primitive, rendered in `<digi-primitive-preview>` (see test/support/primitives.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { html } from '@open-wc/testing';
import { button, card } from '../../../src/primitives/index.js';
import { render, referenced, cleanUpPrimitives } from '../../support/primitives.js';

afterEach(cleanUpPrimitives);

describe('card', () => {
  it('is a section labelled by its title, a heading at the given level', async () => {
    const { root, $ } = await render(() =>
      card({
        id: 'budget',
        eyebrow: 'Subsidie',
        title: 'Digisprong-budget',
        body: html`<p>Tekst.</p>`,
        footer: button({ label: 'Aanvragen' }),
        headingLevel: 2,
      }),
    );
    const section = $('section');
    expect(section.id).toBe('budget');
    const [title] = referenced(root, section, 'aria-labelledby');
    expect(title!.textContent).toBe('Digisprong-budget');
    expect(title!.getAttribute('role')).toBe('heading');
    expect(title!.getAttribute('aria-level')).toBe('2');
    expect($('.card__eyebrow').textContent).toBe('Subsidie');
    expect($('.card__footer button').textContent!.trim()).toBe('Aanvragen');
  });
});
