/**
 * The chart view: the rose (one tab stop; the element's listeners sit on its
 * HTML parent) beside the details of the competence under the pointer or
 * focus, and the legend.
 */
import { html, type TemplateResult } from 'lit';
import { roseChart, type Wedge } from '../chart.js';
import { details } from './details.js';
import { legend } from './legend.js';
import type { RoseView } from './view.js';

export function chartView(view: RoseView): TemplateResult {
  const { framework, data, texts, listeners } = view;
  const wedges: Wedge[] = framework.competences.map((competence) => {
    const main = data.main.spreads[competence.index] ?? null;
    const value = main?.median ?? null;
    return {
      slot: competence.area.color,
      area: competence.area.index,
      code: competence.code,
      value,
      spread: data.main.team && main && main.n > 1 ? { q1: main.q1, q3: main.q3 } : null,
      comparison: data.comparison?.spreads[competence.index]?.median ?? null,
      label: texts.wedgeLabel(competence),
      valueText: texts.levelText(value),
    };
  });
  return html`<div
      class="chart-figure"
      @keydown=${listeners.keydown}
      @focusin=${listeners.focusin}
      @focusout=${listeners.focusout}
      @pointerover=${listeners.pointerover}
      @pointerleave=${listeners.pointerleave}
      @click=${listeners.click}
    >
      ${roseChart({
        layout: view.layout,
        levelLabels: framework.levels.map((level) => level.id),
        wedges,
        areaCodes: framework.areas.map((area) => area.code),
        editable: view.editing,
        focusIndex: view.focusIndex,
        activeIndex: view.activeIndex,
        labelledBy: 'rose-title',
        describedBy: 'rose-summary',
        animate: true,
      })}
    </div>
    <div class="chart-side">${details(view)} ${legend(view)}</div>`;
}
