/** The whole checklist: the title and its source, the overview, next steps, filters, themes, archive and transfer; then the report. */
import { html, nothing, type TemplateResult } from 'lit';
import { nextStepsView } from './next-steps.js';
import { filtersView } from './filters.js';
import { reportView } from './report.js';
import { sourceLine } from './source.js';
import { summaryView } from './summary.js';
import { themesView } from './themes.js';
import { archiveView, transferView } from './transfer.js';
import type { ChecklistView } from './view.js';

export function checklistView(view: ChecklistView): TemplateResult {
  const { content } = view;
  return html`<div class="checklist" lang=${content.lang ?? nothing}>
      ${view.heading(content.title, 0)} ${sourceLine(content)} ${summaryView(view)} ${nextStepsView(view)} ${filtersView(view)} ${themesView(view)}
      ${archiveView(view)} ${transferView(view)}
    </div>
    ${reportView(view)}`;
}
