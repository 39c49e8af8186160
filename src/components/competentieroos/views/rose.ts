/** The drawn rose and all around it: the summary, the view switch, the chart and table views, the export buttons. */
import { html, type TemplateResult } from 'lit';
import { exportActions, viewSwitch } from './controls.js';
import { chartView } from './figure.js';
import { exportStatus } from './notices.js';
import { roseTable } from './table.js';
import type { RoseView } from './view.js';

/** `status` is the outcome of the last export. The hidden view is drawn after the shown one, so switching is instant. */
export function roseBody(view: RoseView, status: string): TemplateResult {
  const current = view.view;
  return html`<p class="rose__summary" id="rose-summary" part="summary">${view.texts.summaryText()}</p>
    ${viewSwitch(current, (option) => view.setView(option))}
    <div class="chart-area" ?hidden=${current !== 'chart'}>${view.later(current === 'chart' ? 0 : 1, () => chartView(view))}</div>
    <div class="table-area" ?hidden=${current !== 'table'}>${view.later(current === 'table' ? 0 : 1, () => roseTable(view))}</div>
    ${exportActions((kind) => view.exportFile(kind))}
    ${exportStatus(status)}`;
}
