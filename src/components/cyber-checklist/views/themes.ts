/**
 * Each theme with its progress, and its measures behind a disclosure: status, why and how, and a
 * note. A note field shows once there is a note or the person asks for one ("Notitie toevoegen"),
 * so an untouched card is its title, its status and one line.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import { button } from '../../../primitives/button.js';
import { radioGroup } from '../../../primitives/choice-group.js';
import { disclosure } from '../../../primitives/disclosure.js';
import { textArea } from '../../../primitives/field.js';
import { progressBar } from '../../../primitives/progress.js';
import type { Measure, Theme } from '../content.js';
import { statusOf, statuses, type Status } from '../state.js';
import { levelLabel, statusLabel } from '../texts.js';
import { isShown } from './filters.js';
import type { ChecklistView } from './view.js';

export function themesView(view: ChecklistView): TemplateResult {
  return html`<div class="themes">${view.content.themes.map((theme) => themeView(view, theme))}</div>`;
}

function themeView(view: ChecklistView, theme: Theme): unknown {
  const { filters, collapsed } = view.state;
  if (filters.theme !== 'all' && filters.theme !== theme.id) return nothing;
  const measures = view.content.measures.filter((measure) => measure.theme === theme.id && isShown(filters, measure, view.answers));
  const progress = view.summary.byTheme.get(theme.id)!;
  const open = !collapsed.has(theme.id);
  return html`<section class="theme" part="theme" aria-labelledby=${`t-${theme.id}`}>
    ${view.heading(theme.title, 1, `t-${theme.id}`)}
    ${progressBar({
      id: `p-${theme.id}`,
      label: msg(str`Voortgang ${theme.title}`),
      value: progress.done,
      max: progress.applicable,
      valueText: msg(str`${progress.done} van ${progress.applicable} gedaan`),
    })}
    ${disclosure({
      id: `d-${theme.id}`,
      summary: open ? msg(str`Verberg de maatregelen (${measures.length})`) : msg(str`Toon de maatregelen (${measures.length})`),
      open,
      onToggle: (isOpen) => {
        const next = new Set(collapsed);
        if (isOpen) next.delete(theme.id);
        else next.add(theme.id);
        view.actions.setCollapsed(next);
      },
      content: open
        ? measures.length
          ? html`<ol class="measures">${measures.map((measure) => measureView(view, measure))}</ol>`
          : html`<p>${msg('Geen maatregelen met deze filters.')}</p>`
        : nothing,
    })}
  </section>`;
}

function measureView(view: ChecklistView, measure: Measure): TemplateResult {
  const status = statusOf(view.answers, measure.id);
  const note = view.answers.answers[measure.id]?.note ?? '';
  return html`<li class="measure measure--${status}" part="measure" id=${`m-${measure.id}`} tabindex="-1" aria-labelledby=${`mt-${measure.id}`}>
    <div class="measure__head">
      ${view.heading(measure.title, 2, `mt-${measure.id}`)}
      <span class="tag">${levelLabel(measure.level)}</span>
    </div>
    ${radioGroup({
      id: `s-${measure.id}`,
      // The card's title names the measure in view; a screen reader still hears whose status it is.
      legend: msg('Status'),
      legendForScreenReaders: msg(str`van: ${measure.title}`),
      value: status,
      segmented: true,
      options: statuses.map((value) => ({ value, label: statusLabel(value) })),
      onChange: (value) => view.actions.setStatus(measure, value as Status),
    })}
    ${disclosure({
      summary: msg('Waarom en hoe'),
      content: html`<p>${measure.why}</p>
        <ol class="steps">
          ${measure.how.map((step) => html`<li>${step}</li>`)}
        </ol>
        ${measure.links.length
          ? html`<ul class="links">
              ${measure.links.map((link) => html`<li><a href=${link.url} rel="noopener noreferrer" target="_blank">${link.label}<span class="visually-hidden"> ${msg('(opent in een nieuw venster)')}</span></a></li>`)}
            </ul>`
          : nothing}`,
    })}
    ${note || view.state.notesOpen.has(measure.id)
      ? textArea({
          id: `n-${measure.id}`,
          label: msg('Notitie'),
          showOptional: true,
          value: note,
          rows: 2,
          maxLength: 5000,
          onChange: (value) => view.actions.setNote(measure, value),
        })
      : button({
          label: msg('Notitie toevoegen'),
          // Every card has this button: the name says which measure it is for.
          accessibleLabel: msg(str`Notitie toevoegen bij: ${measure.title}`),
          variant: 'tertiary',
          icon: 'plus',
          className: 'note-add',
          onClick: () => view.actions.openNote(measure),
        })}
  </li>`;
}
