/** The rose's header: its title, and what it shows (framework, whose profile, the comparison). */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import { heading, type HeadingLevel } from '../../../primitives/heading.js';
import { named, type RoseView } from './view.js';

/**
 * `view` is there once a framework and data are: until then, the title alone.
 * With `hideTitle` the title is left out of sight and of the headings, and
 * still names the chart (`rose-title`).
 */
export function roseHeader(title: string, headingLevel: HeadingLevel, view: RoseView | undefined, hideTitle = false): TemplateResult {
  return html`<div class="rose__header">
    ${hideTitle ? html`<span id="rose-title" hidden>${title}</span>` : heading(title, { level: headingLevel, id: 'rose-title' })}
    ${view ? html`<p class="rose__subtitle">${subtitle(view)}</p>` : nothing}
  </div>`;
}

function subtitle(view: RoseView): TemplateResult {
  const { data, texts } = view;
  const who = data.main.team ? msg(str`${texts.mainLabel()}: ${data.main.count} profielen`) : data.main.label || view.profileLabel || '';
  return html`${named(view, view.framework.name)}${who ? html` · ${who}` : nothing}${data.comparison ? html` · ${msg(str`vergeleken met ${texts.comparisonName()}`)}` : nothing}`;
}
