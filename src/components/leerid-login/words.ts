/**
 * The button's words outside its template: the error messages (short
 * sentences a pupil of 6 can have read to them, each with one thing to do)
 * and the notes for the site's web team about a wrong setting. Call them
 * inside a render or `localize()`, so `msg` translates into the element's locale.
 */
import { msg, str } from '../../i18n/localize.js';
import type { ConfigProblem } from './config.js';
import type { MessageKey } from './error-situations.js';
import { originOf } from './fetch-failure.js';

export function errorMessage(key: MessageKey): string {
  switch (key) {
    case 'cancelled':
      return msg('Je hebt het aanmelden gestopt. Wil je toch aanmelden? Klik dan opnieuw op de knop.');
    case 'not-signed-in':
      return msg('Je bent nog niet aangemeld bij LeerID. Klik op de knop en meld je aan.');
    case 'unavailable':
      return msg('LeerID werkt even niet. Probeer het over een paar minuten opnieuw.');
    case 'network':
      return msg('We kunnen LeerID nu niet bereiken. Kijk of je internet werkt en probeer het opnieuw.');
    case 'unreachable':
      return msg('Aanmelden met LeerID lukt nu niet. Probeer het later opnieuw. Lukt het dan nog niet? Vraag hulp aan je leerkracht.');
    case 'expired':
      return msg('Het aanmelden duurde te lang of was al klaar. Klik opnieuw op de knop.');
    case 'security':
      return msg(
        'We hebben het aanmelden gestopt omdat er iets niet klopte. Klik opnieuw op de knop. Lukt het weer niet? Vraag hulp aan je leerkracht.',
      );
    case 'setup':
      return msg('Deze knop is niet goed ingesteld. Vraag hulp aan je leerkracht of aan de beheerder van de website.');
    case 'unknown':
      return msg('Er ging iets mis bij het aanmelden. Probeer het opnieuw.');
  }
}

/**
 * For the site's web team, behind "Voor de beheerder" under a failed login:
 * the error code, the request that failed, and for a failed request its
 * likely cause and fix, naming the origin.
 */
export function adminLines(code: string, url?: string): string[] {
  const lines = [msg(str`Foutcode: ${code}`)];
  if (url) lines.push(msg(str`Adres: ${url}`));
  const origin = (url && originOf(url)) || url || '';
  switch (code) {
    case 'blocked_by_csp':
      lines.push(
        msg(str`De Content-Security-Policy van deze pagina blokkeert verzoeken naar ${origin}.`),
        msg(str`Voeg ${origin} toe aan connect-src van de Content-Security-Policy.`),
      );
      break;
    case 'provider_unreachable':
      lines.push(
        msg(str`${origin} antwoordt niet of staat geen verzoeken van deze website toe (CORS).`),
        msg('Kijk of het adres van de aanbieder (issuer) klopt en of de aanbieder deze website toelaat (Access-Control-Allow-Origin).'),
      );
      break;
    case 'network_error':
      lines.push(
        url
          ? msg('Dit toestel was offline toen het verzoek mislukte.')
          : msg('De code voor het aanmelden kon niet geladen worden: dit toestel is offline, of script-src van de Content-Security-Policy blokkeert ze.'),
      );
      break;
    default:
      lines.push(msg('Meer details staan in de console van de browser.'));
  }
  return lines;
}

/** A wrong setting in words for the site's web team, naming the attribute. */
export function problemText(problem: ConfigProblem): string {
  const field = problem.field;
  switch (problem.code) {
    case 'missing':
      return msg(str`Het attribuut ${field} ontbreekt.`);
    case 'not-a-url':
      return msg(str`${field} moet een volledig webadres zijn dat met https:// begint.`);
    case 'insecure':
      return msg(str`${field} moet met https:// beginnen (http:// mag alleen voor localhost).`);
    case 'extra-parts':
      return field === 'issuer'
        ? msg(str`${field} mag geen ? of # bevatten.`)
        : msg(str`${field} mag geen # bevatten.`);
    case 'foreign-origin':
      return msg(str`${field} moet op dezelfde website staan als deze pagina.`);
    case 'not-allowed':
      return msg(str`${field} heeft een waarde die niet bestaat.`);
    case 'malformed':
      return msg(str`${field} heeft niet de vorm die de backend moet geven.`);
    case 'incomplete':
      return msg(str`${field} werkt alleen met mode="code" en samen met oidc-state, oidc-nonce en code-challenge.`);
  }
}
