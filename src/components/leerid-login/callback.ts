/**
 * `handleLeerIDCallback()`: finishes a login on the redirect URI page, for
 * apps that do not show a button there (`<digi-leerid-login callback>` does
 * the same). Only this small check is in the button's own code: the protocol
 * chunk loads only when the page URL may hold an answer from the provider.
 */
import { msg } from '../../i18n/localize.js';
import { callbackKind, withoutResponseParameters } from './callback-url.js';
import { validateConfig } from './config.js';
import { LeerIDError } from './errors.js';
import type { LeerIDCallbackOptions, LeerIDErrorDetail, LeerIDResult } from './leerid-login.types.js';

/**
 * The network message, in the button's own code: when the protocol chunk
 * cannot be downloaded, the chunk with the other error words cannot either.
 */
export const offlineMessage = (): string =>
  msg('We kunnen LeerID nu niet bereiken. Kijk of je internet werkt en probeer het opnieuw.');

/** The answer the first button or call took out of the address bar, for the other buttons on this page. */
let removedAnswer: { readonly original: string; readonly cleaned: string } | undefined;

/**
 * The URL that may hold the provider's answer: the page's own, or, while the
 * page still is where it was cleaned, the answer taken out of its address bar
 * (so a second button with `callback` still sees it, whichever runs first).
 */
export function pageAnswerUrl(): string {
  const here = window.location.href;
  return removedAnswer?.cleaned === here ? removedAnswer.original : here;
}

/**
 * Takes the answer out of the address bar before any code is downloaded: a
 * reload must not replay it, and it must not stay in the history, bookmarks
 * or a `Referer` even when the protocol chunk fails to load.
 */
function removeAnswerFromAddressBar(pageUrl: string): void {
  if (pageUrl !== window.location.href) return;
  const cleaned = withoutResponseParameters(pageUrl);
  if (cleaned === pageUrl) return;
  window.history.replaceState(window.history.state, '', cleaned);
  removedAnswer = { original: pageUrl, cleaned: window.location.href };
}

/** Loads the protocol chunk; a failed download counts as a network error. */
export async function loadProtocol(): Promise<typeof import('./protocol.js')> {
  try {
    return await import('./protocol.js');
  } catch (error) {
    throw new LeerIDError('network_error', 'could not load the login code', { cause: error });
  }
}

/**
 * Finishes the login whose answer is in the page URL (or `url`): checks the
 * configuration (same rules as the button), removes the answer from the
 * address bar (before the protocol code loads), then
 * - `mode: 'redirect'` (default): checks `state` (and `iss`), exchanges the
 *   code with PKCE, validates the ID token (issuer, audience, nonce, expiry)
 *   and resolves to `{ type: 'login', claims, idToken, accessToken, … }`;
 * - `mode: 'code'`: checks `state` (and `iss`) and resolves to
 *   `{ type: 'code', code, state, nonce, … }` (with `codeVerifier` unless the
 *   backend gave `codeChallenge`) for the app's backend; no tokens are fetched.
 *
 * Resolves to `null` when the URL holds no answer for this redirect URI, an
 * answer without `state` (a stranger's `?error=` link), or one while this tab's
 * login in progress is another client's; such answers leave that login intact.
 * Rejects with a `LeerIDError` (`code`, `description`) on any failure. With
 * `target`, also dispatches the matching `digi-leerid-*` event there.
 */
export async function handleLeerIDCallback(options: LeerIDCallbackOptions): Promise<LeerIDResult | null> {
  const pageUrl = options.url ?? pageAnswerUrl();
  if (!new URL(pageUrl).searchParams.has('state')) return null;
  const checked = validateConfig(options, window.location.href, document.baseURI);
  if (checked.ok && callbackKind(pageUrl, checked.config.redirectUri) !== 'none') removeAnswerFromAddressBar(pageUrl);
  let protocol: typeof import('./protocol.js');
  try {
    protocol = await loadProtocol();
  } catch (error) {
    const failure = error as LeerIDError;
    options.target?.dispatchEvent(
      new CustomEvent<LeerIDErrorDetail>('digi-leerid-error', {
        detail: { code: failure.code, message: offlineMessage(), description: failure.description },
        bubbles: true,
        composed: true,
      }),
    );
    throw failure;
  }
  return protocol.handleCallback({ ...options, url: pageUrl });
}
