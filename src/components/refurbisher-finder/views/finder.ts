/**
 * What the finder shows once its code is there: the messages about the feed,
 * then the filters beside the results; while nothing is loaded yet, a loading
 * line. The cards are drawn with the filters: Lighthouse measured the finder
 * slower with them in a stage of their own (TBT 448 against 344 ms drawn
 * with the filters, median of 3 each), as their layout is skipped out of
 * view anyway (content-visibility).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import { button } from '../../../primitives/button.js';
import { heading } from '../../../primitives/heading.js';
import { icon } from '../../../primitives/icons.js';
import { activeFilterCount } from '../filter.js';
import { compareSection } from './compare.js';
import { filtersForm } from './filters.js';
import { feedNotices } from './notices.js';
import { emptyAdvice, resultList, sortField } from './results.js';
import type { FinderView } from './view.js';

export function finderContent(view: FinderView): TemplateResult {
  return html`${feedNotices(view)}
  ${view.loader.parsed
    ? searchLayout(view)
    : view.loader.loading
      ? html`<p class="loading">${icon('spinner')}<span>${msg('De lijst van refurbishers wordt geladen…')}</span></p>`
      : nothing}`;
}

/**
 * The comparison across the full width, then the filters beside the results.
 * In a narrow finder the filters stack above the results and fold away
 * behind "Filters (n)" until opened, so the first result is near the top;
 * "Toon N resultaten" folds them again and goes to the results. Which of the
 * two applies is the stylesheet's container query (the finder's own width,
 * not the page's), so both are rendered and there is nothing to measure.
 */
function searchLayout(view: FinderView): TemplateResult {
  const open = view.state.filtersOpen === true;
  const count = activeFilterCount(view.filters);
  return html`<div class="search">
    ${compareSection(view)}
    <div class="layout${open ? '' : ' layout--filters-closed'}">
      ${button({
        label: count ? msg(str`Filters (${view.format.number(count)})`) : msg('Filters'),
        icon: 'search',
        expanded: open,
        controls: 'filters',
        className: 'filters-toggle',
        onClick: () => view.toggleFilters(!open),
      })}
      ${filtersForm(view)}
      <div class="column" part="results">
        ${heading(msg('Resultaten'), { level: view.level, depth: 1, id: 'results-title', focusable: true })}
        <div class="bar">
          <p class="count">${view.countText()}</p>
          ${view.entries.length > 1 ? sortField(view) : nothing}
        </div>
        ${view.results.length ? resultList(view) : emptyAdvice(view)}
      </div>
    </div>
  </div>`;
}
