/** The rose's controls: the choice between rose and table, and the export buttons. */
import { html, type TemplateResult } from 'lit';
import { msg } from '../../../i18n/localize.js';
import { button } from '../../../primitives/button.js';
import { views, type View } from '../input.js';
import type { ExportKind } from './view.js';

export function viewSwitch(current: View, setView: (view: View) => void): TemplateResult {
  return html`<div class="rose__switch" part="view-switch" role="group" aria-labelledby="rose-view">
    <span class="rose__switch-label" id="rose-view">${msg('Toon als')}</span>
    ${views.map((option) =>
      button({
        label: option === 'chart' ? msg('Roos') : msg('Tabel'),
        pressed: current === option,
        className: 'rose__view',
        onClick: () => setView(option),
      }),
    )}
  </div>`;
}

export function exportActions(exportFile: (kind: ExportKind) => void): TemplateResult {
  return html`<div class="rose__actions" part="actions">
    ${button({ label: msg('Download als PNG'), icon: 'download', onClick: () => exportFile('png') })}
    ${button({ label: msg('Download als SVG'), icon: 'download', onClick: () => exportFile('svg') })}
    ${button({ label: msg('Download als CSV'), icon: 'download', onClick: () => exportFile('csv') })}
  </div>`;
}
