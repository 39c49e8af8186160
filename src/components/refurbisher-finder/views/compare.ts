/** The comparison of up to three refurbishers: every fact and answer side by side, in a table that scrolls in its own region. */
import { html, nothing } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import { button } from '../../../primitives/button.js';
import { heading } from '../../../primitives/heading.js';
import { dataTable } from '../../../primitives/table.js';
import type { FinderView } from './view.js';

const row = (label: unknown, cells: readonly unknown[]) =>
  html`<tr>
    <th scope="row">${label}</th>
    ${cells.map((cell) => html`<td>${cell}</td>`)}
  </tr>`;

export function compareSection(view: FinderView): unknown {
  const chosen = view.compared;
  if (!chosen.length) return nothing;
  const feed = view.feed!;
  const lang = feed.lang;
  const facts = chosen.map((r) => view.facts(r));
  const questions = [...new Set(chosen.flatMap((r) => Object.keys(r.answers)))];
  // A plain block with a heading (not a second landmark beside the table's scroll region).
  return html`<div class="compare" part="compare">
    <div class="bar">
      ${heading(msg(str`Vergelijking (${chosen.length} van 3)`), { level: view.level, depth: 2, id: 'compare-title', focusable: true })}
      ${button({ label: msg('Wis de vergelijking'), variant: 'tertiary', onClick: () => view.clearCompare() })}
    </div>
    ${chosen.length < 2
      ? html`<p>${msg('Kies nog een of twee refurbishers met “Vergelijk” om ze naast elkaar te zien.')}</p>`
      : dataTable({
          labelledBy: 'compare-title',
          head: html`<tr>
            <td></td>
            ${chosen.map((r) => html`<th scope="col">${r.name}</th>`)}
          </tr>`,
          body: html`${row(msg('Plaats'), chosen.map((r) => `${r.address.postcode} ${r.address.city}`))}
          ${view.origin ? row(msg('Afstand'), chosen.map((r) => view.distanceText(r) ?? '–')) : nothing}
          ${facts[0]!.map((fact, index) => row(fact.label, facts.map((list) => list[index]!.value)))}
          ${questions.map((id) =>
            row(
              html`<span lang=${lang}>${feed.questions[id] ?? id}</span>`,
              chosen.map((r) => html`<span lang=${lang}>${r.answers[id] ?? '–'}</span>`),
            ),
          )}`,
        })}
  </div>`;
}
