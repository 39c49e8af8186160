/**
 * The words for a failed login or wrong settings, loaded with a dynamic
 * `import()` only when a button has an error to show, so a working button
 * does not carry them. Plain strings (no templates), so this chunk shares
 * nothing with the button but the translation lookup.
 */
import { msg } from '../../i18n/localize.js';
import type { ConfigProblem } from './config.js';
import { describeFailure, describeProblem } from './config-report.js';
import { messageKeyFor } from './error-situations.js';
import { adminLines, errorMessage, problemText } from './words.js';

export { describeFailure, describeProblem };

export interface ErrorTexts {
  /** For the user: what happened and the one thing to do. */
  readonly title: string;
  readonly message: string;
  /** The summary of the disclosure with the details for the site's web team ("Voor de beheerder"). */
  readonly adminSummary: string;
  /** A failed login's code, failed request, likely cause and fix (empty for wrong settings). */
  readonly admin: readonly string[];
  /** One line per wrong setting, naming the attribute (empty for a failed login). */
  readonly problems: readonly string[];
}

/**
 * What the status area says: wrong settings first (they disable the button),
 * else the failed login's message; `url` is the request that failed, when
 * one did. Call inside a render or `localize()`.
 */
export function errorTexts(code: string | null, problems: readonly ConfigProblem[] = [], url?: string): ErrorTexts {
  const adminSummary = msg('Voor de beheerder');
  if (problems.length > 0) {
    return {
      title: msg('Aanmelden kan nu niet.'),
      message: errorMessage('setup'),
      adminSummary,
      admin: [],
      problems: problems.map(problemText),
    };
  }
  const failed = code ?? 'unknown_error';
  return {
    title: msg('Aanmelden lukte niet.'),
    message: errorMessage(messageKeyFor(failed)),
    adminSummary,
    admin: adminLines(failed, url),
    problems: [],
  };
}
