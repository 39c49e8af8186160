/**
 * Recognising the provider's answer in the page URL, and removing it again.
 * Pure: URLs in, values out.
 *
 * An authorization response (RFC 6749, section 4.1.2) comes back to the
 * redirect URI with `code` and `state`, or with `error` (section 4.1.2.1),
 * plus `iss` from providers that support RFC 9207. Only a URL on the
 * configured redirect URI (same origin and path) counts, so a button on
 * another page never consumes a response meant for someone else.
 */

/** The query parameters an authorization response may add to the redirect URI. */
export const responseParameters = [
  'code',
  'state',
  'iss',
  'error',
  'error_description',
  'error_uri',
  'session_state',
] as const;

export type CallbackKind = 'none' | 'code' | 'error';

/**
 * What the URL holds: `code` (a successful response), `error` (an error
 * response) or `none` (not an authorization response for this redirect URI,
 * or one without `state`).
 */
export function callbackKind(pageUrl: string, redirectUri: string): CallbackKind {
  let page: URL;
  let redirect: URL;
  try {
    page = new URL(pageUrl);
    redirect = new URL(redirectUri);
  } catch {
    return 'none';
  }
  if (page.origin !== redirect.origin || page.pathname !== redirect.pathname) return 'none';
  const params = page.searchParams;
  // Every answer to a request with `state` carries it (RFC 6749, 4.1.2.1): one without is not for this button.
  if (!params.has('state')) return 'none';
  if (params.has('error')) return 'error';
  return params.has('code') ? 'code' : 'none';
}

/**
 * The page URL without the response parameters, for `history.replaceState`:
 * the code leaves the address bar (and so bookmarks, the history and Referer
 * headers), and a reload does not replay it. Other query parameters and the
 * fragment stay.
 */
export function withoutResponseParameters(pageUrl: string): string {
  const url = new URL(pageUrl);
  for (const name of responseParameters) url.searchParams.delete(name);
  return url.href;
}
