/**
 * The words for a failed login or wrong settings, loaded with a dynamic
 * `import()` only when a button has an error to show, so a working button
 * does not carry them. Plain strings (no templates), so this chunk shares
 * nothing with the button but the translation lookup.
 */
import { msg } from '../../i18n/localize.js';
import type { ConfigProblem } from './config.js';
import { describeProblem } from './config-report.js';
import { messageKeyFor } from './error-situations.js';
import { errorMessage, problemText } from './words.js';

export { describeProblem };

export interface ErrorTexts {
  readonly title: string;
  readonly message: string;
  /** One line per wrong setting, for the site's web team (empty for a failed login). */
  readonly problems: readonly string[];
  /** Introduces `problems`. */
  readonly problemsIntro: string;
}

/**
 * What the status area says: wrong settings first (they disable the button),
 * else the failed login's message. Call inside a render or `localize()`.
 */
export function errorTexts(code: string | null, problems: readonly ConfigProblem[] = []): ErrorTexts {
  if (problems.length > 0) {
    return {
      title: msg('Aanmelden kan nu niet.'),
      message: errorMessage('setup'),
      problems: problems.map(problemText),
      problemsIntro: msg('Voor de beheerder van de website:'),
    };
  }
  return {
    title: msg('Aanmelden lukte niet.'),
    message: errorMessage(messageKeyFor(code ?? 'unknown_error')),
    problems: [],
    problemsIntro: '',
  };
}
