/** The checklist's messages when its content cannot be shown, and the list of data problems for whoever manages it. */
import { html, type TemplateResult } from 'lit';
import type { DataProblem } from '../../../core/data-input.js';
import { msg } from '../../../i18n/localize.js';
import { alert } from '../../../primitives/alert.js';
import { button } from '../../../primitives/button.js';
import type { HeadingLevel } from '../../../primitives/heading.js';
import type { ContentError } from './view.js';

/** Data problems for the web team, in English as the console has them. */
export const problemList = (problems: readonly DataProblem[]): TemplateResult =>
  html`<ul>
    ${problems.map((problem) => html`<li><code>${problem.path || '–'}</code>: <span lang="en">${problem.message}</span></li>`)}
  </ul>`;

/** The content is invalid, or could not be loaded (then with "try again"). */
export function contentErrorView(error: ContentError, headingLevel: HeadingLevel, onRetry: () => void): TemplateResult {
  return alert({
    tone: 'danger',
    headingLevel,
    title: msg('De checklist kan niet getoond worden'),
    message:
      error.kind === 'invalid'
        ? html`<p>${msg('De inhoud van de checklist klopt niet. Voor wie de inhoud beheert:')}</p>
            ${problemList(error.problems)}`
        : html`<p>${msg('De inhoud van de checklist kon niet geladen worden. Controleer de verbinding en probeer opnieuw.')}</p>`,
    actions: error.kind === 'load' ? button({ label: msg('Opnieuw proberen'), variant: 'primary', onClick: onRetry }) : undefined,
  });
}
