/**
 * What a data problem means, in words: in English for the console and in the
 * reader's language for the widget. Loaded with `import()` only when there is
 * a problem to tell, which well-formed pages never need.
 */
import { msg, str } from '../../i18n/localize.js';
import { areaColorCount, limits, type Problem, type ProblemKind } from './framework.js';

/** Problems in English, for the console and for developers. */
export function describeProblem(problem: Problem): string {
  const found = problem.value === undefined ? '' : ` (found ${problem.value})`;
  const allowed = problem.allowed?.length ? `; use one of: ${problem.allowed.join(', ')}` : '';
  const text: Record<ProblemKind, string> = {
    json: 'is not valid JSON',
    required: 'is missing',
    object: 'must be an object',
    list: 'must be a list',
    id: `must be a non-empty text of at most ${limits.id} characters`,
    code: `must be a text of at most ${limits.code} characters`,
    text: `must be a text, or an object with texts per language (nl, fr, en), of at most ${limits.text} characters`,
    color: `must be a whole number from 1 to ${areaColorCount}`,
    areas: `must list 1 to ${limits.areas} areas`,
    competences: `must list 1 to ${limits.competences} competences`,
    levels: `must list 2 to ${limits.levels} levels, lowest first`,
    duplicate: 'is used twice; ids must be unique',
    'unknown-area': 'names an area that is not in the framework',
    preset: 'is not a built-in framework',
    profile: 'must be an object of competence ids and levels, or { "label": …, "levels": { … } }',
    profiles: 'must be a list of profiles',
    'unknown-competence': 'is not a competence of the framework and is ignored',
    'unknown-level': 'is not a level of the framework; the competence is shown as not filled in',
    'editable-team': 'editing works on one profile, not on a team; the team is shown read-only',
    'unknown-key': 'is not a setting of this element and is ignored',
    'one-of': 'is not an allowed value; the default is used',
  };
  return `${problem.path || 'value'} ${text[problem.kind]}${found}${allowed}.`;
}


/** The problem in the reader's language (call it inside the element's locale). */
export function problemText(problem: Problem): string {
  const found = problem.value ? msg(str` Gevonden: ${problem.value}.`) : '';
  const allowed = problem.allowed?.length ? msg(str` Mogelijk: ${problem.allowed.join(', ')}.`) : '';
  const text = ((): string => {
    switch (problem.kind) {
      case 'json':
        return msg('dit is geen geldige JSON.');
      case 'required':
        return msg('dit veld ontbreekt.');
      case 'object':
        return msg('verwacht een object.');
      case 'list':
        return msg('verwacht een lijst.');
      case 'id':
        return msg('verwacht een niet-lege id van hoogstens 60 tekens.');
      case 'code':
        return msg('verwacht een korte code van hoogstens 6 tekens.');
      case 'text':
        return msg('verwacht tekst, of een object met tekst per taal (nl, fr, en), van hoogstens 300 tekens.');
      case 'color':
        return msg('verwacht een kleurnummer van 1 tot 8.');
      case 'areas':
        return msg('verwacht 1 tot 12 gebieden.');
      case 'competences':
        return msg('verwacht 1 tot 100 competenties.');
      case 'levels':
        return msg('verwacht 2 tot 12 niveaus, het laagste eerst.');
      case 'duplicate':
        return msg('deze id komt twee keer voor; elke id moet uniek zijn.');
      case 'unknown-area':
        return msg('dit gebied staat niet in het raamwerk.');
      case 'preset':
        return msg('dit is geen ingebouwd raamwerk.');
      case 'profile':
        return msg('verwacht een object met per competentie-id een niveau, of { "label": …, "levels": { … } }.');
      case 'profiles':
        return msg('te veel profielen; alleen de eerste tellen mee.');
      case 'unknown-competence':
        return msg('deze competentie staat niet in het raamwerk en wordt overgeslagen.');
      case 'unknown-level':
        return msg('dit niveau bestaat niet in het raamwerk; de competentie telt als niet ingevuld.');
      case 'editable-team':
        return msg('aanpassen kan alleen bij één profiel; het team wordt getoond zonder aan te passen.');
      case 'unknown-key':
        return msg('deze instelling bestaat niet en wordt genegeerd.');
      case 'one-of':
        return msg('deze waarde kan niet; de standaardwaarde wordt gebruikt.');
    }
  })();
  return `${text}${found}${allowed}`;
}
