/** The messages about the feed above the search: example data, a failed load, entries left out or shown without some fields. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import { alert } from '../../../primitives/alert.js';
import { button } from '../../../primitives/button.js';
import { levelBelow } from '../../../primitives/heading.js';
import { problemList } from '../details.js';
import type { FeedError } from '../feed-controller.js';
import { errorTitle } from '../texts.js';
import type { FinderView } from './view.js';

/** Why the list could not be (re)loaded, in words for the person. */
function errorText(error: FeedError): unknown {
  switch (error.kind) {
    case 'network':
      return msg('Er kwam geen antwoord van de server. Controleer uw internetverbinding en probeer het opnieuw.');
    case 'timeout':
      return msg(str`De server antwoordde niet binnen ${error.seconds} seconden. Probeer het opnieuw.`);
    case 'http':
      return msg(str`De server gaf een fout (HTTP ${error.status}). Probeer het later opnieuw, of meld het aan wie de website beheert.`);
    case 'json':
    case 'content-type':
      return msg('De server stuurde geen geldige lijst (geen JSON). Meld het aan wie de website beheert.');
    case 'too-large':
      return msg(str`De lijst is groter dan ${Math.round(error.maxBytes / 1024 / 1024)} MB en wordt niet geladen. Meld het aan wie de website beheert.`);
    case 'invalid':
      return html`${msg('De gegevens hebben niet de vorm van een lijst van refurbishers. Voor wie de website beheert:')}
        <ul>
          ${error.problems.map((problem) => html`<li><code>${problem.path || 'feed'}</code>: <span lang="en">${problem.message}</span></li>`)}
        </ul>`;
  }
}

export function feedNotices(view: FinderView): TemplateResult {
  const { loader, format } = view;
  const error = loader.error;
  const skipped = loader.parsed?.skipped ?? [];
  const ignored = loader.parsed?.ignored ?? [];
  const notice = { part: 'notice', headingLevel: levelBelow(view.level, 1) };
  return html`${view.feed?.sample
    ? alert({
        ...notice,
        title: msg('Voorbeeldgegevens'),
        message: msg('De refurbishers hieronder zijn verzonnen, om te tonen hoe de zoekhulp werkt. Het zijn geen echte of erkende bedrijven.'),
      })
    : nothing}
  ${error
    ? alert({
        ...notice,
        tone: loader.parsed ? 'warning' : 'danger',
        title: errorTitle(!!loader.parsed),
        message: html`<p>${errorText(error)}</p>
          ${loader.parsed ? html`<p>${msg('U ziet de lijst zoals ze het laatst geladen werd.')}</p>` : nothing}`,
        actions:
          error.kind === 'invalid'
            ? undefined
            : button({ label: msg('Opnieuw proberen'), variant: 'primary', busy: loader.loading, onClick: () => void view.retry() }),
      })
    : nothing}
  ${skipped.length
    ? alert({
        ...notice,
        tone: 'warning',
        title: skipped.length === 1 ? msg('1 refurbisher weggelaten') : msg(str`${format.number(skipped.length)} refurbishers weggelaten`),
        message: html`<p>${msg('Hun gegevens kloppen niet, daarom ziet u ze niet. Voor wie de lijst beheert:')}</p>
          ${problemList(skipped)}`,
      })
    : nothing}
  ${ignored.length
    ? alert({
        ...notice,
        tone: 'warning',
        title:
          ignored.length === 1
            ? msg('Bij 1 refurbisher zijn gegevens genegeerd')
            : msg(str`Bij ${format.number(ignored.length)} refurbishers zijn gegevens genegeerd`),
        message: html`<p>${msg('Die gegevens kloppen niet en worden niet getoond; de rest van die refurbishers wel. Voor wie de lijst beheert:')}</p>
          ${problemList(ignored)}`,
      })
    : nothing}`;
}
