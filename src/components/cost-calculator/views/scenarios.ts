/**
 * The scenario cards: name, kind, price, devices, lifetime and sharing, with
 * the yearly and end-of-life costs behind disclosures; adding, removing (with
 * undo) and the list of scenarios left out until their fields are valid.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import { button } from '../../../primitives/button.js';
import { card } from '../../../primitives/card.js';
import { radioGroup } from '../../../primitives/choice-group.js';
import { disclosure } from '../../../primitives/disclosure.js';
import { textField } from '../../../primitives/field.js';
import { levelBelow } from '../../../primitives/heading.js';
import { amountField, fieldId, type ScenarioDraft, type ScenarioNumberField } from '../form.js';
import { acquisitions } from '../model.js';
import { acquisitionLabel, fieldLabel } from '../texts.js';
import type { CalcView } from './view.js';

/** What the scenario cards change, through the element. */
export interface ScenarioEditing {
  readonly openSections: ReadonlySet<string>;
  /** The last removed scenario, for undo. */
  readonly removed?: { draft: ScenarioDraft; index: number };
  setScenario(id: string, key: keyof ScenarioDraft, value: string, immediately?: boolean): void;
  /** A name was committed (change event): recalculate and announce now. */
  commitName(): void;
  toggleSection(sectionId: string, open: boolean): void;
  add(): void;
  remove(id: string): void;
  restore(): void;
  /** Show the errors of `fields` and focus the first, opening its section. */
  goToFields(fields: readonly string[]): void;
}

export function scenariosSection(view: CalcView, edit: ScenarioEditing): TemplateResult {
  const form = view.form;
  const { maxScenarios } = view.resolved;
  const full = form.scenarios.length >= maxScenarios;
  return html`<div class="section">
    ${view.heading(msg('Scenario’s'), 1)}
    <p class="muted">
      ${msg('Alle bedragen per toestel. Laat een kost leeg als die er niet is of al in de prijs zit, zoals service bij een lease.')}
    </p>
    ${view.later(1, () => scenarioCards(view, edit, full, maxScenarios))}
  </div>`;
}

/**
 * The cards and what adds or restores one. In one stage of the first render:
 * side by side, the cards share their rows (a subgrid), so each one drawn
 * later would move the fields of those before it.
 */
function scenarioCards(view: CalcView, edit: ScenarioEditing, full: boolean, maxScenarios: number): TemplateResult {
  const { scenarios } = view.form;
  return html`<div class="scenarios">${scenarios.map((draft, index) => scenarioCard(view, edit, draft, index, scenarios.length))}</div>
    <div class="toolbar">
      ${full
        ? html`<p class="muted">${msg(str`U kunt tot ${maxScenarios} scenario's tegelijk vergelijken.`)}</p>`
        : button({ label: msg('Scenario toevoegen'), icon: 'plus', onClick: () => edit.add() })}
      ${edit.removed && !full
        ? html`<p class="undo">
            ${msg(str`${view.displayName(edit.removed.draft, edit.removed.index)} is verwijderd.`)}
            ${button({
              label: msg(str`${view.displayName(edit.removed.draft, edit.removed.index)} terugzetten`),
              variant: 'tertiary',
              onClick: () => edit.restore(),
            })}
          </p>`
        : nothing}
    </div>`;
}

function scenarioCard(view: CalcView, edit: ScenarioEditing, draft: ScenarioDraft, index: number, count: number): TemplateResult {
  const id = (field: string) => fieldId(draft.id, field);
  const lease = draft.acquisition === 'lease';
  const amount = amountField(draft.acquisition);
  const name = view.displayName(draft, index);
  const input = view.evaluation.input.scenarios.find((s) => s.id === draft.id);
  const field = (key: ScenarioNumberField, unit?: string, hint?: string) =>
    view.numberField({ id: id(key), label: fieldLabel(key, draft.acquisition), unit, hint, value: draft[key], onInput: (value) => edit.setScenario(draft.id, key, value) });
  const yearlySum = input ? Object.values(input.yearly).reduce((a, b) => a + b, 0) : 0;
  const section = (key: string, summary: string, content: TemplateResult) =>
    disclosure({
      id: id(`${key}-section`),
      open: edit.openSections.has(id(key)),
      onToggle: (open) => edit.toggleSection(id(key), open),
      summary,
      content,
    });
  const perYear = msg('euro per jaar');
  return card({
    id: draft.id,
    part: 'scenario',
    headingLevel: levelBelow(view.headingLevel, 2),
    eyebrow: msg(str`Scenario ${index + 1}`),
    title: name,
    body: html`<div class="fields">
      ${textField({
        id: id('name'),
        label: msg('Naam'),
        value: draft.name,
        autocomplete: 'off',
        onInput: (value) => edit.setScenario(draft.id, 'name', value),
        onChange: () => edit.commitName(),
      })}
      ${radioGroup({
        id: id('acquisition'),
        legend: msg('Aanschaf'),
        options: acquisitions.map((kind) => ({ value: kind, label: acquisitionLabel(kind) })),
        value: draft.acquisition,
        onChange: (value) => edit.setScenario(draft.id, 'acquisition', value, true),
      })}
      ${field(
        amount,
        lease ? msg('euro per maand') : msg('euro'),
        lease
          ? msg('Wat de school elke maand voor één toestel betaalt.')
          : draft.acquisition === 'refurbished'
            ? msg('De prijs van één hersteld, hergebruikt toestel.')
            : msg('De prijs van één nieuw toestel, zoals op de offerte.'),
      )}
      ${field('devices')}
      ${field(
        'lifetime',
        msg('jaar'),
        lease ? msg('Hoe lang het leasecontract loopt.') : msg('Hoe lang de school een toestel gebruikt.'),
      )}
      ${field(
        'ratio',
        undefined,
        msg('1 als elke leerling een eigen toestel heeft. Bij een laptopkar: hoeveel leerlingen één toestel delen.'),
      )}
      ${section(
        'yearly',
        yearlySum ? msg(str`Jaarlijkse kosten: ${view.f.money(yearlySum)}`) : msg('Jaarlijkse kosten'),
        html`<div class="fields">
          ${field('insurance', perYear)} ${field('repairs', perYear)}
          ${field('management', perYear)}
          ${field('accessories', perYear)}
        </div>`,
      )}
      ${section(
        'end',
        msg('Eenmalige kosten en restwaarde'),
        html`<div class="fields">
          ${field('setup', msg('euro'))}
          ${field('wiping', msg('euro'), msg('Aan het einde van de levensduur.'))}
          ${field('residual', msg('euro'), msg('Wat de school aan het einde per toestel terugkrijgt.'))}
        </div>`,
      )}
    </div>`,
    footer:
      count > 1
        ? button({
            label: msg('Verwijder dit scenario'),
            accessibleLabel: msg(str`Verwijder dit scenario: ${name}`),
            icon: 'close',
            variant: 'tertiary',
            onClick: () => edit.remove(draft.id),
          })
        : undefined,
  });
}

/** The scenarios left out of the result, each with a link to its first field to fix. */
export function excludedList(view: CalcView, edit: ScenarioEditing): unknown {
  const { excluded } = view.evaluation;
  if (excluded.size === 0 || view.evaluation.errors.has('horizon')) return nothing;
  const form = view.form;
  return html`<ul class="excluded">
    ${[...excluded].map(([id, fields]) => {
      const index = form.scenarios.findIndex((draft) => draft.id === id);
      const name = view.displayName(form.scenarios[index]!, index);
      const first = fields[0];
      return html`<li>
        ${msg(str`${name} telt nog niet mee: vul de lege of foute velden aan.`)}
        ${first
          ? button({
              label: msg(str`Naar ${name}`),
              variant: 'tertiary',
              onClick: () => edit.goToFields(fields),
            })
          : nothing}
      </li>`;
    })}
  </ul>`;
}
