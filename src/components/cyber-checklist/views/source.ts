/** The line under the title: what the content is (its `status`, e.g. not the official GRIP) and where it comes from. */
import { html, nothing } from 'lit';
import { msg } from '../../../i18n/localize.js';
import type { ChecklistContent } from '../content.js';

/** In the report the link is written out, since paper cannot follow it. */
export function sourceLine(content: ChecklistContent, inReport = false): unknown {
  const source = content.source;
  if (!source) return nothing;
  const label = source.url
    ? inReport
      ? html`${source.label} (${source.url})`
      : html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${source.label}<span class="visually-hidden"> ${msg('(opent in een nieuw venster)')}</span></a>`
    : source.label;
  return html`<p class="source" part="source">${source.status ? html`${source.status} ` : nothing}${msg('Bron:')} ${label}</p>`;
}
