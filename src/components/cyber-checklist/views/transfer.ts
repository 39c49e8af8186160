/** The archive of answers to measures no longer in the content, and export, import (with its preview) and print. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import { alert } from '../../../primitives/alert.js';
import { button } from '../../../primitives/button.js';
import { statusLabel } from '../texts.js';
import type { ChecklistView } from './view.js';

export function archiveView(view: ChecklistView): unknown {
  const archived = view.answers.archived;
  if (!archived.length) return nothing;
  return html`<section class="archive" aria-labelledby="archive-title">
    ${view.heading(msg('Gearchiveerd'), 1, 'archive-title')}
    <p>${msg('Antwoorden op maatregelen die niet meer in deze versie van de checklist staan. Ze blijven bewaard en komen mee in een export.')}</p>
    <ul>
      ${archived.map((entry) => html`<li><strong>${entry.title || entry.id}</strong> (${entry.version}): ${statusLabel(entry.status)}${entry.note ? html` — ${entry.note}` : nothing}</li>`)}
    </ul>
  </section>`;
}

export function transferView(view: ChecklistView): TemplateResult {
  const { preview, importProblem } = view.state;
  const { actions } = view;
  return html`<section class="transfer" aria-labelledby="transfer-title">
    ${view.heading(msg('Bewaren en delen'), 1, 'transfer-title')}
    <div class="actions">
      ${button({ label: msg('Exporteer de antwoorden'), icon: 'download', onClick: () => actions.exportFile() })}
      ${button({ label: msg('Importeer antwoorden'), onClick: () => actions.chooseImportFile() })}
      <input id="import-file" type="file" accept="application/json,.json" hidden tabindex="-1" @change=${(event: Event) => actions.importFile(event)} />
      ${button({ label: msg('Afdrukken'), icon: 'print', onClick: () => window.print() })}
    </div>
    ${importProblem
      ? html`<div id="import-result" tabindex="-1">
          ${alert({ tone: 'danger', title: msg('Dit bestand kan niet geïmporteerd worden'), message: html`<pre lang="en">${importProblem}</pre>` })}
        </div>`
      : nothing}
    ${preview
      ? html`<div id="import-result" class="preview" tabindex="-1">
          ${alert({
            tone: 'info',
            title: msg('Wat de import verandert'),
            message: html`${preview.changes.length
                ? html`<ul>
                    ${preview.changes.map(
                      (change) => html`<li>${change.title}: ${statusLabel(change.from?.status ?? 'todo')} → ${statusLabel(change.to?.status ?? 'todo')}${(change.from?.note ?? '') !== (change.to?.note ?? '') ? html` (${msg('notitie gewijzigd')})` : nothing}</li>`,
                    )}
                  </ul>`
                : html`<p>${msg('Het bestand verandert geen antwoorden.')}</p>`}
              ${preview.school ? html`<p>${msg(str`Naam van de school: ‘${preview.school.from}’ → ‘${preview.school.to}’`)}</p>` : nothing}
              ${preview.fromVersion ? html`<p>${msg(str`Het bestand is gemaakt met versie ${preview.fromVersion}; ${preview.archived} antwoorden worden gearchiveerd.`)}</p>` : nothing}`,
            actions: html`${button({ label: msg('Overnemen'), variant: 'primary', onClick: () => actions.applyImport() })}
            ${button({ label: msg('Annuleren'), onClick: () => actions.cancelImport() })}`,
          })}
        </div>`
      : nothing}
  </section>`;
}
