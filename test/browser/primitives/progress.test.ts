/** Behaviour of the shared progress primitive, rendered in `<digi-primitive-preview>` (see test/support/primitives.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { html } from '@open-wc/testing';
import { progressBar, progressFraction } from '../../../src/primitives/index.js';
import { render, referenced, cleanUpPrimitives } from '../../support/primitives.js';

afterEach(cleanUpPrimitives);

describe('progressBar', () => {
  it('exposes its value as numbers and in words, labelled by its visible label', async () => {
    const { root, $ } = await render(() =>
      progressBar({ id: 'plan', label: 'Voortgang', value: 5, max: 12, valueText: '5 van 12 klaar (42 %)' }),
    );
    const bar = $('[role="progressbar"]');
    expect(bar.id).toBe('plan');
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('12');
    expect(bar.getAttribute('aria-valuenow')).toBe('5');
    expect(bar.getAttribute('aria-valuetext')).toBe('5 van 12 klaar (42 %)');
    expect(referenced(root, bar, 'aria-labelledby').map((element) => element.textContent)).toEqual(['Voortgang']);
    // The words are visible too (hidden from AT, which reads aria-valuetext).
    expect($('.progress__value').textContent).toBe('5 van 12 klaar (42 %)');
    expect(Number.parseFloat($('.progress__fill').style.inlineSize)).toBeCloseTo((5 / 12) * 100, 3);
  });

  it('clamps aria-valuenow and the fill into 0..max', async () => {
    const { $$ } = await render(
      () => html`${progressBar({ id: 'over', label: 'Te veel', value: 15, max: 10, valueText: '15 van 10' })}${progressBar({
        id: 'under',
        label: 'Te weinig',
        value: -3,
        max: 10,
        valueText: '-3 van 10',
      })}`,
    );
    const [over, under] = $$('[role="progressbar"]');
    expect(over!.getAttribute('aria-valuenow')).toBe('10');
    expect(over!.querySelector<HTMLElement>('.progress__fill')!.style.inlineSize).toBe('100%');
    expect(under!.getAttribute('aria-valuenow')).toBe('0');
    expect(under!.querySelector<HTMLElement>('.progress__fill')!.style.inlineSize).toBe('0%');
  });

  it('never writes NaN into the ARIA values when the value or max is not known yet', async () => {
    const { $$ } = await render(
      () => html`${progressBar({ id: 'nan', label: 'Onbekend', value: Number.NaN, max: 10, valueText: 'Nog niet berekend' })}${progressBar({
        id: 'nomax',
        label: 'Zonder maximum',
        value: 4,
        max: Number.NaN,
        valueText: 'Nog niet berekend',
      })}`,
    );
    const [unknownValue, unknownMax] = $$('[role="progressbar"]');
    expect([unknownValue!.getAttribute('aria-valuenow'), unknownValue!.getAttribute('aria-valuemax')]).toEqual(['0', '10']);
    expect([unknownMax!.getAttribute('aria-valuenow'), unknownMax!.getAttribute('aria-valuemax')]).toEqual(['0', '0']);
    expect(unknownValue!.getAttribute('aria-valuetext')).toBe('Nog niet berekend');
  });

  it('progressFraction clamps to 0..1 and is 0 without a positive max or a finite value', () => {
    expect(progressFraction(0, 12)).toBe(0);
    expect(progressFraction(3, 12)).toBe(0.25);
    expect(progressFraction(12, 12)).toBe(1);
    expect(progressFraction(20, 12)).toBe(1);
    expect(progressFraction(-1, 12)).toBe(0);
    expect(progressFraction(5, 0)).toBe(0);
    expect(progressFraction(5, -10)).toBe(0);
    expect(progressFraction(5, Number.NaN)).toBe(0);
    expect(progressFraction(Number.NaN, 10)).toBe(0);
    expect(progressFraction(Number.POSITIVE_INFINITY, 10)).toBe(0);
  });
});
