/** What the rose says about itself: its data's problems, that a framework is loading, how an export went. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../../i18n/localize.js';
import { alert } from '../../../primitives/alert.js';
import { levelBelow, type HeadingLevel } from '../../../primitives/heading.js';
import type { Problem } from '../framework.js';

export interface ProblemsOptions {
  readonly problems: readonly Problem[];
  /** Nothing can be drawn: the framework cannot be used. */
  readonly blocking: boolean;
  /** The heading level of the widget's title. */
  readonly headingLevel: HeadingLevel;
  /** A problem in words, once their wording has loaded; until then each shows its path alone. */
  readonly problemText?: (problem: Problem) => string;
}

/** The problems, for whoever runs the website: each names the field it is about. */
export function problemsNotice({ problems, blocking, headingLevel, problemText }: ProblemsOptions): TemplateResult | typeof nothing {
  if (!problems.length) return nothing;
  return alert({
    tone: blocking ? 'danger' : 'warning',
    headingLevel: levelBelow(headingLevel, 1),
    title: blocking ? msg('De competentieroos kan niet getekend worden') : msg('Niet alle gegevens konden gebruikt worden'),
    message: html`<p>
        ${blocking
          ? msg('Het raamwerk klopt niet. Voor wie de website beheert:')
          : msg('De roos toont wat wel bruikbaar is. Voor wie de website beheert:')}
      </p>
      <ul class="problems">
        ${problems.map((problem) => html`<li><code>${problem.path}</code>${problemText ? html`: ${problemText(problem)}` : nothing}</li>`)}
      </ul>`,
  });
}

export const loadingNotice = (): TemplateResult => html`<p class="rose__loading" role="status">${msg('Het raamwerk wordt geladen…')}</p>`;

/** The outcome of the last export (also announced). */
export const exportStatus = (status: string): TemplateResult | typeof nothing => (status ? html`<p class="rose__status">${status}</p>` : nothing);
