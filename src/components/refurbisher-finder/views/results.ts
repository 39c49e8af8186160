/** The results: the sort order, the list of cards (a page at a time), and what to let go of when nothing is left. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import { button } from '../../../primitives/button.js';
import { selectField } from '../../../primitives/field.js';
import type { Loosening } from '../filter.js';
import type { SortKey } from '../sort.js';
import { deviceTypeLabel, serviceLabel } from '../texts.js';
import { resultCard } from './card.js';
import type { FinderView } from './view.js';

export function sortField(view: FinderView): TemplateResult {
  return selectField({
    id: 'sort',
    label: msg('Sorteer op'),
    value: view.activeSort,
    options: [
      ...(view.origin ? [{ value: 'distance', label: msg('Afstand') }] : []),
      { value: 'name', label: msg('Naam') },
      { value: 'updated', label: msg('Laatst bijgewerkt') },
    ],
    onChange: (value) => view.setSort(value as SortKey),
  });
}

export function resultList(view: FinderView): TemplateResult {
  const { results, state } = view;
  const rest = results.length - state.shown;
  return html`<ol class="results">
      ${results.slice(0, state.shown).map((entry) => html`<li tabindex="-1">${resultCard(view, entry.record)}</li>`)}
    </ol>
    ${rest > 0 ? button({ label: msg(str`Toon meer (nog ${view.format.number(rest)})`), onClick: () => void view.showMore() }) : nothing}`;
}

/** A filter to let go of, in words. */
function looseningName(view: FinderView, l: Loosening): string {
  const state = view.state;
  switch (l.kind) {
    case 'query':
      return msg(str`de zoekwoorden “${state.query.trim()}”`);
    case 'province':
      return msg(str`de postcode ${state.postcode.trim()}`);
    case 'devices':
      return msg(str`het aantal toestellen (${state.devices.trim()})`);
    case 'languages':
      return msg('de gekozen talen');
    case 'purgeOrBetter':
      return msg('Purge of beter');
    case 'deviceType':
      return deviceTypeLabel(l.value);
    case 'service':
      return serviceLabel(l.value);
  }
}

export function emptyAdvice(view: FinderView): TemplateResult {
  if (!view.entries.length) return html`<p>${msg('Deze lijst bevat (nog) geen refurbishers.')}</p>`;
  const advice = view.advice;
  const clearAll = button({ label: msg('Wis alle filters'), icon: 'close', onClick: () => view.clearAll() });
  return html`<div class="column empty">
    <p>${msg('Geen enkele refurbisher past bij alle filters samen.')}</p>
    ${advice.length
      ? html`<p>${msg('Laat een filter los:')}</p>
          <ul class="advice">
            ${advice.map(({ loosening, count }) => {
              const name = looseningName(view, loosening);
              return html`<li>
                ${button({
                  label: count === 1 ? msg(str`Zonder ${name}: 1 refurbisher`) : msg(str`Zonder ${name}: ${view.format.number(count)} refurbishers`),
                  variant: 'tertiary',
                  onClick: () => view.applyLoosening(loosening),
                })}
              </li>`;
            })}
          </ul>`
      : nothing}
    ${clearAll}
  </div>`;
}
