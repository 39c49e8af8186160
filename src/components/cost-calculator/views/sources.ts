/**
 * "Waar de standaardwaarden vandaan komen": every default with its source,
 * grouped so that one source is one paragraph with the values it backs.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import type { Source } from '../config.types.js';
import { disclosure } from '../../../primitives/disclosure.js';
import { acquisitions, type Band, type SchoolLevel } from '../model.js';
import { acquisitionLabel } from '../texts.js';
import { sourceLink, type CalcView } from './view.js';

export function sourcesSection(view: CalcView): TemplateResult {
  const { f } = view;
  const { sources, constants, reference } = view.resolved;
  const years = (value: number) => msg(str`${f.number(value)} jaar`);
  const band = (b: Band) => msg(str`${f.amount(b.minCents)} tot ${f.amount(b.maxCents)}`);
  const share = (level: SchoolLevel) => f.approx(Math.round(constants.shares[level].budgetCents / constants.shares[level].pupils));
  const costLabels: Record<string, string> = {
    insurance: msg('verzekering per jaar'),
    repairs: msg('herstellingen per jaar'),
    management: msg('beheer en licenties per jaar'),
    accessories: msg('randapparatuur per jaar'),
    setup: msg('installatie'),
    wiping: msg('wissen van de gegevens'),
    residual: msg('restwaarde'),
  };
  const horizon = view.resolved.horizonYears;
  const entries: [string, string][] = [
    ['digiplanPerStaff', msg(str`Digiplan thema 1: ${f.amount(constants.digiplanPerStaffCents)} per lid van het onderwijzend personeel (indicatief)`)],
    ['feeBand', msg(str`Jaarlijkse bijdrage van ouders die het Rekenhof vond: ${band(constants.feeBand)} per leerling`)],
    ['depositBand', msg(str`Jaarlijkse waarborg die het Rekenhof vond: ${band(constants.depositBand)} per leerling`)],
    ['vatRate', msg(str`Btw: ${f.percent(view.resolved.vatRatePercent)}, niet op verzekeringspremies en niet op een terugkoop`)],
    [
      'horizonYears',
      horizon === 6 && sources['horizonYears']?.id === 'assumption'
        ? msg('Vergelijkingsperiode: 6 jaar, zo lang als het lager of het secundair onderwijs duurt')
        : msg(str`Vergelijkingsperiode: ${years(horizon)}`),
    ],
    ['devices', msg(str`Aantal toestellen in een scenario: ${f.number(view.resolved.devices)}`)],
    ...acquisitions.flatMap((kind): [string, string][] => {
      const ref = reference[kind];
      const label = acquisitionLabel(kind);
      return [
        [
          `reference.${kind}.amount`,
          kind === 'lease'
            ? msg(str`${label}: ${f.amount(ref.amountCents)} per maand`)
            : msg(str`${label}: ${f.amount(ref.amountCents)} per toestel`),
        ],
        [`reference.${kind}.lifetimeYears`, msg(str`${label}: levensduur ${years(ref.lifetimeYears)}`)],
        ...Object.entries(costLabels).map(([key, text]): [string, string] => [
          `reference.${kind}.${key}`,
          `${label}: ${text} ${f.amount(ref[`${key}Cents` as keyof typeof ref])}`,
        ]),
      ];
    }),
    [
      'shares',
      msg(
        str`Afgeleid aandeel per leerling voor de hele legislatuur: ${share('primary')} in het basisonderwijs, ${share('secondary')} in het secundair onderwijs`,
      ),
    ],
    ['freeMaterials', msg('Basisonderwijs: geen bijdrage of waarborg van ouders voor ICT-materiaal')],
  ];
  const groups = new Map<string, { source: Source; values: string[] }>();
  for (const [key, text] of entries) {
    const source = sources[key];
    if (!source) continue;
    const id = JSON.stringify(source);
    const group = groups.get(id) ?? { source, values: [] };
    group.values.push(text);
    groups.set(id, group);
  }
  return html`<div class="section" part="sources">
    ${view.heading(msg('Waar de standaardwaarden vandaan komen'), 1)}
    <p>
      ${msg(
        'U kunt elke standaardwaarde in het formulier aanpassen. Het Kenniscentrum Digisprong publiceert referentieprijzen voor scholen; de website die deze rekenhulp toont, kan die of haar eigen prijzen als standaard instellen.',
      )}
    </p>
    ${disclosure({
      id: 'sources-list',
      summary: msg(str`Alle standaardwaarden en hun bronnen (${groups.size})`),
      // A long list most people do not need to decide: closed, and find-in-page still opens it.
      content: html`<ul class="sources">
        ${[...groups.values()].map(
          ({ source, values }) => html`<li>
            <ul class="sources__values">
              ${values.map((value) => html`<li>${value}</li>`)}
            </ul>
            <p class="source">${msg('Bron:')} ${sourceLink(source)}</p>
          </li>`,
        )}
      </ul>`,
    })}
  </div>`;
}
