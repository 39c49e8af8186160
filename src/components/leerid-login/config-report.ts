/**
 * Wrong settings in English for the console, naming the attribute and its
 * value, for the site's developers. Pure. Loaded with the error words
 * (status.ts), only when a button has something to report.
 */
import { loginModes, promptValues, type ConfigProblem, type ConfigField } from './config.js';

/** The allowed values of a field, for messages (`prompt`, `mode`); empty for the others. */
export function allowedValues(field: ConfigField): readonly string[] {
  if (field === 'prompt') return promptValues;
  if (field === 'mode') return loginModes;
  return [];
}

/** One console line per problem, naming the attribute: `issuer="http://x": …`. */
export function describeProblem(problem: ConfigProblem): string {
  const subject = `${problem.field}="${problem.value}"`;
  switch (problem.code) {
    case 'missing':
      return `${problem.field} is required.`;
    case 'not-a-url':
      return `${subject} is not an absolute http(s) URL.`;
    case 'insecure':
      return `${subject} must use https (plain http is allowed only for localhost and 127.0.0.1).`;
    case 'extra-parts':
      return problem.field === 'issuer'
        ? `${subject} must not contain a query (?) or fragment (#).`
        : `${subject} must not contain a fragment (#).`;
    case 'foreign-origin':
      return `${subject} must be on this page's origin, so the login can come back to it.`;
    case 'not-allowed':
      return `${subject} is not allowed; use one of ${allowedValues(problem.field).join(', ')}.`;
    case 'malformed':
      return problem.field === 'code-challenge'
        ? `${subject} is not an S256 PKCE challenge (43 base64url characters).`
        : `${subject} must be a random base64url value of at least 22 characters.`;
    case 'incomplete':
      return `${problem.field} needs mode="code" and all of oidc-state, oidc-nonce and code-challenge, from your backend.`;
  }
}
