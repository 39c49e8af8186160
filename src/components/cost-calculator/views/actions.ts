/** The buttons under the result (copy, CSV, print, link) and the outcome of the last one. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../../i18n/localize.js';
import { button } from '../../../primitives/button.js';
import { icon } from '../../../primitives/icons.js';
import type { ActionStatus } from '../result-actions.js';

export interface ResultActionHandlers {
  readonly status?: ActionStatus;
  copyResult(): void;
  downloadCsv(): void;
  /** Only when the calculation is kept in the URL (`share-url`). */
  copyLink?: () => void;
}

export function actionsBar({ status, copyResult, downloadCsv, copyLink }: ResultActionHandlers): TemplateResult {
  return html`<div class="actions" part="actions">
      ${button({ label: msg('Kopieer het resultaat'), icon: 'copy', onClick: copyResult })}
      ${button({ label: msg('Download als CSV'), icon: 'download', onClick: downloadCsv })}
      ${button({ label: msg('Afdrukken'), icon: 'print', onClick: () => window.print() })}
      ${copyLink ? button({ label: msg('Kopieer de link'), icon: 'external-link', onClick: copyLink }) : nothing}
    </div>
    ${status
      ? html`<p class="status status--${status.ok ? 'success' : 'danger'}">
          ${icon(status.ok ? 'success' : 'danger')}<span>${status.text}</span>
        </p>`
      : nothing}`;
}
