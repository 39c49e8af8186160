/** The dated report: on screen with `view="report"`, and what printing shows. */
import { html, nothing, type TemplateResult } from 'lit';
import { dateFormat } from '../../../core/intl-format.js';
import { msg, str } from '../../../i18n/localize.js';
import { dataTable } from '../../../primitives/table.js';
import { statusOf } from '../state.js';
import { levelLabel, levelText, progressText, statusLabel } from '../texts.js';
import { sourceLine } from './source.js';
import type { ChecklistView } from './view.js';

export function reportView(view: ChecklistView): TemplateResult {
  const { content, answers, summary } = view;
  const today = dateFormat(view.intlLocale, { dateStyle: 'long' }).format(new Date());
  return html`<article class="report" part="report" aria-labelledby="report-title">
    ${view.heading(content.title, 0, 'report-title')} ${sourceLine(content, true)}
    <p>${answers.school ? html`${answers.school} · ` : nothing}${msg(str`Rapport van ${today}`)} · ${msg(str`versie ${content.version}`)}</p>
    <p>${progressText(summary)} ${levelText(summary)}</p>
    ${content.themes.map(
      (theme) => html`${view.heading(theme.title, 1, `rt-${theme.id}`)}
        ${dataTable({
          labelledBy: `rt-${theme.id}`,
          className: 'report-table',
          head: html`<tr>
            <th scope="col">${msg('Maatregel')}</th>
            <th scope="col">${msg('Niveau')}</th>
            <th scope="col">${msg('Status')}</th>
            <th scope="col">${msg('Notitie')}</th>
          </tr>`,
          body: content.measures
            .filter((measure) => measure.theme === theme.id)
            .map(
              (measure) => html`<tr>
                <th scope="row">${measure.title}</th>
                <td>${levelLabel(measure.level)}</td>
                <td>${statusLabel(statusOf(answers, measure.id))}</td>
                <td>${answers.answers[measure.id]?.note ?? ''}</td>
              </tr>`,
            ),
        })}`,
    )}
  </article>`;
}
