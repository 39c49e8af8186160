/**
 * Words for the feed's closed vocabularies and the finder's status lines
 * (count, location, failed load), in the active locale. Called
 * during render (or inside `localize()`), so `msg()` translates them.
 * Language names come from `Intl.DisplayNames` instead of messages.
 */
import { msg, str } from '../../i18n/localize.js';
import type { Destination, DeviceType, Province, Service, WipingLevel, WipingReportItem } from './model.js';

export function deviceTypeLabel(type: DeviceType): string {
  switch (type) {
    case 'laptop':
      return msg('Laptops');
    case 'chromebook':
      return msg('Chromebooks');
    case 'tablet':
      return msg('Tablets');
    case 'desktop':
      return msg('Desktops');
    case 'screen':
      return msg('Schermen');
    case 'interactive-board':
      return msg('Interactieve borden');
    case 'network':
      return msg('Netwerkapparatuur');
    case 'phone':
      return msg('Smartphones');
  }
}

export function serviceLabel(service: Service): string {
  switch (service) {
    case 'pickup':
      return msg('Ophalen op school');
    case 'certified-wiping':
      return msg('Gegevens wissen met certificaat');
    case 'buy-back':
      return msg('Betaalt voor toestellen');
    case 'donation':
      return msg('Schenkt aan sociale projecten');
    case 'sale-to-schools':
      return msg('Verkoopt herstelde toestellen aan scholen');
  }
}

export function provinceLabel(province: Province): string {
  switch (province) {
    case 'antwerp':
      return msg('Antwerpen');
    case 'limburg':
      return msg('Limburg');
    case 'east-flanders':
      return msg('Oost-Vlaanderen');
    case 'west-flanders':
      return msg('West-Vlaanderen');
    case 'flemish-brabant':
      return msg('Vlaams-Brabant');
    case 'brussels':
      return msg('Brussels Hoofdstedelijk Gewest');
    case 'walloon-brabant':
      return msg('Waals-Brabant');
    case 'hainaut':
      return msg('Henegouwen');
    case 'liege':
      return msg('Luik');
    case 'luxembourg':
      return msg('Luxemburg');
    case 'namur':
      return msg('Namen');
  }
}

export function destinationLabel(destination: Destination): string {
  switch (destination) {
    case 'resale':
      return msg('hersteld en verkocht');
    case 'donation':
      return msg('geschonken aan sociale projecten');
    case 'recycling':
      return msg('gerecycleerd');
  }
}

/** A NIST SP 800-88 category in plain words: what it does, and that Clear is weak for SSDs. */
export function wipingLevelLabel(level: WipingLevel): string {
  switch (level) {
    case 'clear':
      return msg("Clear (overschrijven; zwak voor SSD's)");
    case 'purge':
      return msg("Purge (grondig wissen, ook voor SSD's)");
    case 'destroy':
      return msg('Destroy (fysiek vernietigen)');
  }
}

export function wipingReportItemLabel(item: WipingReportItem): string {
  switch (item) {
    case 'serial-number':
      return msg('serienummer van elk toestel');
    case 'method':
      return msg('gebruikte wismethode');
    case 'date':
      return msg('datum van het wissen');
    case 'verification':
      return msg('resultaat van de controle achteraf');
    case 'certificate':
      return msg('ondertekend certificaat');
    case 'outcome':
      return msg('of het toestel hergebruikt of gerecycleerd werd');
  }
}

/** How many refurbishers pass the filters, in words (shown above the list and announced). */
export function countText(count: number, number: (value: number) => string): string {
  return count === 0
    ? msg('Geen refurbishers gevonden')
    : count === 1
      ? msg('1 refurbisher gevonden')
      : msg(str`${number(count)} refurbishers gevonden`);
}

/** Why "use my location" gave no position, if it did not. */
export function geoText(status: 'busy' | 'denied' | 'failed' | undefined): string | undefined {
  return status === 'denied'
    ? msg('U gaf geen toestemming om uw locatie te gebruiken. Typ uw postcode in de plaats.')
    : status === 'failed'
      ? msg('Uw locatie kon niet bepaald worden. Typ uw postcode in de plaats.')
      : undefined;
}

/** The title of the notice about a failed load: `hasList` when an earlier copy stays on screen. */
export function errorTitle(hasList: boolean): string {
  return hasList ? msg('De lijst kon niet vernieuwd worden') : msg('De lijst van refurbishers kon niet geladen worden');
}
