/**
 * The top of the calculator: what could not be used from the site's settings
 * (for whoever runs the site), and the common starting points (horizon, VAT).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import { alert } from '../../../primitives/alert.js';
import { radioGroup } from '../../../primitives/choice-group.js';
import { levelBelow } from '../../../primitives/heading.js';
import type { ConfigIssue } from '../config.types.js';
import type { AttributeIssue } from '../attributes.js';
import type { FormState } from '../form.js';
import { fieldLabel } from '../texts.js';
import type { CalcView } from './view.js';

export interface SettingProblems {
  configIssues: readonly ConfigIssue[];
  attributeIssues: readonly AttributeIssue[];
  shareProblem: boolean;
  lazyLoadFailed: boolean;
  /** A received value in words (from the lazily loaded validator). */
  describeValue(value: unknown): string;
}

function issueText(view: CalcView, issue: ConfigIssue, describeValue: (value: unknown) => string): string {
  const e = issue.expected;
  const got = describeValue(issue.received);
  switch (e.type) {
    case 'number':
      return msg(str`verwacht een getal van ${view.f.number(e.min)} tot ${view.f.number(e.max)}, met hoogstens ${e.decimals} cijfers na de komma; gekregen: ${got}.`);
    case 'one-of':
      return msg(str`verwacht een van deze waarden: ${e.values.join(', ')}; gekregen: ${got}.`);
    case 'object':
      return msg(str`verwacht een object met instellingen; gekregen: ${got}.`);
    case 'list':
      return msg(str`verwacht een lijst van 1 tot ${e.maxItems} scenario's.`);
    case 'text':
      return msg(str`verwacht tekst van hoogstens ${e.maxLength} tekens.`);
    case 'url':
      return msg('verwacht een webadres dat begint met https:// of http://. De bron wordt zonder link getoond.');
    case 'number-or-text':
      return msg(str`verwacht een getal of tekst; gekregen: ${got}. Het veld blijft leeg.`);
    case 'band':
      return msg('het minimum is hoger dan het maximum.');
    case 'known-key':
      return e.suggestion
        ? msg(str`deze instelling bestaat niet en wordt genegeerd. Bedoelt u ${e.suggestion}?`)
        : msg(str`deze instelling bestaat niet en wordt genegeerd. Bedoelt u een van deze: ${e.allowed.join(', ')}?`);
    case 'json':
      return msg(str`dit is geen geldige JSON (${e.detail}).`);
  }
}

/** What could not be used, for whoever runs the site: settings, attributes, a broken shared link, code that did not load. */
export function issuesSection(view: CalcView, problems: SettingProblems): unknown {
const { configIssues, attributeIssues, shareProblem, lazyLoadFailed } = problems;
  const describeValue = (value: unknown) => problems.describeValue(value);
if (!configIssues.length && !attributeIssues.length && !shareProblem && !lazyLoadFailed) return nothing;
  const items = [
    ...configIssues.map((issue) => html`<li><code>${issue.path || 'config'}</code>: ${issueText(view, issue, describeValue)}</li>`),
    ...attributeIssues.map(
      (issue) =>
        html`<li>
          <code>${`${issue.attribute}="${issue.value}"`}</code>:
          ${issue.error
            ? msg('deze waarde is ongeldig. Het veld toont ze, met wat er mis is, zodat u ze kunt verbeteren.')
            : msg(str`verwacht een van deze waarden: ${issue.allowed!.join(', ')}. De standaardwaarde wordt gebruikt.`)}
        </li>`,
    ),
    ...(shareProblem
      ? [html`<li>${msg('De gedeelde link is onvolledig of beschadigd. U ziet de standaardwaarden.')}</li>`]
      : []),
    ...(lazyLoadFailed
      ? [html`<li>${msg('Een deel van de rekenmachine kon niet geladen worden (is er verbinding?). U ziet de standaardwaarden.')}</li>`]
      : []),
  ];
  return html`<div class="issues">
    ${alert({
      tone: 'warning',
      headingLevel: levelBelow(view.headingLevel, 1),
      title: msg('Niet alle instellingen konden gebruikt worden'),
      message: html`<p>
          ${msg('De rekenhulp werkt, maar gebruikt voor deze instellingen de standaardwaarde. Voor wie de website beheert:')}
        </p>
        <ul>
          ${items}
        </ul>`,
    })}
  </div>`;
}

export function settingsSection(view: CalcView): TemplateResult {
  const form = view.form;
  return html`<div class="section" part="settings">
    ${view.heading(msg('Uitgangspunten'), 1)}
    <div class="fields fields--row">
      ${view.numberField({
        id: 'horizon',
        label: fieldLabel('horizon'),
        unit: msg('jaar'),
        hint: msg('Elk scenario wordt naar deze periode omgerekend, ook als de toestellen korter of langer meegaan.'),
        value: form.horizon,
        onInput: (value) => view.setGlobal('horizon', value),
      })}
      ${radioGroup({
        id: 'vat',
        legend: msg('De bedragen die u invult, zijn'),
        options: [
          { value: 'incl', label: msg('inclusief btw') },
          {
            value: 'excl',
            label: msg('exclusief btw'),
            hint: msg(str`De rekenhulp telt er ${view.f.percent(view.resolved.vatRatePercent)} btw bij.`),
          },
        ],
        value: form.vat,
        onChange: (value) => view.setGlobal('vat', value as FormState['vat'], true),
      })}
    </div>
  </div>`;
}
