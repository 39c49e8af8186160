/** Behaviour of the shared disclosure primitive, rendered in `<digi-primitive-preview>` (see test/support/primitives.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from '@open-wc/testing';
import { disclosure } from '../../../src/primitives/index.js';
import { render, cleanUpPrimitives } from '../../support/primitives.js';

afterEach(cleanUpPrimitives);

describe('disclosure', () => {
  it('opens with Enter on its summary and reports the new state', async () => {
    const onToggle = vi.fn();
    const { $ } = await render(() =>
      disclosure({
        id: 'how',
        summary: 'Hoe berekenen we dit?',
        content: html`<p>Zo.</p>`,
        onToggle: (open) => onToggle(open),
      }),
    );
    const details = $<HTMLDetailsElement>('details');
    const summary = $('summary');
    expect(details.id).toBe('how');
    expect(details.open).toBe(false);
    expect(summary.querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(summary.textContent!.trim()).toBe('Hoe berekenen we dit?');

    summary.focus();
    await userEvent.keyboard('{Enter}');
    expect(details.open).toBe(true);
    await vi.waitFor(() => expect(onToggle).toHaveBeenLastCalledWith(true));

    await userEvent.keyboard(' ');
    expect(details.open).toBe(false);
    await vi.waitFor(() => expect(onToggle).toHaveBeenLastCalledWith(false));
  });

  it('starts open when asked', async () => {
    const { $ } = await render(() => disclosure({ summary: 'Details', content: 'Inhoud', open: true }));
    expect($<HTMLDetailsElement>('details').open).toBe(true);
  });
});
