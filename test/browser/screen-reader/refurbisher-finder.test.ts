import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import { page } from 'vitest/browser';
import '../../../src/components/refurbisher-finder/define.js';
import type { DigiRefurbisherFinder } from '../../../src/components/refurbisher-finder/refurbisher-finder.js';
import {
  chromiumAccessibilityTree,
  heard,
  liveAnnouncements,
  mark,
  previousHeading,
  quietPeriod,
  readUntil,
  spokenSince,
  startScreenReader,
  stopScreenReader,
  virtual,
  waitForAnnouncement,
  withoutCheckedState,
} from '../../support/screen-reader.js';

async function mount(): Promise<DigiRefurbisherFinder> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="nl-BE"><digi-refurbisher-finder></digi-refurbisher-finder></div>`);
  const el = wrapper.querySelector('digi-refurbisher-finder')!;
  await el.updateComplete;
  await vi.waitFor(() => expect(el.shadowRoot!.querySelector('[part~="result"], li')).toBeTruthy());
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

const first = 'Herstart Mechelen (voorbeeld)';
const second = 'Kempen Reuse (voorbeeld)';

describe('<digi-refurbisher-finder> with a screen reader', () => {
  it('a filter announces the number of results once; comparing two announces each and reads them side by side', async () => {
    await mount();
    await startScreenReader();

    // The device filter: a named group with its hint, each option with the number it would leave.
    const toFilter = withoutCheckedState(await readUntil(/^checkbox, Tablets/));
    expect(toFilter.slice(-16)).toEqual([
      'group, Welke toestellen wilt u afdanken?, Toont wie ze allemaal aanneemt. Tussen haakjes: hoeveel refurbishers er dan overblijven.',
      'Welke toestellen wilt u afdanken?',
      'paragraph',
      'Toont wie ze allemaal aanneemt. Tussen haakjes: hoeveel refurbishers er dan overblijven.',
      'end of paragraph',
      'checkbox, Laptops (10)',
      'Laptops',
      '(',
      '10',
      ')',
      'checkbox, Chromebooks (6)',
      'Chromebooks',
      '(',
      '6',
      ')',
      'checkbox, Tablets (6)',
    ]);

    // Space ticks "Tablets": after the pause the count is announced, once.
    let from = await mark();
    await virtual.press(' ');
    await waitForAnnouncement(from, 'polite: 6 refurbishers gevonden');
    await quietPeriod();
    expect(await heard(from)).toEqual(['polite: 6 refurbishers gevonden']);
    // The checkbox's state, from Chromium's accessibility tree (the virtual screen reader cannot tell it, see the helper).
    // (Names compared by their start: Chromium drops the space before the count, see the report.)
    // The filters' checkboxes; each result card has one more, "Vergelijk <name>".
    const checkboxes = (await chromiumAccessibilityTree()).filter((node) => node.role === 'checkbox' && !node.name.startsWith('Vergelijk'));
    expect(checkboxes).toHaveLength(18);
    expect(checkboxes.filter((node) => node.properties.checked === 'true').map((node) => node.name.replace(/\s*\(.*$/, ''))).toEqual(['Tablets']);

    // Reading on to the first result's compare checkbox; Space ticks it, announced with the count.
    expect(withoutCheckedState(await readUntil(/^checkbox, Vergelijk /)).at(-1)).toBe(`checkbox, Vergelijk ${first}`);
    from = await mark();
    await virtual.press(' ');
    await waitForAnnouncement(from, `polite: ${first} staat in de vergelijking (1 van 3).`);
    expect(await heard(from)).toContain(`polite: ${first} staat in de vergelijking (1 van 3).`);

    // The second result's, which says how full the comparison is.
    expect(withoutCheckedState(await readUntil(/^checkbox, Vergelijk /)).at(-1)).toBe(`checkbox, Vergelijk ${second}, 1 van max. 3 gekozen`);
    from = await mark();
    await virtual.press(' ');
    await waitForAnnouncement(from, `polite: ${second} staat in de vergelijking (2 van 3).`);
    expect(await heard(from)).toContain(`polite: ${second} staat in de vergelijking (2 van 3).`);
    const compared = (await chromiumAccessibilityTree()).filter((node) => node.role === 'checkbox' && node.properties.checked === 'true' && node.name.startsWith('Vergelijk'));
    expect(compared.map((node) => node.name)).toEqual([`Vergelijk ${first}`, `Vergelijk ${second}`]);

    // Heading by heading back up to the comparison above the filters, then reading it: a table named by its heading, one column per refurbisher.
    from = await mark();
    for (let step = 0; step < 5; step++) await previousHeading();
    expect(await heard(from)).toEqual([
      `heading, ${second}, level 4`,
      `heading, ${first}, level 4`,
      'heading, Resultaten, level 3',
      'heading, Zoeken, level 3',
      'heading, Vergelijking (2 van 3), level 3',
    ]);
    expect(await readUntil(/^end of row, Plaats/)).toEqual([
      'button, Wis de vergelijking',
      'region, Vergelijking (2 van 3)',
      'table, Vergelijking (2 van 3)',
      'rowgroup',
      `row, ${first} ${second}`,
      'cell',
      `columnheader, ${first}`,
      `columnheader, ${second}`,
      `end of row, ${first} ${second}`,
      'end of rowgroup',
      'rowgroup',
      'row, Plaats 2800 Mechelen 2440 Geel',
      'rowheader, Plaats',
      'cell, 2800 Mechelen',
      'cell, 2440 Geel',
      'end of row, Plaats 2800 Mechelen 2440 Geel',
    ]);
    // Over the whole flow: each announcement once.
    expect(liveAnnouncements(await spokenSince(0))).toEqual([
      'polite: 6 refurbishers gevonden',
      `polite: ${first} staat in de vergelijking (1 van 3).`,
      `polite: ${second} staat in de vergelijking (2 van 3).`,
    ]);
  });
});
