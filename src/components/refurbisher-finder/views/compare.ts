/**
 * The comparison of up to three refurbishers, across the finder's full
 * width: every fact side by side in a table that scrolls in its own region,
 * and the questionnaire's answers in a second one behind a disclosure. The
 * row labels are short and neutral (the feed's question labels, the
 * question itself under each); the label column stays in view while the
 * table scrolls sideways, once the region is wide enough to spare it.
 */
import { html, nothing } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import { button } from '../../../primitives/button.js';
import { disclosure } from '../../../primitives/disclosure.js';
import { heading } from '../../../primitives/heading.js';
import { dataTable } from '../../../primitives/table.js';
import { questionTerm } from '../details.js';
import { maxCompared } from '../model.js';
import type { FinderView } from './view.js';

const row = (label: unknown, cells: readonly unknown[], abbr?: string) =>
  html`<tr>
    <th scope="row" abbr=${abbr ?? nothing}>${label}</th>
    ${cells.map((cell) => html`<td>${cell}</td>`)}
  </tr>`;

export function compareSection(view: FinderView): unknown {
  const chosen = view.compared;
  if (!chosen.length) return nothing;
  const feed = view.feed!;
  const lang = feed.lang;
  const facts = chosen.map((r) => view.facts(r));
  const questions = [...new Set(chosen.flatMap((r) => Object.keys(r.answers)))];
  const count = view.format.number(chosen.length);
  const tableClass = `compare__table compare__table--${chosen.length}`;
  const names = html`<tr>
    <td></td>
    ${chosen.map((r) => html`<th scope="col">${r.name}</th>`)}
  </tr>`;
  // A plain block with a heading (not a second landmark beside the table's scroll region).
  return html`<div class="compare" part="compare">
    <div class="bar">
      ${heading(msg(str`Vergelijking (${count} van ${view.format.number(maxCompared)})`), { level: view.level, depth: 1, id: 'compare-title', focusable: true })}
      ${button({ label: msg('Wis de vergelijking'), variant: 'tertiary', onClick: () => view.clearCompare() })}
    </div>
    ${chosen.length < 2
      ? html`<p>${msg('Kies nog een of twee refurbishers met “Vergelijk” om ze naast elkaar te zien.')}</p>`
      : html`${dataTable({
          labelledBy: 'compare-title',
          className: tableClass,
          head: names,
          body: html`${row(msg('Plaats'), chosen.map((r) => `${r.address.postcode} ${r.address.city}`))}
          ${view.origin ? row(msg('Afstand'), chosen.map((r) => view.distanceText(r) ?? '–')) : nothing}
          ${facts[0]!.map((fact, index) => row(fact.label, facts.map((list) => list[index]!.value)))}`,
        })}
        ${questions.length
          ? disclosure({
              id: 'compare-answers',
              summary: html`<span id="compare-answers-title"
                >${msg(str`Antwoorden op de vragenlijst (${view.format.number(questions.length)})`)}</span
              >`,
              open: view.state.answersCompared === true,
              onToggle: (open) => view.toggleComparedAnswers(open),
              // Drawn only once opened, as on the cards.
              content: view.state.answersCompared
                ? dataTable({
                    labelledBy: 'compare-answers-title',
                    className: tableClass,
                    head: names,
                    body: questions.map((id) => {
                      const question = feed.questions[id];
                      return row(
                        questionTerm(question, id, lang),
                        chosen.map((r) => html`<span lang=${lang}>${r.answers[id] ?? '–'}</span>`),
                        question?.label,
                      );
                    }),
                  })
                : nothing,
            })
          : nothing}`}
  </div>`;
}
