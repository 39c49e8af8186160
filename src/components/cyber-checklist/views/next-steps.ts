/** The most important open measures, each a link that shows the measure and moves focus to it. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../../i18n/localize.js';
import { nextSteps, statusOf } from '../state.js';
import { levelLabel } from '../texts.js';
import type { ChecklistView } from './view.js';

export function nextStepsView(view: ChecklistView): TemplateResult {
  const steps = nextSteps(view.content, view.answers);
  return html`<section class="next" part="next-steps" aria-labelledby="next-title">
    ${view.heading(msg('Volgende stappen'), 1, 'next-title')}
    ${steps.length
      ? html`<ol>
          ${steps.map(
            (measure) => html`<li>
              <a href=${`#m-${measure.id}`} @click=${(event: Event) => view.actions.goTo(event, measure)}>${measure.title}</a>
              <span class="tag">${levelLabel(measure.level)}</span>${statusOf(view.answers, measure.id) === 'doing' ? html` <span class="tag">${msg('Bezig')}</span>` : nothing}
            </li>`,
          )}
        </ol>`
      : html`<p>${msg('Er zijn geen open maatregelen meer.')}</p>`}
  </section>`;
}
