/**
 * The "Bijdrage van ouders" section. In secondary education: the fee parents
 * would pay for what other means do not cover, set against what the Court of
 * Audit found in a sample of secondary schools (a finding, not a norm). In
 * primary education no fee or deposit may be asked for ICT material, so the
 * section shows what the school pays itself.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import { alert } from '../../../primitives/alert.js';
import { selectField } from '../../../primitives/field.js';
import type { Band, BandPosition, ParentResult } from '../model.js';
import { fieldLabel } from '../texts.js';
import { alertLevel, sourceLink, type CalcView } from './view.js';

export function parentSection(view: CalcView): TemplateResult {
  const { form, calc, f } = view;
  const feeAllowed = calc.envelope.level !== 'primary';
  const chosen = form.scenarios.findIndex((draft) => draft.id === form.parentScenario);
  const chosenMissing = chosen >= 0 && !calc.scenarios.some((s) => s.id === form.parentScenario);
  return html`<div class="section" part="parent-contribution">
    ${view.heading(msg('Bijdrage van ouders'), 1)}
    ${feeAllowed
      ? html`<p>${msg('Hoeveel zouden ouders per jaar moeten bijdragen voor wat de school niet met subsidies of eigen middelen betaalt?')}</p>`
      : html`<p>
          ${msg(
            'In het basisonderwijs hoort ICT-materiaal (computers, ook met internet) bij de materialen die de school kosteloos ter beschikking stelt. De school mag ouders er geen bijdrage of waarborg voor vragen. Hieronder ziet u wat de school zelf betaalt.',
          )}
        </p>`}
    <div class="fields">
      ${selectField({
        id: 'parent-scenario',
        label: msg('Voor welk scenario?'),
        value: form.parentScenario,
        options: [
          { value: '', label: msg('Het goedkoopste') },
          ...form.scenarios.map((draft, index) => ({ value: draft.id, label: view.displayName(draft, index) })),
        ],
        onChange: (value) => view.setGlobal('parentScenario', value, true),
      })}
      ${view.numberField({
        id: 'funds',
        label: fieldLabel('funds'),
        unit: msg('euro'),
        hint: msg('Subsidies en werkingsmiddelen die de school voor deze toestellen inzet.'),
        value: form.funds,
        onInput: (value) => view.setGlobal('funds', value),
      })}
      ${feeAllowed
        ? view.numberField({
            id: 'deposit',
            label: fieldLabel('deposit'),
            unit: msg('euro'),
            hint: msg('Laat leeg als er geen waarborg is.'),
            value: form.deposit,
            onInput: (value) => view.setGlobal('deposit', value),
          })
        : nothing}
    </div>
    <p class="muted">
      ${msg(
        str`Ter oriëntatie: Digiplan komt neer op ongeveer ${f.approx(calc.envelope.derivedPerPupilCents)} per leerling voor de hele legislatuur, niet per jaar (afgeleid, zie hieronder).`,
      )}
    </p>
    ${chosenMissing
      ? html`<p>${msg(str`${view.displayName(form.scenarios[chosen]!, chosen)} telt nog niet mee. Tot de velden ervan kloppen, rekent de rekenhulp met het goedkoopste scenario.`)}</p>`
      : nothing}
    ${calc.parent
      ? calc.parent.feeAllowed
        ? feeResult(view, calc.parent)
        : schoolPaysResult(view, calc.parent)
      : html`<p class="muted">${msg('De bijdrage verschijnt zodra minstens één scenario en de velden hierboven kloppen.')}</p>`}
  </div>`;
}

function calculationNote(view: CalcView, parent: ParentResult): TemplateResult {
  const scenario = view.calc.scenarios.find((s) => s.id === parent.scenarioId)!;
  return html`<p class="muted">
    ${msg(
      str`Berekening: ${view.f.money(parent.costPerPupilPerYearCents)} per leerling per jaar voor ${view.resultName(scenario)}, min ${view.f.amount(parent.otherFundsCents)} andere middelen.`,
    )}
  </p>`;
}

function schoolPaysResult(view: CalcView, parent: ParentResult): TemplateResult {
  return html`<div class="figure">
      <p>${msg('Wat de school zelf betaalt, per leerling per jaar')}</p>
      <p class="figure__amount">${view.f.money(parent.remainingCents)}</p>
      ${calculationNote(view, parent)}
    </div>
    <p class="source">${msg('Bron:')} ${sourceLink(view.resolved.sources['freeMaterials'] ?? { id: 'free-materials' })}</p>`;
}

function bandText(view: CalcView, band: Band): string {
  return msg(str`${view.f.amount(band.minCents)} tot ${view.f.amount(band.maxCents)}`);
}

function feeComparison(view: CalcView, parent: ParentResult): TemplateResult {
  const { feeBand, depositBand } = view.resolved.constants;
  const fee = view.f.money(parent.neededFeeCents);
  const feeSentence: Record<BandPosition, string> = {
    within: msg(str`Een bijdrage van ${fee} per jaar ligt binnen wat het Rekenhof vond.`),
    above: msg(
      str`Een bijdrage van ${fee} per jaar ligt hoger dan wat het Rekenhof vond. Kijk of een goedkoper scenario, een langere levensduur of meer eigen middelen kan.`,
    ),
    below: msg(str`Een bijdrage van ${fee} per jaar ligt lager dan wat het Rekenhof vond.`),
  };
  const deposit = view.f.amount(parent.depositCents);
  const depositSentence: Record<BandPosition, string> = {
    within: msg(str`Een waarborg van ${deposit} per jaar ligt binnen wat het Rekenhof vond.`),
    above: msg(str`Een waarborg van ${deposit} per jaar ligt hoger dan wat het Rekenhof vond.`),
    below: msg(str`Een waarborg van ${deposit} per jaar ligt lager dan wat het Rekenhof vond.`),
  };
  const higher = parent.feePosition === 'above' || (parent.depositCents > 0 && parent.depositPosition === 'above');
  return alert({
    tone: higher ? 'warning' : 'info',
    headingLevel: alertLevel(view),
    title: higher ? msg('Hoger dan wat het Rekenhof vond') : msg('Ter vergelijking: wat het Rekenhof vond'),
    message: html`<p>
        ${msg(
          str`In een steekproef van secundaire scholen (2024) vroeg meer dan 70% een jaarlijkse gebruiksbijdrage van ${bandText(view, feeBand)} per leerling, en 45% ook een jaarlijkse waarborg van ${bandText(view, depositBand)}. Dat is een vaststelling, geen norm.`,
        )}
      </p>
      <p>${feeSentence[parent.feePosition!]}</p>
      ${parent.depositCents ? html`<p>${depositSentence[parent.depositPosition!]}</p>` : nothing}`,
  });
}

function feeResult(view: CalcView, parent: ParentResult): TemplateResult {
  const passesCosts = parent.neededFeeCents > 0 || parent.depositCents > 0;
  return html`<div class="figure">
      <p>${msg('Nodige bijdrage per leerling per jaar')}</p>
      <p class="figure__amount">${view.f.money(parent.neededFeeCents)}</p>
      ${parent.neededFeeCents
        ? html`<p>${msg(str`Dat is ${view.f.money(parent.monthlyOverTenCents)} per maand over tien maanden, zonder juli en augustus.`)}</p>`
        : nothing}
      ${calculationNote(view, parent)}
    </div>
    ${feeComparison(view, parent)}
    ${passesCosts
      ? alert({
          tone: 'warning',
          headingLevel: alertLevel(view),
          title: msg('Als de school deze kosten doorrekent'),
          message: html`<ul>
            <li>${msg('Elke leerling kan op school de digitale leermiddelen gebruiken. Moet een leerling ook na de schooluren een toestel hebben, dan leent de school er een uit; daarvoor mag ze een huurprijs en eventueel een waarborg vragen.')}</li>
            <li>${msg('De schoolraad beslist over de bedragen en motiveert die beslissing. De bedragen staan in de bijdrageregeling van het schoolreglement.')}</li>
            <li>${msg('Sociale correcties zorgen ervoor dat elke leerling een toestel kan gebruiken, ook als de bijdrage voor een gezin te zwaar is.')}</li>
            <li>${msg('Ouders kunnen in beroep gaan bij de Commissie Zorgvuldig Bestuur. Die besliste in 2022 dat een school een type laptop mag voorschrijven, maar ouders niet mag verplichten om hem via de school te kopen.')}</li>
          </ul>`,
        })
      : nothing}
    <p class="source">${msg('Bron van de vergelijking:')} ${sourceLink(view.resolved.sources['feeBand']!)}</p>`;
}
