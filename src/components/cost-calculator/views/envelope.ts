/**
 * The Digiplan section: theme 1 per member of the teaching staff, and the
 * derived per-pupil share of theme 2 or 3. Digiplan is a concept note's
 * proposal ("implies no financial or budgetary commitment"), so every figure
 * here is called indicative.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import { alert } from '../../../primitives/alert.js';
import { radioGroup } from '../../../primitives/choice-group.js';
import type { FormState } from '../form.js';
import { fieldLabel } from '../texts.js';
import { alertLevel, sourceLink, type CalcView } from './view.js';

export function envelopeSection(view: CalcView): TemplateResult {
  const { form, calc, f } = view;
  const { envelope } = calc;
  const share = view.resolved.constants.shares[envelope.level];
  const primary = envelope.level === 'primary';
  const oneToOne = primary ? calc.scenarios.filter((s) => s.pupilsPerDevice <= 1) : [];
  const pupils = share.pupilsAsOf
    ? msg(str`${f.number(share.pupils)} leerlingen (${share.pupilsAsOf})`)
    : msg(str`${f.number(share.pupils)} leerlingen`);
  return html`<div class="section" part="envelope">
    ${view.heading(msg('Digiplan (conceptnota 2025): indicatief'), 1)}
    <p>
      ${msg(
        'De conceptnota Digiplan is een voorstel van de Vlaamse Regering voor 2025-2028: ze houdt nog geen financieel of budgettair engagement in. De bedragen hieronder zijn dus een indicatie, geen budget dat uw school krijgt.',
      )}
    </p>
    <div class="fields fields--row">
      ${radioGroup({
        id: 'level',
        legend: msg('Onderwijsniveau'),
        options: [
          { value: 'primary', label: msg('Basisonderwijs') },
          { value: 'secondary', label: msg('Secundair onderwijs') },
        ],
        value: form.schoolLevel,
        onChange: (value) => view.setGlobal('schoolLevel', value as FormState['schoolLevel'], true),
      })}
      ${view.numberField({
        id: 'staff',
        label: fieldLabel('staff'),
        value: form.staff,
        onInput: (value) => view.setGlobal('staff', value),
      })}
      ${view.numberField({
        id: 'pupils',
        label: fieldLabel('pupils'),
        value: form.pupils,
        onInput: (value) => view.setGlobal('pupils', value),
      })}
    </div>
    <div class="figure">
      <p>${msg('Thema 1: digitale werkmiddelen voor het onderwijzend personeel')}</p>
      ${envelope.totalCents === null
        ? html`<p>
            ${msg(
              str`${f.amount(envelope.perStaffCents)} per lid van het onderwijzend personeel. Vul het aantal in om de indicatie voor uw school te zien.`,
            )}
          </p>`
        : html`<p class="figure__amount">${f.total(envelope.totalCents)}</p>
            <p>${msg(str`${f.number(envelope.staff!)} leden van het onderwijzend personeel × ${f.amount(envelope.perStaffCents)}`)}</p>`}
      <p class="source">${msg('Bron:')} ${sourceLink(view.resolved.sources['digiplanPerStaff']!)}</p>
    </div>
    <div class="derived" part="derived">
      <p class="tag">${msg('Afgeleid, ter oriëntatie')}</p>
      <p>
        ${primary
          ? msg(
              str`Thema 2, basisonderwijs (kleuter en lager): gedeelde infrastructuur zoals computerlokalen, laptopkarren en randapparatuur, geen laptops voor individuele kinderen. ${f.millions(share.budgetCents)} voor ${pupils} is ongeveer ${f.approx(envelope.derivedPerPupilCents)} per leerling voor de hele legislatuur.`,
            )
          : msg(
              str`Thema 3, secundair onderwijs: een budget dat de school vrij besteedt volgens haar noden. ${f.millions(share.budgetCents)} voor ${pupils} is ongeveer ${f.approx(envelope.derivedPerPupilCents)} per leerling voor de hele legislatuur.`,
            )}
      </p>
      ${envelope.derivedSchoolCents === null
        ? nothing
        : html`<p>${msg(str`Voor ${f.number(envelope.pupils!)} leerlingen: ongeveer ${f.approx(envelope.derivedSchoolCents)}.`)}</p>`}
      <p class="source">${sourceLink(view.resolved.sources['shares']!)}</p>
    </div>
    ${oneToOne.length
      ? alert({
          tone: 'warning',
          headingLevel: alertLevel(view),
          title: msg('Geen individuele laptops in het basisonderwijs'),
          message: html`<p>
            ${msg(
              str`Digiplan betaalt in het basisonderwijs geen laptop per kind, wel gedeelde toestellen. Deze scenario's rekenen met één toestel per leerling of meer: ${oneToOne.map((s) => view.resultName(s)).join(', ')}.`,
            )}
          </p>`,
        })
      : nothing}
  </div>`;
}
