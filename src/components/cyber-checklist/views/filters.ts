/** Which measures are shown: by theme, level and status, and all themes open or closed. */
import { html, type TemplateResult } from 'lit';
import { msg } from '../../../i18n/localize.js';
import { button } from '../../../primitives/button.js';
import { selectField } from '../../../primitives/field.js';
import type { Measure } from '../content.js';
import { statusOf, statuses, type ChecklistState } from '../state.js';
import { statusLabel } from '../texts.js';
import type { ChecklistView, Filters } from './view.js';

export const noFilters: Filters = { theme: 'all', level: 'all', status: 'all' };

/** Whether the filters keep `measure`. */
export function isShown(filters: Filters, measure: Measure, answers: ChecklistState): boolean {
  const { theme, level, status } = filters;
  return (theme === 'all' || measure.theme === theme) && (level === 'all' || measure.level === level) && (status === 'all' || statusOf(answers, measure.id) === status);
}

export function filtersView(view: ChecklistView): TemplateResult {
  const { filters, collapsed } = view.state;
  const all = { value: 'all', label: msg('Alle') };
  const set = (key: keyof Filters) => (value: string) => view.actions.setFilters({ ...filters, [key]: value });
  const allOpen = collapsed.size === 0;
  return html`<section class="filters" part="filters" aria-labelledby="filters-title">
    ${view.heading(msg('Toon'), 1, 'filters-title')}
    <div class="filters__fields">
      ${selectField({ id: 'filter-theme', label: msg('Thema'), value: filters.theme, options: [all, ...view.content.themes.map((t) => ({ value: t.id, label: t.title }))], onChange: set('theme') })}
      ${selectField({ id: 'filter-level', label: msg('Niveau'), value: filters.level, options: [all, { value: 'basic', label: msg('Basis') }, { value: 'advanced', label: msg('Gevorderd') }], onChange: set('level') })}
      ${selectField({ id: 'filter-status', label: msg('Status'), value: filters.status, options: [all, ...statuses.map((s) => ({ value: s, label: statusLabel(s) }))], onChange: set('status') })}
    </div>
    ${button({
      label: allOpen ? msg('Alle thema’s dichtklappen') : msg('Alle thema’s openklappen'),
      onClick: () => view.actions.setCollapsed(allOpen ? new Set(view.content.themes.map((theme) => theme.id)) : new Set<string>()),
    })}
  </section>`;
}
