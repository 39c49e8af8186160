/** The legend (part `chart-legend`): the areas with their colour and pattern, and the meaning of the marks. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import { swatch } from '../chart.js';
import { named, type RoseView } from './view.js';

export function legend(view: RoseView): TemplateResult {
  const { framework, data, texts } = view;
  const used = framework.areas.filter((area) => framework.competences.some((competence) => competence.area === area));
  return html`<div class="legend" part="chart-legend">
    <p class="legend__title" id="rose-legend">${msg('Legende')}</p>
    <ul aria-labelledby="rose-legend">
      ${used.map((area) => html`<li>${swatch(area.color)}<span><span class="legend__code">${area.code}</span> ${named(view, area.name)}</span></li>`)}
      ${data.comparison
        ? html`<li>
            <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path class="comparison" d="M1 8h14"></path></svg>
            <span>${msg(str`Stippellijn: ${texts.comparisonName()}`)}</span>
          </li>`
        : nothing}
      ${data.main.team
        ? html`<li>
            <svg class="swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path class="spread" d="M8 3v10"></path></svg>
            <span>${msg('Balk: de middelste helft van het team (eerste tot derde kwartiel)')}</span>
          </li>`
        : nothing}
      <li class="legend__rings">${msg(str`Ringen: niveaus ${framework.levels[0]!.id} (binnen) tot ${framework.levels[framework.levels.length - 1]!.id} (buiten)`)}</li>
    </ul>
  </div>`;
}
