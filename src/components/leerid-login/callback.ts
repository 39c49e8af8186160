/**
 * `handleLeerIDCallback()`: finishes a login on the redirect URI page, for
 * apps that do not show a button there (`<digi-leerid-login callback>` does
 * the same). Only this small check is in the button's own code: the protocol
 * chunk loads only when the page URL may hold an answer from the provider.
 */
import { msg } from '../../i18n/localize.js';
import type { LeerIDConfigInput } from './config.js';
import { LeerIDError } from './errors.js';
import type { LeerIDResult } from './oidc.js';

export type { LeerIDCodeResult, LeerIDLoginResult, LeerIDResult } from './oidc.js';

export interface LeerIDCallbackOptions extends LeerIDConfigInput {
  /** The URL with the answer; the current page by default. */
  readonly url?: string;
  /**
   * Where to dispatch `digi-leerid-login`, `digi-leerid-code` or
   * `digi-leerid-error` (bubbling, composed); no events when absent.
   */
  readonly target?: EventTarget;
}

/** The detail of `digi-leerid-error`. */
export interface LeerIDErrorDetail {
  /** An OAuth 2.0 / OpenID Connect error code (`access_denied`…) or the widget's own (`state_mismatch`…). */
  readonly code: string;
  /** The plain-language message for the user (the button's language; Dutch from `handleLeerIDCallback`). */
  readonly message: string;
  /** Technical details for developers (the provider's `error_description`, the failed check). */
  readonly description: string;
}

/**
 * The network message, in the button's own code: when the protocol chunk
 * cannot be downloaded, the chunk with the other error words cannot either.
 */
export const offlineMessage = (): string =>
  msg('We kunnen LeerID nu niet bereiken. Kijk of je internet werkt en probeer het opnieuw.');

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
 * address bar, then
 * - `mode: 'redirect'` (default): checks `state` (and `iss`), exchanges the
 *   code with PKCE, validates the ID token (issuer, audience, nonce, expiry)
 *   and resolves to `{ type: 'login', claims, idToken, accessToken, … }`;
 * - `mode: 'code'`: checks `state` (and `iss`) and resolves to
 *   `{ type: 'code', code, codeVerifier, nonce, … }` for the app's backend;
 *   no tokens are fetched.
 *
 * Resolves to `null` when the URL holds no answer for this redirect URI.
 * Rejects with a `LeerIDError` (`code`, `description`) on any failure. With
 * `target`, also dispatches the matching `digi-leerid-*` event there.
 */
export async function handleLeerIDCallback(options: LeerIDCallbackOptions): Promise<LeerIDResult | null> {
  const params = new URL(options.url ?? window.location.href).searchParams;
  if (!params.has('state') && !params.has('error')) return null;
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
  return protocol.handleCallback(options);
}
