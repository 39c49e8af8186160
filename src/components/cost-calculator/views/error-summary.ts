/**
 * The error summary at the top of the form (the GOV.UK pattern): every field
 * that shows an error, each a link that moves focus to the field. It follows
 * the fields as the person types, so it never takes focus itself.
 */
import { html, nothing } from 'lit';
import { msg } from '../../../i18n/localize.js';
import { alert } from '../../../primitives/alert.js';
import { levelBelow } from '../../../primitives/heading.js';
import type { CalcView } from './view.js';

export interface ErrorSummaryItem {
  /** The field's id, the link's target. */
  id: string;
  /** Where the field is: its label, with the scenario's name before it. */
  place: string;
  message: string;
}

export function errorSummary(view: CalcView, items: readonly ErrorSummaryItem[], goTo: (id: string) => void): unknown {
  if (!items.length) return nothing;
  return html`<div class="error-summary" part="error-summary">
    ${alert({
      tone: 'danger',
      headingLevel: levelBelow(view.headingLevel, 1),
      title: msg('Verbeter eerst deze velden'),
      message: html`<ul>
        ${items.map(
          (item) => html`<li>
            <a
              href=${`#${item.id}`}
              @click=${(event: Event) => {
                // The field is in the shadow root: the page's own fragment must not change.
                event.preventDefault();
                goTo(item.id);
              }}
              >${item.place}: ${item.message}</a
            >
          </li>`,
        )}
      </ul>`,
    })}
  </div>`;
}
