/**
 * Approximate locations of Belgian postcodes, for sorting refurbishers by
 * distance without asking for the person's position. Loaded lazily, only
 * after someone types a postcode.
 *
 * Belgian postcodes are handed out by area: the first two digits name a zone
 * around one larger town (20xx Antwerp, 85xx Kortrijk, ...). The table holds,
 * per zone, a point near the middle of the zone's main municipalities, so a
 * distance from it is good to about 10-15 km: enough to put refurbishers in
 * order, and said as "about" in the widget. Zones that do not exist (27xx,
 * 52xx, ...) have no entry. Pure data; no DOM.
 */
import type { Coordinates } from './model.js';

/** Two-digit zone -> [latitude, longitude], rounded to 0.01 degree (about 1 km). */
const zones: Readonly<Record<string, readonly [number, number]>> = {
  '10': [50.85, 4.35], // Brussel
  '11': [50.82, 4.4], // Evere, Woluwe, Oudergem, Ukkel, Vorst
  '12': [50.85, 4.4], // Sint-Lambrechts-Woluwe, Sint-Joost
  '13': [50.71, 4.6], // Waver, Ottignies-Louvain-la-Neuve
  '14': [50.65, 4.38], // Nijvel, Waterloo, Eigenbrakel
  '15': [50.73, 4.23], // Halle
  '16': [50.77, 4.28], // Sint-Pieters-Leeuw, Sint-Genesius-Rode, Beersel
  '17': [50.86, 4.2], // Dilbeek, Asse, Lennik
  '18': [50.93, 4.4], // Vilvoorde, Grimbergen, Kapelle-op-den-Bos
  '19': [50.84, 4.5], // Zaventem, Overijse, Kraainem
  '20': [51.22, 4.4], // Antwerpen
  '21': [51.23, 4.44], // Deurne, Borgerhout, Merksem, Ekeren
  '22': [51.13, 4.8], // Herentals, Heist-op-den-Berg, Westerlo
  '23': [51.32, 4.94], // Turnhout
  '24': [51.18, 5.05], // Mol, Geel, Balen
  '25': [51.14, 4.56], // Lier, Kontich, Nijlen
  '26': [51.17, 4.4], // Berchem, Wilrijk, Mortsel, Edegem, Hoboken
  '28': [51.05, 4.4], // Mechelen, Willebroek, Bornem
  '29': [51.3, 4.5], // Schoten, Brasschaat, Kapellen, Brecht
  '30': [50.88, 4.7], // Leuven
  '31': [50.97, 4.68], // Rotselaar, Haacht, Keerbergen
  '32': [50.97, 4.9], // Aarschot, Diest, Scherpenheuvel
  '33': [50.81, 4.94], // Tienen
  '34': [50.78, 5.05], // Landen, Zoutleeuw
  '35': [50.95, 5.3], // Hasselt, Beringen, Heusden-Zolder
  '36': [50.99, 5.6], // Genk, Maasmechelen, Maaseik
  '37': [50.8, 5.5], // Tongeren, Bilzen
  '38': [50.81, 5.22], // Sint-Truiden
  '39': [51.18, 5.38], // Pelt, Lommel, Peer, Bree
  '40': [50.63, 5.57], // Liège
  '41': [50.55, 5.55], // Seraing, Esneux, Sprimont
  '42': [50.66, 5.15], // Hannuit
  '43': [50.69, 5.3], // Borgworm
  '44': [50.63, 5.47], // Flémalle, Ans, Grâce-Hollogne
  '45': [50.51, 5.28], // Hoei
  '46': [50.68, 5.72], // Wezet, Herve
  '47': [50.45, 6.1], // Eupen, Sankt Vith
  '48': [50.6, 5.86], // Verviers
  '49': [50.45, 5.92], // Spa, Malmedy, Stavelot
  '50': [50.47, 4.87], // Namur
  '51': [50.45, 4.75], // Jambes, Floreffe, Profondeville
  '53': [50.52, 5.03], // Andenne, Eghezée
  '55': [50.22, 5.05], // Dinant, Ciney, Rochefort
  '56': [50.15, 4.55], // Philippeville, Couvin
  '60': [50.41, 4.44], // Charleroi
  '61': [50.38, 4.33], // Montigny-le-Tilleul, Fontaine-l'Evêque
  '62': [50.42, 4.5], // Châtelet, Fleurus
  '64': [50.07, 4.3], // Chimay
  '65': [50.3, 4.22], // Thuin, Beaumont
  '66': [50.05, 5.75], // Bastenaken, Vielsalm
  '67': [49.65, 5.7], // Aarlen, Virton
  '68': [49.87, 5.3], // Libramont, Bouillon, Neufchâteau
  '69': [50.23, 5.42], // Marche-en-Famenne, Durbuy
  '70': [50.45, 3.95], // Bergen
  '71': [50.46, 4.2], // La Louvière, Binche
  '73': [50.43, 3.8], // Boussu, Saint-Ghislain
  '75': [50.6, 3.39], // Doornik
  '76': [50.53, 3.5], // Péruwelz, Antoing
  '77': [50.74, 3.22], // Moeskroen, Komen-Waasten
  '78': [50.66, 3.85], // Aat, Edingen, Lessen
  '79': [50.59, 3.63], // Leuze-en-Hainaut
  '80': [51.21, 3.22], // Brugge
  '82': [51.16, 3.15], // Sint-Andries, Zedelgem
  '83': [51.3, 3.2], // Knokke-Heist, Blankenberge
  '84': [51.19, 2.95], // Oostende, Middelkerke, Gistel
  '85': [50.82, 3.3], // Kortrijk, Harelbeke, Wevelgem
  '86': [51.05, 2.75], // Veurne, Diksmuide, Nieuwpoort
  '87': [50.96, 3.35], // Tielt, Waregem
  '88': [50.96, 3.12], // Roeselare, Torhout, Izegem
  '89': [50.84, 2.95], // Ieper, Menen, Poperinge
  '90': [51.05, 3.72], // Gent
  '91': [51.17, 4.12], // Sint-Niklaas, Beveren, Lokeren
  '92': [51.03, 4.03], // Dendermonde, Wetteren, Hamme
  '93': [50.94, 4.04], // Aalst
  '94': [50.85, 4.02], // Ninove, Denderleeuw
  '95': [50.78, 3.88], // Geraardsbergen, Herzele
  '96': [50.8, 3.7], // Ronse, Zottegem
  '97': [50.85, 3.6], // Oudenaarde
  '98': [50.98, 3.6], // Deinze, Merelbeke, Aalter
  '99': [51.17, 3.6], // Eeklo, Evergem, Maldegem
};

/** Roughly where a postcode lies; undefined for a zone that does not exist. */
export function approximateLocation(postcode: number): Coordinates | undefined {
  const zone = zones[String(Math.floor(postcode / 100))];
  return zone ? { lat: zone[0], lon: zone[1] } : undefined;
}
