/** The table view (part `table`): the same data as the rose, as text. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import { dataTable } from '../../../primitives/table.js';
import { difference } from '../texts.js';
import { named, type RoseView } from './view.js';

export function roseTable(view: RoseView): TemplateResult {
  const { framework, data, texts } = view;
  const team = data.main.team;
  return dataTable({
    caption: msg(str`${view.title}: niveau per competentie`),
    captionId: 'rose-caption',
    part: 'table',
    head: html`<tr>
      <th scope="col">${msg('Gebied')}</th>
      <th scope="col">${msg('Competentie')}</th>
      <th scope="col">${texts.mainLabel()}</th>
      ${team ? html`<th scope="col">${msg('Middelste helft')}</th><th scope="col">${msg('Profielen')}</th>` : nothing}
      ${data.comparison ? html`<th scope="col">${texts.comparisonName()}</th><th scope="col">${msg('Verschil (niveaus)')}</th>` : nothing}
    </tr>`,
    body: framework.competences.map((competence) => {
      const main = data.main.spreads[competence.index] ?? null;
      const other = data.comparison?.spreads[competence.index] ?? null;
      const change = difference(main, other);
      return html`<tr>
        <td>${competence.area.code} ${named(view, competence.area.name)}</td>
        <th scope="row">${competence.code} ${named(view, competence.name)}</th>
        <td>${texts.levelText(main?.median ?? null)}</td>
        ${team ? html`<td>${main ? texts.spreadText(main) : '–'}</td><td class="number">${main?.n ?? 0}</td>` : nothing}
        ${data.comparison
          ? html`<td>${texts.levelText(other?.median ?? null)}</td><td class="number">${change === null ? '–' : texts.signed(change)}</td>`
          : nothing}
      </tr>`;
    }),
  });
}
