/**
 * The whole checklist: the title and its source, the overview, next steps,
 * filters, themes, archive and transfer; then the report (shown in print).
 * The first screen is the overview and the next steps; the first render
 * draws the themes and the rest after it, the report (unless it is what
 * shows) last.
 */
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
      ${view.hideTitle ? nothing : view.heading(content.title, 0)} ${sourceLine(content)} ${summaryView(view)} ${nextStepsView(view)}
      ${view.later(1, () => filtersView(view))} ${view.later(1, () => themesView(view))}
      ${view.later(2, () => archiveView(view))} ${view.later(2, () => transferView(view))}
    </div>
    ${view.later(view.reportShown ? 0 : 3, () => reportView(view))}`;
}
