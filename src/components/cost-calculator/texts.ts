/**
 * The calculator's words that do not belong to one place in the template:
 * field error messages, the names of sources and acquisition kinds. Call
 * them inside a render or `localize()`, so `msg` translates into the
 * element's locale.
 */
import { msg, str } from '../../i18n/localize.js';
import type { Source } from './config.types.js';
import type { CostFormat } from './format.js';
import { formatForInput, type Evaluation, type FieldError, type FieldKind, type GlobalNumberField, type ScenarioNumberField } from './form.js';
import type { Acquisition } from './model.js';

export function acquisitionLabel(kind: Acquisition): string {
  switch (kind) {
    case 'buy':
      return msg('Nieuw kopen');
    case 'lease':
      return msg('Leasen');
    case 'refurbished':
      return msg('Refurbished kopen');
  }
}

/** A number field's label, also in the error summary; an amount or a period reads differently for a lease. */
export function fieldLabel(field: ScenarioNumberField | GlobalNumberField, acquisition: Acquisition = 'buy'): string {
  const lease = acquisition === 'lease';
  switch (field) {
    case 'price':
      return msg('Prijs per toestel');
    case 'monthly':
      return msg('Leaseprijs per toestel per maand');
    case 'devices':
      return msg('Aantal toestellen');
    case 'lifetime':
      return lease ? msg('Looptijd van het contract') : msg('Levensduur');
    case 'ratio':
      return msg('Leerlingen per toestel');
    case 'insurance':
      return msg('Verzekering');
    case 'repairs':
      return msg('Herstellingen en onderdelen');
    case 'management':
      return msg('Beheer, software en licenties');
    case 'accessories':
      return msg('Laders, hoezen en randapparatuur');
    case 'setup':
      return msg('Installatie en klaarzetten');
    case 'wiping':
      return msg('Gecertificeerd wissen van de gegevens');
    case 'residual':
      return msg('Restwaarde of terugkoopprijs');
    case 'horizon':
      return msg('Vergelijk over');
    case 'pupils':
      return msg('Aantal leerlingen');
    case 'staff':
      return msg('Aantal leden van het onderwijzend personeel');
    case 'funds':
      return msg('Andere middelen per leerling per jaar');
    case 'deposit':
      return msg('Waarborg per leerling per jaar');
  }
}

/**
 * What is wrong with a field and how to fix it. `limit` and `example` are
 * already written in the locale ("1", "0,1", "€ 550,00", "549,99").
 */
export function fieldErrorText(error: FieldError, limit: string, example: string): string {
  switch (error.code) {
    case 'required':
      return msg(str`Vul dit veld in, bijvoorbeeld ${example}.`);
    case 'invalid':
      return msg(str`Dit is geen getal. Typ alleen cijfers, bijvoorbeeld ${example}.`);
    case 'decimals':
      return msg(str`Gebruik hoogstens twee cijfers na de komma, bijvoorbeeld ${example}.`);
    case 'whole':
      return msg(str`Typ een geheel getal, zonder komma, bijvoorbeeld ${example}.`);
    case 'negative':
      return error.kind === 'count'
        ? msg('Een negatief aantal kan niet. Typ 1 of meer.')
        : msg('Een negatief getal kan hier niet. Typ 0 of meer.');
    case 'min':
      return msg(str`Dit is te weinig. Typ ${limit} of meer.`);
    case 'max':
      return msg(str`Dit is te veel. Typ ${limit} of minder.`);
    case 'residual':
      return msg(
        str`De restwaarde kan niet hoger zijn dan wat het toestel kost (${limit}). Typ een lagere restwaarde, of 0 als er geen is.`,
      );
  }
}

/** The source of a default in words; a site's own label when it gave one. */
export function sourceText(source: Source): string {
  switch (source.id) {
    case 'digiplan':
      return msg(
        'Conceptnota Digiplan (2025), tabel A, thema 1: digitale werkmiddelen voor het onderwijzend personeel, 628 euro per personeelslid. Een voorstel: de nota houdt geen financieel of budgettair engagement in.',
      );
    case 'court-of-audit':
      return msg(
        'Rekenhof, steekproef bij secundaire scholen van september 2024, aangehaald in de conceptnota Digiplan (2025): meer dan 70% van de scholen vraagt een jaarlijkse gebruiksbijdrage tussen 0 en 150 euro per leerling; 45% vraagt ook een jaarlijkse waarborg tussen 0 en 150 euro. De nota haalt dit aan om te tonen dat de schoolfactuur niet daalde: een vaststelling, geen norm.',
      );
    case 'school-prices':
      return msg(
        'Prijzen in brieven en websites van scholen aan ouders (2021 tot 2024): een leerlingenlaptop kost ongeveer 500 tot 600 euro (de rekenhulp neemt het midden), een lease ongeveer 19 euro per maand. Voorbeelden, geen normen.',
      );
    case 'derived':
      return msg(
        'Eigen berekening: het budget van Digiplan thema 2 (basisonderwijs: 70 miljoen euro) en thema 3 (secundair onderwijs: 90 miljoen euro) uit de conceptnota Digiplan (2025), gedeeld door het aantal leerlingen. Basisonderwijs: ongeveer 729.000 leerlingen, ongeveer 266.000 in het kleuteronderwijs en 463.000 in het lager onderwijs (Statistiek Vlaanderen, schooljaar 2017-2018). Secundair onderwijs: 442.306 leerlingen (analyserapport 2019, bijlage 3). Ter oriëntatie: geen bedrag dat een school krijgt.',
      );
    case 'vat':
      return msg(
        'Het normale btw-tarief in België, op toestellen, leases, herstellingen en diensten. Verzekeringspremies zijn vrijgesteld van btw (er geldt wel een taks van 9,25% op verzekeringscontracten: vul de premie in zoals de verzekeraar ze opgeeft). Een terugkoop die aan een school zonder btw-nummer betaald wordt, draagt geen btw.',
      );
    case 'free-materials':
      return msg(
        'Kostenbeheersing in het basisonderwijs: ICT-materiaal (computers, ook met internet) staat op de lijst van materialen die een school kosteloos ter beschikking stelt. Daarvoor mag ze geen bijdrage of waarborg van ouders vragen. De bijdragen en waarborgen die het Rekenhof vond, komen van secundaire scholen.',
      );
    case 'assumption':
      return msg('Aanname van deze rekenhulp, zonder officiële bron. Vervang ze door uw eigen cijfers.');
    case 'site':
      return source.label ?? msg('Ingesteld door de website waarop deze rekenhulp staat.');
  }
}

/** A typical value per kind of field, for error messages ("bijvoorbeeld 549,99"). */
const examples: Record<FieldKind, number> = { money: 54_999, count: 25, headcount: 40, years: 600, ratio: 100 };

/**
 * The error message a field shows now, if any: an empty required field only
 * once the person has left it (`touched`), so a fresh form is not red.
 */
export function visibleFieldError(evaluation: Evaluation | undefined, touched: ReadonlySet<string>, id: string, f: CostFormat): string | undefined {
  const error = evaluation?.errors.get(id);
  if (!error || (error.code === 'required' && !touched.has(id))) return undefined;
  const example = formatForInput(examples[error.kind], error.kind, f.locale);
  const limit =
    error.limit === undefined
      ? ''
      : error.kind === 'money'
        ? f.amount(error.limit)
        : f.number(error.kind === 'years' || error.kind === 'ratio' ? error.limit / 100 : error.limit);
  return fieldErrorText(error, limit, example);
}
