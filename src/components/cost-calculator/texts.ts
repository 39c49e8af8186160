/**
 * The calculator's words that do not belong to one place in the template:
 * field error messages, the names of sources and acquisition kinds. Call
 * them inside a render or `localize()`, so `msg` translates into the
 * element's locale.
 */
import { msg, str } from '../../i18n/localize.js';
import type { Source } from './config.js';
import type { FieldError } from './form.js';
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
      return msg('Conceptnota Digiplan (2025), tabel A, thema 1: digitale werkinstrumenten voor het onderwijzend personeel.');
    case 'court-of-audit':
      return msg(
        'Rekenhof, steekproef van september 2024, aangehaald in de conceptnota Digiplan (2025): meer dan 70% van de scholen vraagt een jaarlijkse gebruiksbijdrage tussen 0 en 150 euro per leerling; 45% van de secundaire scholen vraagt ook een waarborg tussen 0 en 150 euro.',
      );
    case 'school-prices':
      return msg(
        'Prijzen in brieven en websites van scholen aan ouders (2021 tot 2024): een leerlingenlaptop kost ongeveer 500 tot 600 euro (de rekenhulp neemt het midden), een lease ongeveer 19 euro per maand. Voorbeelden, geen normen.',
      );
    case 'derived':
      return msg(
        'Eigen berekening: het budget van Digiplan thema 2 (basisonderwijs) en thema 3 (secundair onderwijs) uit de conceptnota Digiplan (2025), gedeeld door het aantal leerlingen uit het analyserapport van 2019 (bijlage 3). Ter oriëntatie: geen bedrag dat een school krijgt.',
      );
    case 'vat':
      return msg('Het normale btw-tarief in België.');
    case 'assumption':
      return msg('Aanname van deze rekenhulp, zonder officiële bron. Vervang ze door uw eigen cijfers.');
    case 'site':
      return source.label ?? msg('Ingesteld door de website waarop deze rekenhulp staat.');
  }
}
