/** The details of the competence under the pointer or focus (part `tooltip`), or a hint on how to read the rose. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../../i18n/localize.js';
import { difference } from '../texts.js';
import { named, type RoseView } from './view.js';

export function details(view: RoseView): TemplateResult {
  const { framework, data, texts } = view;
  const index = view.activeIndex;
  const competence = index === null ? undefined : framework.competences[index];
  if (!competence) {
    return html`<div class="details details--hint" part="tooltip">
      <p>
        ${view.editing
          ? msg('Kies een competentie met de pijltjes links en rechts (of de muis) en zet het niveau met de pijltjes omhoog en omlaag, of klik op de hoogte van het niveau.')
          : msg('Ga met de pijltjes of de muis over de roos om elke competentie te lezen. Enter of een klik kiest een competentie.')}
      </p>
    </div>`;
  }
  const main = data.main.spreads[competence.index] ?? null;
  const other = data.comparison?.spreads[competence.index];
  const change = difference(main, other);
  return html`<div class="details" part="tooltip">
    <p class="details__title">${competence.code} ${named(view, competence.name)}</p>
    <p class="details__area">${competence.area.code} ${named(view, competence.area.name)}</p>
    <dl>
      <div><dt>${texts.mainLabel()}</dt><dd>${texts.levelText(main?.median ?? null)}</dd></div>
      ${data.main.team && main
        ? html`<div><dt>${msg('Middelste helft')}</dt><dd>${texts.spreadText(main)}</dd></div>
            <div><dt>${msg('Profielen')}</dt><dd>${main.n}</dd></div>`
        : nothing}
      ${data.comparison
        ? html`<div><dt>${texts.comparisonName()}</dt><dd>${texts.levelText(other?.median ?? null)}</dd></div>
            ${change === null ? nothing : html`<div><dt>${msg('Verschil (niveaus)')}</dt><dd>${texts.signed(change)}</dd></div>`}`
        : nothing}
    </dl>
    ${competence.description ? html`<p class="details__description">${named(view, competence.description)}</p>` : nothing}
    <p class="details__dismiss">${msg('Escape sluit deze uitleg.')}</p>
  </div>`;
}
