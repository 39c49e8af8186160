/**
 * The protocol chunk: what the button and `handleLeerIDCallback()` load with
 * a dynamic `import()` when a user clicks or an answer from the provider
 * arrives. Everything here (oauth4webapi, the transaction store, the error
 * words) stays out of the button's own code.
 */
import { callbackKind } from './callback-url.js';
import type { LeerIDCallbackOptions, LeerIDErrorDetail, LeerIDResult } from './leerid-login.types.js';
import { validateConfig, type LeerIDConfig, type LeerIDConfigInput } from './config.js';
import { describeProblem } from './config-report.js';
import { LeerIDError } from './errors.js';
import { messageKeyFor } from './error-situations.js';
import { completeLogin, startLogin } from './oidc.js';
import { errorMessage } from './words.js';

/** The configuration, or a LeerIDError naming every wrong attribute. */
export function requireConfig(input: LeerIDConfigInput, pageUrl: string, baseUrl = pageUrl): LeerIDConfig {
  const result = validateConfig(input, pageUrl, baseUrl);
  if (result.ok) return result.config;
  throw new LeerIDError('invalid_configuration', result.problems.map(describeProblem).join(' '));
}

/** This tab's sessionStorage; a LeerIDError where the browser refuses it (storage disabled, sandbox). */
function tabStorage(): Storage {
  try {
    return window.sessionStorage;
  } catch (error) {
    throw new LeerIDError('unknown_error', 'sessionStorage is not available in this browser', { cause: error });
  }
}

/**
 * Prepares a login for the button's settings and returns the authorization
 * URL; `uiLocales` are the languages the provider should show, best first.
 */
export function beginLogin(input: LeerIDConfigInput, uiLocales: string): Promise<string> {
  const config = requireConfig(input, window.location.href, document.baseURI);
  return startLogin(config, { storage: tabStorage(), uiLocales });
}

function dispatch(target: EventTarget | undefined, type: string, detail: unknown): void {
  target?.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/**
 * `handleLeerIDCallback()` once the URL may hold an answer (see callback.ts,
 * which has already taken it out of the address bar and passes it as `url`).
 */
export async function handleCallback(options: LeerIDCallbackOptions & { readonly url: string }): Promise<LeerIDResult | null> {
  const pageUrl = options.url;
  try {
    const config = requireConfig(options, window.location.href, document.baseURI);
    if (callbackKind(pageUrl, config.redirectUri) === 'none') return null;
    const result = await completeLogin(config, pageUrl, tabStorage());
    if (!result) return null;
    dispatch(options.target, result.type === 'login' ? 'digi-leerid-login' : 'digi-leerid-code', result);
    return result;
  } catch (error) {
    const failure = error instanceof LeerIDError ? error : new LeerIDError('unknown_error', String(error), { cause: error });
    dispatch(options.target, 'digi-leerid-error', {
      code: failure.code,
      message: errorMessage(messageKeyFor(failure.code)),
      description: failure.description,
      ...(failure.url === undefined ? {} : { url: failure.url }),
    } satisfies LeerIDErrorDetail);
    throw failure;
  }
}
