/**
 * The checklist's words that more than one view uses: status and level names,
 * the progress and level sentences (also announced), why the answers are not
 * saved, and the report's date. Pure, no DOM; `msg()` picks the element's
 * locale when called inside its render or `localize()`.
 */
import { msg, str } from '../../i18n/localize.js';
import type { Level } from './content.js';
import type { Status, Summary } from './state.js';
import type { StorageProblem } from './storage.js';

export function statusLabel(status: Status): string {
  return { todo: msg('Nog niet gestart'), doing: msg('Bezig'), done: msg('Gedaan'), na: msg('Niet van toepassing') }[status];
}

export function levelLabel(level: Level): string {
  return level === 'basic' ? msg('Basis') : msg('Gevorderd');
}

/** The level reached, or how far the basic level is. The levels are this checklist's own, not those of the action plan or GRIP. */
export function levelText(summary: Summary): string {
  const basic = summary.byLevel.basic;
  if (summary.level === 'advanced') return msg('Alle maatregelen zijn gedaan: gevorderd niveau van deze checklist bereikt.');
  if (summary.level === 'basic') return msg('Basisniveau van deze checklist bereikt: alle basismaatregelen zijn gedaan.');
  return msg(str`Basisniveau van deze checklist nog niet bereikt: ${basic.done} van ${basic.applicable} basismaatregelen gedaan.`);
}

export function progressText({ overall }: Summary): string {
  return msg(str`Voortgang: ${overall.percent}% (${overall.done} van ${overall.applicable} maatregelen gedaan).`);
}

/** Why the answers are not saved in this browser, and what to do; undefined when they are. */
export function storageText(problem: StorageProblem | undefined): string | undefined {
  switch (problem) {
    case 'unavailable':
      return msg('Deze browser kan de antwoorden niet bewaren (bijvoorbeeld in een privévenster). Alles blijft staan tot u deze pagina sluit: exporteer de antwoorden om ze te bewaren.');
    case 'quota':
      return msg('De opslag van deze browser is vol, dus de laatste wijzigingen zijn niet bewaard. Exporteer de antwoorden om ze te bewaren.');
    case 'corrupt':
      return msg('De bewaarde antwoorden in deze browser waren onleesbaar. Ze zijn apart gezet en de lijst begint leeg; nieuwe antwoorden worden weer bewaard.');
    default:
      return undefined;
  }
}
