/** Behaviour of the shared data table primitive, rendered in `<digi-primitive-preview>` (see test/support/primitives.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { html } from '@open-wc/testing';
import { dataTable, heading } from '../../../src/primitives/index.js';
import { expectAccessible } from '../../support/a11y.js';
import { cleanUpPrimitives, referenced, render } from '../../support/primitives.js';

afterEach(cleanUpPrimitives);

const head = html`<tr>
  <th scope="col">Scenario</th>
  <th scope="col">Kost per jaar</th>
  <th scope="col">Kost per toestel per jaar, inclusief btw en verzekering</th>
</tr>`;
const body = html`<tr>
    <th scope="row">Nieuw kopen</th>
    <td>13.750 euro</td>
    <td>137,50 euro</td>
  </tr>
  <tr>
    <th scope="row">Leasen</th>
    <td>22.800 euro</td>
    <td>228 euro</td>
  </tr>`;

describe('dataTable', () => {
  it('is a captioned table inside a focusable region that the caption names', async () => {
    const { root, $, $$ } = await render(() => dataTable({ caption: 'Kosten over 6 jaar', captionId: 'costs', head, body, part: 'table', className: 'costs' }));
    const region = $('.table-wrap');
    expect(region.getAttribute('role')).toBe('region');
    expect(region.tabIndex).toBe(0);
    expect(referenced(root, region, 'aria-labelledby').map((el) => el.localName + ':' + el.textContent)).toEqual(['caption:Kosten over 6 jaar']);
    const table = $('table');
    expect(table.getAttribute('part')).toBe('table');
    expect(table.classList.contains('costs')).toBe(true);
    expect(table.hasAttribute('aria-labelledby')).toBe(false);
    expect($$('thead th')).toHaveLength(3);
    expect($$('tbody tr')).toHaveLength(2);
    expect($$('tfoot')).toHaveLength(0);
    await expectAccessible(region, 'a captioned table');
  });

  it('without a caption, takes its name from a heading elsewhere, for the table and its region', async () => {
    const { root, $ } = await render(() => html`${heading('Rapport: beleid', { level: 2, id: 'report-policy' })}${dataTable({ labelledBy: 'report-policy', head, body })}`);
    expect(root.querySelector('caption')).toBeNull();
    expect(referenced(root, $('.table-wrap'), 'aria-labelledby')[0]!.textContent).toBe('Rapport: beleid');
    expect(referenced(root, $('table'), 'aria-labelledby')[0]!.textContent).toBe('Rapport: beleid');
  });

  it('puts footer rows such as totals in a tfoot after the body', async () => {
    const { $ } = await render(() =>
      dataTable({ caption: 'Kosten', captionId: 'c', head, body, foot: html`<tr><th scope="row">Totaal</th><td>36.550 euro</td><td></td></tr>` }),
    );
    expect($('tbody').nextElementSibling).toBe($('tfoot'));
    expect($('tfoot th').textContent).toBe('Totaal');
  });

  it('scrolls sideways in its own region at 320 px, keeps the caption in view, and scrolls with the keyboard', async () => {
    const { $ } = await render(
      () => html`<div style="inline-size: 280px">
        ${dataTable({ caption: 'Kosten', captionId: 'c', head: html`<tr>${Array.from({ length: 8 }, (_, i) => html`<th scope="col">Kolom met een lange naam ${i + 1}</th>`)}</tr>`, body })}
      </div>`,
    );
    const region = $('.table-wrap');
    expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
    expect(region.getBoundingClientRect().width).toBeLessThanOrEqual(280);
    region.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    // Keyboard scrolling may be animated: wait for it to move.
    await vi.waitFor(() => expect(region.scrollLeft).toBeGreaterThan(0));
    const caption = $('caption').getBoundingClientRect();
    const box = region.getBoundingClientRect();
    expect(caption.left).toBeGreaterThanOrEqual(box.left - 1);
    expect(caption.right).toBeLessThanOrEqual(box.right + 1);
  });

  it('shows a shadow on the edge where more columns are hidden, and none when nothing is', async () => {
    const wide = html`<tr>${Array.from({ length: 8 }, (_, i) => html`<th scope="col">Kolom met een lange naam ${i + 1}</th>`)}</tr>`;
    const { $$ } = await render(
      () => html`<div style="inline-size: 280px">${dataTable({ caption: 'Breed', captionId: 'w', head: wide, body })}</div>
        <div dir="rtl" style="inline-size: 280px">${dataTable({ caption: 'Rechts naar links', captionId: 'r', head: wide, body })}</div>
        <div style="inline-size: 1200px">${dataTable({ caption: 'Smal', captionId: 'n', head, body })}</div>`,
    );
    const [ltr, rtl, fits] = $$('.table-wrap');
    /** The inset shadows' horizontal offsets: negative is a shadow on the right edge, positive on the left. */
    const edges = (region: HTMLElement) =>
      [...getComputedStyle(region).boxShadow.matchAll(/(-?\d+(?:\.\d+)?)px 0px 10px -10px inset/g)].map((match) => Math.sign(Number(match[1])));
    // The scroll timeline resolves with the first frames.
    await vi.waitFor(() => expect(edges(ltr!)).toEqual([-1]));
    expect(edges(rtl!)).toEqual([1]);
    expect(getComputedStyle(fits!).boxShadow).toBe('none');
    // In the middle both edges hide columns; at the end only the start does.
    ltr!.scrollLeft = (ltr!.scrollWidth - ltr!.clientWidth) / 2;
    await vi.waitFor(() => expect(edges(ltr!).sort()).toEqual([-1, 1]));
    ltr!.scrollLeft = ltr!.scrollWidth;
    await vi.waitFor(() => expect(edges(ltr!)).toEqual([1]));
  });
});
