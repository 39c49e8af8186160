/**
 * Wrong settings, and the likely cause of a failed request, in English for the console, naming the attribute and its
 * value, for the site's developers. Pure. Loaded with the error words
 * (status.ts), only when a button has something to report.
 */
import { loginModes, promptValues, type ConfigProblem, type ConfigField } from './config.js';
import { originOf } from './fetch-failure.js';

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

/**
 * For the console: the likely cause of a failed request to the provider and
 * its fix, naming the origin; undefined for codes that are not about a request.
 * `pageOrigin` is this page's origin (the one the provider must allow).
 */
export function describeFailure(code: string, url: string | undefined, pageOrigin: string): string | undefined {
  const origin = (url && originOf(url)) || url || 'the provider';
  switch (code) {
    case 'blocked_by_csp':
      return `The page's Content-Security-Policy blocked the request to ${origin}: add ${origin} to its connect-src.`;
    case 'provider_unreachable':
      return `${origin} did not answer, or does not allow requests from ${pageOrigin} (CORS): check the issuer URL, and that the provider allows this origin (Access-Control-Allow-Origin).`;
    case 'network_error':
      return url
        ? 'This device was offline when the request failed.'
        : "The login code could not be loaded: this device is offline, or the page's script-src blocks it.";
    default:
      return undefined;
  }
}
