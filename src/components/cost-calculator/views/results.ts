/**
 * The results: the spread cost per scenario (chart and table, for comparing),
 * what the school pays within the horizon, year by year, and how the totals
 * are built. Two views of one cost, named so that nobody takes the spread
 * cost for the money that leaves the school's account.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BoxMetrics } from '../../../core/measured-box.js';
import { msg, str } from '../../../i18n/localize.js';
import { disclosure } from '../../../primitives/disclosure.js';
import { dataTable } from '../../../primitives/table.js';
import { barChart } from '../chart.js';
import type { CashYear, ScenarioResult } from '../model.js';
import type { CalcView } from './view.js';

export interface ResultsParts {
  summary: string;
  caption: string;
  chart: BoxMetrics;
  excluded: unknown;
  actions: unknown;
  /**
   * Set when the figures shown are the last ones calculated, because the
   * form has none now: why not (the current summary sentence).
   */
  outdated?: string;
}

export function resultsSection(view: CalcView, parts: ResultsParts): TemplateResult {
  const { calc, f } = view;
  const years = f.number(calc.horizonYears);
  const several = calc.scenarios.length > 1;
  const cheapestTag = (s: ScenarioResult) =>
    several && s.id === calc.cheapestId ? html` <span class="tag">${msg('goedkoopste')}</span>` : nothing;
  return html`<div class="section results ${parts.outdated ? 'results--outdated' : ''}" part="results">
    ${view.heading(parts.outdated ? msg('Vorig resultaat, niet bijgewerkt') : msg('Resultaat'), 1)}
    ${parts.outdated
      ? html`<p class="results__outdated" part="result-outdated">
          <span class="tag">${msg('Niet bijgewerkt')}</span> ${parts.outdated}
          ${msg('Hieronder staat het laatste resultaat, tot de velden weer kloppen.')}
        </p>`
      : nothing}
    ${parts.excluded}
    <div class="results__body">
    <p class="results__summary" part="result-summary">${parts.summary}</p>
    ${calc.scenarios.length
      ? html`<p class="muted">
            ${msg(
              'De verdeelde kost spreidt elke aankoop over de levensduur van de toestellen: daarmee vergelijkt u scenario\'s met een andere levensduur eerlijk. Wat de school betaalt, is het geld dat binnen de periode uitgaat, met elke aankoop in het jaar waarin ze gebeurt.',
            )}
          </p>
          <figure class="chart-box">
            <figcaption id="chart-title">${msg(str`Verdeelde kost over ${years} jaar per scenario`)}</figcaption>
            ${barChart({
              labelledBy: 'chart-title',
              describedBy: 'chart-note',
              ...parts.chart,
              bars: calc.scenarios.map((s) => ({
                label: several && s.id === calc.cheapestId ? msg(str`${view.resultName(s)} (goedkoopste)`) : view.resultName(s),
                value: s.totalCents,
                valueText: f.total(s.totalCents),
              })),
            })}
            <p class="muted" id="chart-note">${msg('Dezelfde cijfers staan in de tabel hieronder.')}</p>
          </figure>
          ${dataTable({
            caption: parts.caption,
            captionId: 'table-caption',
            part: 'table',
            head: html`<tr>
                  <th scope="col">${msg('Scenario')}</th>
                  <th scope="col">${msg(str`Verdeelde kost over ${years} jaar`)}</th>
                  <th scope="col">${msg('Per jaar')}</th>
                  <th scope="col">${msg('Per toestel per jaar')}</th>
                  <th scope="col">${msg('Per leerling per jaar')}</th>
                  <th scope="col">${msg('Meer dan het goedkoopste')}</th>
                  <th scope="col">${msg(str`Wat de school betaalt over ${years} jaar`)}</th>
                </tr>`,
            body: calc.scenarios.map(
                  (s) => html`<tr>
                    <th scope="row">${view.resultName(s)}${cheapestTag(s)}</th>
                    <td>${f.total(s.totalCents)}</td>
                    <td>${f.total(s.perYearCents)}</td>
                    <td>${f.money(s.perDevicePerYearCents)}</td>
                    <td>${f.money(s.perPupilPerYearCents)}</td>
                    <td>${s.differenceCents ? f.total(s.differenceCents) : '–'}</td>
                    <td>${f.total(s.paidCents)}</td>
                  </tr>`,
            ),
          })}
          ${disclosure({ id: 'cash', summary: msg('Wat de school betaalt, jaar per jaar'), content: cashTable(view) })}
          ${disclosure({ id: 'breakdown', summary: msg('Hoe de verdeelde kost is opgebouwd'), content: breakdownTable(view) })}
          ${parts.actions}`
      : nothing}
    </div>
  </div>`;
}

function yearEvents(s: ScenarioResult, year: CashYear): string {
  const events: string[] = [];
  if (year.batchesStarted) {
    events.push(
      s.acquisition === 'lease'
        ? msg('nieuw leasecontract')
        : year.year === 1
          ? msg('aankoop')
          : msg('aankoop van nieuwe toestellen'),
    );
  }
  if (year.batchesEnded) events.push(msg('einde levensduur'));
  return events.join(', ');
}

function cashTable(view: CalcView): TemplateResult {
  const { calc, f } = view;
  const yearCount = calc.scenarios[0]?.paidByYear.length ?? 0;
  return html`<div class="section">
    <p>
      ${msg(
        'Elke keer dat toestellen op zijn, koopt of leaset de school een nieuwe reeks. Die telt hier volledig in het jaar van aankoop, ook als de toestellen na de periode nog meegaan. Wissen en terugkoop tellen in het jaar waarin een reeks op is, alleen binnen de periode. Een leasecontract dat na de periode doorloopt, telt alleen voor de maanden binnen de periode.',
      )}
    </p>
    ${dataTable({
      caption: msg(str`Wat de school betaalt per jaar, over ${f.number(calc.horizonYears)} jaar`),
      captionId: 'cash-caption',
      head: html`<tr>
        <th scope="col">${msg('Jaar')}</th>
        ${calc.scenarios.map((s) => html`<th scope="col">${view.resultName(s)}</th>`)}
      </tr>`,
      body: Array.from({ length: yearCount }, (_, index) => {
            const label = msg(str`Jaar ${index + 1}`);
            return html`<tr>
              <th scope="row">${label}</th>
              ${calc.scenarios.map((s) => {
                const year = s.paidByYear[index]!;
                const events = yearEvents(s, year);
                // The space keeps amount and event apart for a screen reader and in copied text.
                return html`<td>${f.total(year.cents)}${events ? html` <br /><span class="muted">${events}</span>` : nothing}</td>`;
              })}
            </tr>`;
      }),
      foot: html`<tr>
        <th scope="row">${msg('Totaal')}</th>
        ${calc.scenarios.map((s) => html`<td>${f.total(s.paidCents)}</td>`)}
      </tr>`,
    })}
  </div>`;
}

function breakdownTable(view: CalcView): TemplateResult {
  const { calc, f } = view;
  return html`<div class="section">
    <p>
      ${msg(
        'Per toestel telt de rekenhulp de aanschaf (of alle leasemaanden), de jaarlijkse kosten over de levensduur en de eenmalige kosten op, min de restwaarde. Dat bedrag wordt omgerekend naar de vergelijkingsperiode en vermenigvuldigd met het aantal toestellen.',
      )}
    </p>
    ${dataTable({
      caption: msg(str`Opbouw van de verdeelde kost over ${f.number(calc.horizonYears)} jaar`),
      captionId: 'breakdown-caption',
      head: html`<tr>
            <th scope="col">${msg('Scenario')}</th>
            <th scope="col">${msg('Leerlingen')}</th>
            <th scope="col">${msg('Aanschaf of lease')}</th>
            <th scope="col">${msg('Jaarlijkse kosten')}</th>
            <th scope="col">${msg('Eenmalige kosten')}</th>
            <th scope="col">${msg('Restwaarde')}</th>
            <th scope="col">${msg('Totaal')}</th>
          </tr>`,
      body: calc.scenarios.map(
            (s) => html`<tr>
              <th scope="row">${view.resultName(s)}</th>
              <td>${f.number(s.pupils)}</td>
              <td>${f.money(s.breakdown.acquisitionCents)}</td>
              <td>${f.money(s.breakdown.yearlyCents)}</td>
              <td>${f.money(s.breakdown.oneOffCents)}</td>
              <td>${f.money(s.breakdown.residualCents)}</td>
              <td>${f.money(s.totalCents)}</td>
            </tr>`,
      ),
    })}
  </div>`;
}
