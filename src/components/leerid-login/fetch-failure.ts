/**
 * Why a request to the provider failed, as far as a page can tell. `fetch`
 * rejects with the same bare TypeError whether the device is offline, the
 * provider's address does not answer, the provider does not allow this
 * site's origin (CORS) or the page's Content-Security-Policy blocked the
 * request (`connect-src`). Two of these can be told apart: the browser
 * knows it is offline (`navigator.onLine`), and a CSP block fires a
 * `securitypolicyviolation` event on the document. The rest (online, no
 * violation) is the provider's side or CORS: not the user's to fix.
 *
 * Part of the protocol chunk (oidc.ts).
 */

/** The widget's error code for a failed request (see errors.ts). */
export type FetchFailureCode = 'network_error' | 'blocked_by_csp' | 'provider_unreachable';

/**
 * The code for a request that failed without an answer. A CSP block comes
 * first: it is certain, and it stays when the device is back online.
 */
export function fetchFailureCode(facts: { readonly online: boolean; readonly blockedByCsp: boolean }): FetchFailureCode {
  if (facts.blockedByCsp) return 'blocked_by_csp';
  if (!facts.online) return 'network_error';
  return 'provider_unreachable';
}

/** The origin of a URL (`https://id.example`), or undefined for `inline`, `eval` and other non-URLs. */
export function originOf(url: string): string | undefined {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** The fields of a `securitypolicyviolation` event this module reads. */
export interface ViolationLike {
  readonly blockedURI: string;
  readonly disposition?: string;
}

/** Whether an enforced CSP violation is about a request to `url`'s origin (blockedURI may be the full URL or only its origin). */
export function blocksRequest(violation: ViolationLike, url: string): boolean {
  if (violation.disposition === 'report') return false;
  const blocked = originOf(violation.blockedURI);
  return blocked !== undefined && blocked === originOf(url);
}

/**
 * Listens on `target` (the document) for CSP violations that block `url`
 * while its request runs. `blocked()` tells, after the request failed,
 * whether one came; it first gives the browser a task to deliver the event,
 * which is queued and may arrive after the rejection. `stop()` removes the listener.
 */
export function watchCspViolations(target: EventTarget, url: string, settleMs = 50) {
  let seen = false;
  const listener = (event: Event) => {
    if (blocksRequest(event as unknown as ViolationLike, url)) seen = true;
  };
  target.addEventListener('securitypolicyviolation', listener);
  return {
    async blocked(): Promise<boolean> {
      if (!seen) await new Promise((resolve) => setTimeout(resolve, settleMs));
      return seen;
    },
    stop(): void {
      target.removeEventListener('securitypolicyviolation', listener);
    },
  };
}
