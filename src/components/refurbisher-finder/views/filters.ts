/** The search form: postcode (or the browser's position), search words, device types, number of devices, services, wiping level, languages. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import { button } from '../../../primitives/button.js';
import { checkboxGroup } from '../../../primitives/choice-group.js';
import { textField } from '../../../primitives/field.js';
import { heading } from '../../../primitives/heading.js';
import { icon } from '../../../primitives/icons.js';
import { isFiltered } from '../filter.js';
import { deviceTypes, languages, services } from '../model.js';
import { deviceTypeLabel, geoText, provinceLabel, serviceLabel } from '../texts.js';
import type { FinderView } from './view.js';

/** A group of checkboxes, each with how many refurbishers it leaves; ticking one is a change. */
function group<T extends string>(
  view: FinderView,
  id: string,
  legend: string,
  all: readonly T[],
  label: (value: T) => string,
  counts: Record<T, number>,
  values: readonly T[],
  set: (values: T[]) => Parameters<FinderView['change']>[0],
  hint?: string,
): TemplateResult {
  return checkboxGroup({
    id,
    legend,
    hint,
    options: all.map((value) => ({ value, label: label(value), count: counts[value] })),
    values,
    formatCount: view.format.number,
    onChange: (next) => view.change(set(next as T[])),
  });
}

/** The postcode, and "use my location" when the feed has coordinates to measure to. */
function location(view: FinderView): TemplateResult {
  const { state, postcode } = view;
  const hasCoordinates = view.entries.some((entry) => entry.record.address.coordinates);
  const postcodeError =
    !postcode.ok && postcode.error !== 'empty' && (state.postcodeLeft || state.postcode.trim().length >= 4)
      ? msg('Typ een Belgische postcode van 4 cijfers, bijvoorbeeld 9000.')
      : undefined;
  const geo = geoText(state.geoStatus);
  return html`<div class="location">
    ${textField({
      id: 'postcode',
      label: msg('Postcode van uw school'),
      hint: postcode.ok ? msg(str`Toont wie in ${provinceLabel(postcode.province)} werkt.`) : msg('Toont wie in uw provincie werkt.'),
      value: state.postcode,
      inputMode: 'numeric',
      autocomplete: 'postal-code',
      size: 6,
      maxLength: 8,
      error: postcodeError,
      onInput: (value) => view.setPostcode(value),
      onChange: () => view.leavePostcode(),
    })}
    ${hasCoordinates
      ? html`<p class="hint" id="location-hint">
            ${msg('Of sorteer op afstand van waar u nu bent. Uw browser vraagt eerst toestemming; uw locatie blijft op uw toestel.')}
          </p>
          ${state.deviceOrigin
            ? html`<p class="status">${icon('location')}<span>${msg('Gesorteerd op afstand van uw locatie.')}</span></p>
                ${button({ label: msg('Vergeet mijn locatie'), variant: 'tertiary', onClick: () => view.forgetLocation() })}`
            : button({
                label: msg('Gebruik mijn locatie'),
                icon: 'location',
                busy: state.geoStatus === 'busy',
                describedBy: 'location-hint',
                onClick: () => view.useMyLocation(),
              })}
          ${geo ? html`<p class="status status--problem">${icon('warning')}<span>${geo}</span></p>` : nothing}`
      : nothing}
  </div>`;
}

export function filtersForm(view: FinderView): TemplateResult {
  const { state, format } = view;
  const facets = view.facets!;
  return html`<div class="column filters" id="filters" part="filters">
    ${heading(msg('Zoeken'), { level: view.level, depth: 1 })} ${location(view)}
    ${textField({
      id: 'query',
      type: 'search',
      label: msg('Zoek op naam, gemeente of certificering'),
      value: state.query,
      autocomplete: 'off',
      onInput: (value) => view.change({ query: value }),
    })}
    ${group(
      view,
      'device-types',
      msg('Welke toestellen wilt u afdanken?'),
      deviceTypes,
      deviceTypeLabel,
      facets.deviceTypes,
      state.deviceTypes,
      (values) => ({ deviceTypes: values }),
      msg('Toont wie ze allemaal aanneemt. Tussen haakjes: hoeveel refurbishers er dan overblijven.'),
    )}
    ${textField({
      id: 'devices',
      label: msg('Hoeveel toestellen?'),
      hint: msg('Sommige refurbishers nemen toestellen pas aan, of halen ze pas op, vanaf een bepaald aantal.'),
      value: state.devices,
      inputMode: 'numeric',
      autocomplete: 'off',
      size: 6,
      error: view.deviceCount === 'invalid' ? msg('Typ een geheel getal vanaf 1, bijvoorbeeld 25.') : undefined,
      onInput: (value) => view.change({ devices: value }),
    })}
    ${group(view, 'services', msg('Wat moet de refurbisher doen?'), services, serviceLabel, facets.services, state.services, (values) => ({ services: values }))}
    ${group(
      view,
      'wiping',
      msg('Hoe grondig moeten de gegevens gewist worden?'),
      ['purge'] as const,
      () => msg('Purge of beter'),
      { purge: facets.purgeOrBetter },
      state.purgeOrBetter ? ['purge'] : [],
      (values) => ({ purgeOrBetter: values.includes('purge') }),
      msg("Purge of Destroy volgens NIST SP 800-88. Telt niet mee: Clear (overschrijven; zwak voor SSD's), en wie het wisniveau niet opgeeft."),
    )}
    ${group(view, 'languages', msg('In welke taal?'), languages, format.languageName, facets.languages, state.languages, (values) => ({ languages: values }))}
    ${isFiltered(view.filters) || state.deviceOrigin
      ? button({ label: msg('Wis alle filters'), icon: 'close', onClick: () => view.clearAll() })
      : nothing}
    ${button({
      label: view.results.length === 1 ? msg('Toon 1 resultaat') : msg(str`Toon ${format.number(view.results.length)} resultaten`),
      variant: 'primary',
      className: 'filters__done',
      onClick: () => void view.showResults(),
    })}
  </div>`;
}
