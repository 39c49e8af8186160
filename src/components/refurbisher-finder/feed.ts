/**
 * Fetching a feed from its URL, with every way that can fail told apart so
 * the widget can say what happened. Pure apart from `fetch`, which is passed
 * in (tests and stories give their own); no DOM.
 */

export type LoadFailure =
  /** No answer: offline, DNS, CORS, connection refused. */
  | { readonly kind: 'network'; readonly detail: string }
  /** No answer within the time limit. */
  | { readonly kind: 'timeout'; readonly seconds: number }
  /** An answer, but not a success (404, 500, ...). */
  | { readonly kind: 'http'; readonly status: number }
  /** A successful answer that is not JSON. */
  | { readonly kind: 'json'; readonly detail: string };

export type LoadResult = { readonly ok: true; readonly data: unknown } | { readonly ok: false; readonly failure: LoadFailure };

export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

export interface LoadOptions {
  readonly fetch?: Fetcher;
  /** Give up after this many milliseconds (default 15 s). */
  readonly timeoutMs?: number;
  /** Aborting (e.g. the element left the page) ends the request without a result. */
  readonly signal?: AbortSignal;
}

/**
 * Fetches and parses a JSON feed. Never rejects, except with the caller's
 * own abort (an `AbortError`), which means nobody waits for the answer.
 */
export async function loadFeed(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const abort = () => controller.abort();
  options.signal?.addEventListener('abort', abort);
  const fail = (failure: LoadFailure): LoadResult => ({ ok: false, failure });
  try {
    const response = await (options.fetch ?? fetch)(url, {
      headers: { accept: 'application/json' },
      signal: controller.signal,
    });
    if (!response.ok) return fail({ kind: 'http', status: response.status });
    const body = await response.text();
    try {
      return { ok: true, data: JSON.parse(body) as unknown };
    } catch (error) {
      return fail({ kind: 'json', detail: (error as Error).message });
    }
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (timedOut) return fail({ kind: 'timeout', seconds: Math.round(timeoutMs / 1000) });
    return fail({ kind: 'network', detail: error instanceof Error ? error.message : String(error) });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
  }
}

/** A failure in English, for the console. */
export function describeFailure(failure: LoadFailure): string {
  switch (failure.kind) {
    case 'network':
      return `the request failed (${failure.detail})`;
    case 'timeout':
      return `no answer within ${failure.seconds} s`;
    case 'http':
      return `the server answered HTTP ${failure.status}`;
    case 'json':
      return `the answer is not valid JSON (${failure.detail})`;
  }
}
