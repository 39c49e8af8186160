/** The overview: overall progress, the level, the school's name, and whether and where the answers are saved. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import { alert } from '../../../primitives/alert.js';
import { textField } from '../../../primitives/field.js';
import { progressBar } from '../../../primitives/progress.js';
import { levelText, storageText } from '../texts.js';
import { problemList } from './notices.js';
import type { ChecklistView } from './view.js';

export function summaryView(view: ChecklistView): TemplateResult {
  const { state, content, answers, summary, alertLevel } = view;
  const overall = summary.overall;
  const notSaved = storageText(state.storageProblem);
  return html`<section class="summary" part="summary" aria-labelledby="summary-title">
    ${view.heading(msg('Overzicht'), 1, 'summary-title')}
    ${progressBar({
      id: 'overall',
      label: msg('Voortgang'),
      value: overall.done,
      max: overall.applicable,
      valueText: msg(str`${overall.percent}% (${overall.done} van ${overall.applicable} maatregelen gedaan)`),
    })}
    <p class="level level--${summary.level}">${levelText(summary)}</p>
    ${textField({
      id: 'school',
      label: msg('Naam van de school'),
      showOptional: true,
      hint: msg('Komt op het rapport.'),
      value: answers.school,
      maxLength: 200,
      autocomplete: 'organization',
      onChange: (value) => view.actions.setSchool(value),
    })}
    ${state.contentWarnings
      ? alert({
          tone: 'warning',
          headingLevel: alertLevel,
          title: msg('Een deel van de inhoud is niet gebruikt'),
          message: html`<p>${msg('Een onderdeel van de inhoud klopt niet en is weggelaten; de rest van de checklist werkt. Voor wie de inhoud beheert:')}</p>
            ${problemList(state.contentWarnings)}`,
        })
      : nothing}
    ${state.hostStateProblems
      ? alert({
          tone: 'danger',
          headingLevel: alertLevel,
          title: msg('De meegegeven antwoorden zijn niet gebruikt'),
          message: html`<p>${msg('De website gaf antwoorden door die niet kloppen. De checklist toont de antwoorden die er al waren. Voor wie de website beheert:')}</p>
            ${problemList(state.hostStateProblems)}`,
        })
      : nothing}
    ${notSaved
      ? alert({ tone: 'warning', title: msg('Niet bewaard in deze browser'), message: notSaved, headingLevel: alertLevel, part: 'storage' })
      : html`<p class="saved">${view.hostStores ? msg('De website bewaart de antwoorden.') : msg('Uw antwoorden worden automatisch bewaard in deze browser.')}</p>`}
    ${state.archivedNotice
      ? alert({ tone: 'info', message: msg(str`Deze versie van de checklist (${content.version}) heeft ${state.archivedNotice} maatregelen niet meer. Hun antwoorden staan onderaan bij ‘Gearchiveerd’.`) })
      : nothing}
    ${state.notice ? html`<p class="notice" role="status">${state.notice}</p>` : nothing}
  </section>`;
}
