/** The drawn rose and all around it: the summary, the next step while it is empty, the view switch, the chart and table views, the export buttons. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import { button } from '../../../primitives/button.js';
import { exportActions, viewSwitch } from './controls.js';
import { chartView } from './figure.js';
import { exportStatus } from './notices.js';
import { roseTable } from './table.js';
import type { RoseView } from './view.js';

/**
 * With no level filled in, the next step instead of exports of an empty rose: in editable mode a button to
 * the first competence, else the page's own next step (slot `empty`, e.g. a link to its self-reflection) or
 * a sentence saying where levels come from.
 */
function nextStep(view: RoseView): TemplateResult {
  const first = view.framework.competences[0]!;
  return html`<div class="rose__next" part="next-step">
    ${view.editing
      ? button({
          label: msg(str`Begin bij ${first.code} ${view.texts.text(first.name)}`),
          variant: 'primary',
          onClick: () => view.focusWedge(0),
        })
      : html`<slot name="empty"
          ><p>${msg('Zodra er niveaus zijn ingevuld, bijvoorbeeld na een zelfreflectie zoals Digisnap, toont de roos ze hier.')}</p></slot
        >`}
  </div>`;
}

/** `status` is the outcome of the last export. The hidden view is drawn after the shown one, so switching is instant. */
export function roseBody(view: RoseView, status: string): TemplateResult {
  const current = view.view;
  const empty = !view.data.main.spreads.some((spread) => spread);
  return html`<p class="rose__summary" id="rose-summary" part="summary">${view.texts.summaryText()}</p>
    ${empty ? nextStep(view) : nothing} ${viewSwitch(current, (option) => view.setView(option))}
    <div class="chart-area" ?hidden=${current !== 'chart'}>${view.later(current === 'chart' ? 0 : 1, () => chartView(view))}</div>
    <div class="table-area" ?hidden=${current !== 'table'}>${view.later(current === 'table' ? 0 : 1, () => roseTable(view))}</div>
    ${empty ? nothing : exportActions((kind) => view.exportFile(kind))} ${exportStatus(status)}`;
}
