/** The table view (part `table`): the same data as the rose, as text, a row group per area. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import { dataTable } from '../../../primitives/table.js';
import type { Competence } from '../framework.js';
import { areaSpans } from '../geometry.js';
import { difference } from '../texts.js';
import { named, type RoseView } from './view.js';

export function roseTable(view: RoseView): TemplateResult {
  const { framework, data, texts } = view;
  const team = data.main.team;
  const columns = 2 + (team ? 2 : 0) + (data.comparison ? 2 : 0);
  const row = (competence: Competence) => {
    const main = data.main.spreads[competence.index] ?? null;
    const other = data.comparison?.spreads[competence.index] ?? null;
    const change = difference(main, other);
    return html`<tr>
      <th scope="row">${competence.code} ${named(view, competence.name)}</th>
      <td>${texts.levelText(main?.median ?? null)}</td>
      ${team ? html`<td>${main ? texts.spreadText(main) : '–'}</td><td class="number">${main?.n ?? 0}</td>` : nothing}
      ${data.comparison
        ? html`<td>${texts.levelText(other?.median ?? null)}</td><td class="number">${change === null ? '–' : texts.signed(change)}</td>`
        : nothing}
    </tr>`;
  };
  // One row group per area, headed by the area once (not repeated on every row).
  return dataTable({
    caption: msg(str`${view.title}: niveau per competentie`),
    captionId: 'rose-caption',
    part: 'table',
    className: 'rose-table',
    head: html`<tr>
      <th scope="col">${msg('Competentie')}</th>
      <th scope="col">${texts.mainLabel()}</th>
      ${team ? html`<th scope="col">${msg('Middelste helft')}</th><th scope="col">${msg('Profielen')}</th>` : nothing}
      ${data.comparison ? html`<th scope="col">${texts.comparisonName()}</th><th scope="col">${msg('Verschil (niveaus)')}</th>` : nothing}
    </tr>`,
    groups: areaSpans(framework.competences.map((competence) => competence.area.index)).map(({ first, last }) => {
      const competences = framework.competences.slice(first, last + 1);
      const area = competences[0]!.area;
      return html`<tr class="rose-table__area">
          <th scope="rowgroup" colspan=${columns}>${area.code} ${named(view, area.name)}</th>
        </tr>
        ${competences.map(row)}`;
    }),
  });
}
