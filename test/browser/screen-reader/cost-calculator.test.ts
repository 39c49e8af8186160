import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import { page, userEvent } from 'vitest/browser';
import '../../../src/components/cost-calculator/define.js';
import type { DigiCostCalculator } from '../../../src/components/cost-calculator/cost-calculator.js';
import {
  heard,
  liveAnnouncements,
  mark,
  quietPeriod,
  readUntil,
  spokenSince,
  startScreenReader,
  stopScreenReader,
  virtual,
} from '../../support/screen-reader.js';

async function mount(): Promise<DigiCostCalculator> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl-BE"><digi-cost-calculator></digi-cost-calculator></div>`);
  const el = wrapper.querySelector('digi-cost-calculator')!;
  await el.updateComplete;
  // The chart appears once its width is measured.
  await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.chart')).toBeTruthy());
  return el;
}

beforeEach(async () => {
  await page.viewport(1280, 900);
});

afterEach(async () => {
  await stopScreenReader();
  vi.restoreAllMocks();
  history.replaceState(null, '', window.location.pathname + window.location.search);
  fixtureCleanup();
});

const hint = 'De prijs van één nieuw toestel, zoals op de offerte. euro';
const price = (value: string) => `textbox, Prijs per toestel, ${value ? `${value}, ` : ''}${hint}`;
/** Spaces in amounts (also no-break ones) as plain spaces. */
const plain = (phrases: string[]) => phrases.map((phrase) => phrase.replace(/\s/g, ' '));

describe('<digi-cost-calculator> with a screen reader', () => {
  it('changing a price: the field says its new value, the new totals are announced once after the typing pause, and the table has them', async () => {
    const el = await mount();
    await startScreenReader();

    // The first scenario's price, by name, value and hint (the unit is part of the description).
    expect((await readUntil(/^textbox, Prijs per toestel/)).at(-1)).toBe(price('550'));

    // 550 becomes 600: each key press is heard in the field, nothing is announced while typing.
    let from = await mark();
    const recalculated = new Promise((resolve) => el.addEventListener('digi-cost-change', resolve, { once: true }));
    for (let key = 0; key < 3; key++) await virtual.press('Backspace');
    await virtual.type('600');
    expect(await spokenSince(from)).toEqual([price('55'), price('5'), price(''), price('600')]);

    // The recalculation after the typing pause (digi-cost-change), then the person leaves the
    // field with Tab before the announcement: leaving also recalculates, which must not say it twice.
    await recalculated;
    expect(liveAnnouncements(await spokenSince(from))).toEqual([]);
    from = await mark();
    await userEvent.keyboard('{Tab}');
    const summary =
      'polite: Over 6 jaar is Refurbished kopen het goedkoopst: € 70.000 verdeelde kost, of € 116,67 per leerling per jaar. ' +
      'De school betaalt in die periode € 70.000. Nieuw kopen kost € 20.000 meer. Leasen kost € 66.800 meer.';
    await vi.waitFor(async () => expect(plain(liveAnnouncements(await spokenSince(from)))).toContain(summary), { timeout: 3000, interval: 20 });
    await quietPeriod();
    expect(plain(await heard(from))).toEqual(['textbox, Aantal toestellen, 100', summary]);

    // Reading on to the results table: the row of the changed scenario with its new totals
    // (600 x 100 x 6/4 = 90,000 spread; 15,000 a year; 150 a device and a pupil a year;
    // 20,000 more than the cheapest; two batches of 60,000 paid).
    expect(plain(await readUntil(/^row, Nieuw kopen/, 400)).at(-1)).toBe(
      'row, Nieuw kopen € 90.000 € 15.000 € 150,00 € 150,00 € 20.000 € 120.000',
    );
    expect(plain(await readUntil(/^end of row/))).toEqual([
      'rowheader, Nieuw kopen',
      'cell, € 90.000',
      'cell, € 15.000',
      'cell, € 150,00',
      'cell, € 150,00',
      'cell, € 20.000',
      'cell, € 120.000',
      'end of row, Nieuw kopen € 90.000 € 15.000 € 150,00 € 150,00 € 20.000 € 120.000',
    ]);
    // Still the one announcement.
    expect(liveAnnouncements(await spokenSince(0))).toHaveLength(1);
  });
});
