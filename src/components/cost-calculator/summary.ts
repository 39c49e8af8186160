/**
 * The calculator's result in words: the one-sentence summary (shown and
 * announced), the table caption, the copied text and the CSV rows. Call
 * inside a render or `localize()`, so `msg` translates into the element's
 * locale. Pure, no DOM.
 */
import type { CsvCell } from '../../core/csv.js';
import { msg, str } from '../../i18n/localize.js';
import type { CostFormat } from './format.js';
import type { Evaluation } from './form.js';
import type { CostResult, ScenarioResult } from './model.js';
import { acquisitionLabel } from './texts.js';

export interface ResultWords {
  calc: CostResult;
  evaluation: Evaluation;
  f: CostFormat;
  /** A scenario's name as shown ("Scenario 2" when it has none). */
  name: (result: ScenarioResult) => string;
}

export function summaryText({ calc, evaluation, f, name }: ResultWords): string {
  const years = f.number(calc.horizonYears);
  const ranked = calc.ranking.map((id) => calc.scenarios.find((s) => s.id === id)!);
  const parts: string[] = [];
  const [cheapest, ...others] = ranked;
  if (!cheapest) {
    const wrong = [...evaluation.errors.values()].some((error) => error.code !== 'required');
    parts.push(
      evaluation.errors.has('horizon')
        ? msg('Nog geen resultaat: vul eerst een geldige vergelijkingsperiode in.')
        : wrong
          ? msg('Nog geen resultaat: elk scenario heeft nog een fout of een leeg veld. Hieronder staat waar.')
          : msg('Nog geen resultaat: vul bij minstens één scenario de prijs, het aantal toestellen en de levensduur in.'),
    );
  } else if (others.length === 0) {
    parts.push(
      msg(
        str`${name(cheapest)} kost over ${years} jaar ${f.total(cheapest.totalCents)} (verdeelde kost), of ${f.money(cheapest.perPupilPerYearCents)} per leerling per jaar. De school betaalt in die periode ${f.total(cheapest.paidCents)}.`,
      ),
    );
  } else {
    parts.push(
      msg(
        str`Over ${years} jaar is ${name(cheapest)} het goedkoopst: ${f.total(cheapest.totalCents)} verdeelde kost, of ${f.money(cheapest.perPupilPerYearCents)} per leerling per jaar. De school betaalt in die periode ${f.total(cheapest.paidCents)}.`,
      ),
    );
    for (const other of others) {
      parts.push(
        other.differenceCents === 0
          ? msg(str`${name(other)} kost evenveel.`)
          : msg(str`${name(other)} kost ${f.total(other.differenceCents)} meer.`),
      );
    }
  }
  const excluded = cheapest ? evaluation.excluded.size : 0;
  if (excluded === 1) parts.push(msg('Eén scenario telt nog niet mee.'));
  if (excluded > 1) parts.push(msg(str`${excluded} scenario's tellen nog niet mee.`));
  return parts.join(' ');
}

export function tableCaption({ calc, f }: ResultWords): string {
  const years = f.number(calc.horizonYears);
  return calc.pricesIncludeVat
    ? msg(str`Kosten per scenario over ${years} jaar, inclusief btw`)
    : msg(str`Kosten per scenario over ${years} jaar, inclusief ${f.percent(calc.vatRatePercent)} btw die de rekenhulp bij uw bedragen telde`);
}

/** The result as plain text, for the clipboard. */
export function plainText(words: ResultWords): string {
  const { calc, f, name } = words;
  const lines = [tableCaption(words), summaryText(words), ''];
  for (const s of calc.scenarios) {
    lines.push(
      msg(
        str`${name(s)}: verdeelde kost ${f.money(s.totalCents)}; de school betaalt ${f.money(s.paidCents)}; ${f.money(s.perDevicePerYearCents)} per toestel per jaar; ${f.money(s.perPupilPerYearCents)} per leerling per jaar.`,
      ),
    );
  }
  if (calc.parent) {
    lines.push(
      '',
      calc.parent.feeAllowed
        ? msg(str`Nodige bijdrage van ouders: ${f.money(calc.parent.neededFeeCents)} per leerling per jaar.`)
        : msg(str`Basisonderwijs: geen bijdrage van ouders voor ICT-materiaal; de school betaalt zelf ${f.money(calc.parent.remainingCents)} per leerling per jaar.`),
    );
  }
  if (calc.envelope.totalCents !== null) {
    lines.push(
      msg(
        str`Digiplan thema 1 (conceptnota 2025, indicatief): ${f.money(calc.envelope.totalCents)} voor ${f.number(calc.envelope.staff!)} leden van het onderwijzend personeel.`,
      ),
    );
  }
  return lines.join('\n');
}

/** The results as CSV rows, header first. */
export function csvRows({ calc, evaluation, f, name }: ResultWords): CsvCell[][] {
  const euro = (label: string) => `${label} (EUR)`;
  const rows: CsvCell[][] = [
    [
      msg('Scenario'),
      msg('Aanschaf'),
      euro(msg('Prijs per toestel of leaseprijs per maand')),
      msg('Aantal toestellen'),
      msg('Levensduur (jaar)'),
      msg('Leerlingen per toestel'),
      euro(msg(str`Verdeelde kost over ${f.number(calc.horizonYears)} jaar`)),
      euro(msg('Per jaar')),
      euro(msg('Per toestel per jaar')),
      euro(msg('Per leerling per jaar')),
      euro(msg('Verschil met het goedkoopste')),
      euro(msg('Aanschaf of lease')),
      euro(msg('Jaarlijkse kosten')),
      euro(msg('Eenmalige kosten')),
      euro(msg('Restwaarde')),
      euro(msg(str`Wat de school betaalt over ${f.number(calc.horizonYears)} jaar`)),
      ...Array.from({ length: calc.scenarios[0]?.paidByYear.length ?? 0 }, (_, index) => euro(msg(str`Betaald in jaar ${index + 1}`))),
    ],
  ];
  for (const s of calc.scenarios) {
    const input = evaluation.input.scenarios.find((scenario) => scenario.id === s.id)!;
    rows.push([
      name(s),
      acquisitionLabel(s.acquisition),
      { cents: input.amountCents },
      s.devices,
      s.lifetimeYears,
      s.pupilsPerDevice,
      { cents: s.totalCents },
      { cents: s.perYearCents },
      { cents: s.perDevicePerYearCents },
      { cents: s.perPupilPerYearCents },
      { cents: s.differenceCents },
      { cents: s.breakdown.acquisitionCents },
      { cents: s.breakdown.yearlyCents },
      { cents: s.breakdown.oneOffCents },
      { cents: s.breakdown.residualCents },
      { cents: s.paidCents },
      ...s.paidByYear.map((year) => ({ cents: year.cents })),
    ]);
  }
  return rows;
}
