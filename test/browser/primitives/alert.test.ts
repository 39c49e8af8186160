/** Behaviour of the shared alert primitive, rendered in `<digi-primitive-preview>` (see test/support/primitives.ts). */
import { afterEach, describe, expect, it } from 'vitest';
import { html } from '@open-wc/testing';
import { alert, button, type AlertTone } from '../../../src/primitives/index.js';
import { render, cleanUpPrimitives } from '../../support/primitives.js';

afterEach(cleanUpPrimitives);

describe('alert', () => {
  const toneNames: Record<AlertTone, string> = {
    info: 'Informatie',
    success: 'Gelukt',
    warning: 'Let op',
    danger: 'Probleem',
  };

  it("titles each tone with the tone's name, so tone is never colour alone", async () => {
    const tones = Object.keys(toneNames) as AlertTone[];
    const { $$ } = await render(() => tones.map((tone) => alert({ tone, message: 'Bericht.' })));
    const titles = $$('.alert__title');
    expect(titles.map((title) => title.textContent)).toEqual(tones.map((tone) => toneNames[tone]));
    for (const title of titles) {
      expect(title.getAttribute('role')).toBe('heading');
      expect(title.getAttribute('aria-level')).toBe('3');
    }
    expect($$('.alert > svg').every((svg) => svg.getAttribute('aria-hidden') === 'true')).toBe(true);
  });

  it('uses a given title and heading level instead', async () => {
    const { $ } = await render(() =>
      alert({ tone: 'danger', title: 'Niet opgeslagen', message: 'Probeer opnieuw.', headingLevel: 2 }),
    );
    expect($('.alert__title').textContent).toBe('Niet opgeslagen');
    expect($('.alert__title').getAttribute('aria-level')).toBe('2');
  });

  it('is role="alert" when assertive, role="status" when polite, and no live region otherwise', async () => {
    const { $$ } = await render(
      () => html`${alert({ message: 'a', live: 'assertive', id: 'one' })}${alert({ message: 'b', live: 'polite', id: 'two' })}${alert({
        message: 'c',
        live: 'off',
        id: 'three',
      })}${alert({ message: 'd', id: 'four' })}`,
    );
    expect($$('.alert').map((element) => [element.id, element.getAttribute('role')])).toEqual([
      ['one', 'alert'],
      ['two', 'status'],
      ['three', null],
      ['four', null],
    ]);
  });

  it('renders actions inside the message', async () => {
    const { $ } = await render(() =>
      alert({ tone: 'danger', message: 'Mislukt.', actions: button({ label: 'Opnieuw proberen' }) }),
    );
    expect($('.alert__actions button').textContent!.trim()).toBe('Opnieuw proberen');
  });
});
