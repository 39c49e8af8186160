/**
 * Fetching a JSON document (a widget's `src` feed or content) with the limits
 * a page needs against a broken or hostile server: a time limit, a size cap
 * counted while the body streams in (a missing or lying Content-Length does
 * not help), and a JSON content type. Every way it can fail is told apart, so
 * a widget can say in plain words what happened. No DOM; `fetch` can be
 * passed in (tests, stories, a site's own caching).
 */

/** 5 MB: far above any real feed or checklist, far below what hangs a phone. */
export const defaultMaxBytes = 5 * 1024 * 1024;
export const defaultTimeoutMs = 15_000;

export type FetchJsonFailure =
  /** No answer: offline, DNS, CORS, connection refused, the page's connect-src. */
  | { readonly kind: 'network'; readonly detail: string }
  /** No (complete) answer within the time limit. */
  | { readonly kind: 'timeout'; readonly seconds: number }
  /** An answer, but not a success (404, 500, ...). */
  | { readonly kind: 'http'; readonly status: number }
  /** A success whose Content-Type is not JSON (`application/json` or `*\/*+json`), e.g. an HTML error page. */
  | { readonly kind: 'content-type'; readonly received: string }
  /** A body larger than the cap. */
  | { readonly kind: 'too-large'; readonly maxBytes: number }
  /** A JSON content type, but the body does not parse. */
  | { readonly kind: 'json'; readonly detail: string };

export type FetchJsonResult =
  | { readonly ok: true; readonly data: unknown }
  | { readonly ok: false; readonly failure: FetchJsonFailure };

export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

export interface FetchJsonOptions {
  readonly fetch?: Fetcher;
  /** Give up after this many milliseconds (default 15 s), the body included. */
  readonly timeoutMs?: number;
  /** Refuse bodies larger than this many bytes (default 5 MB). */
  readonly maxBytes?: number;
  /** Aborting (e.g. the element left the page) ends the request without a result. */
  readonly signal?: AbortSignal;
  /** `credentials` of the request (default: the browser's, `same-origin`). */
  readonly credentials?: RequestCredentials;
}

/** `application/json`, `application/ld+json`, `application/feed+json`…, with any parameters. */
export function isJsonContentType(value: string | null): boolean {
  const type = (value ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^[a-z0-9!#$&^_.-]+\/[a-z0-9!#$&^_.-]+\+json$/.test(type);
}

class TooLarge extends Error {}

/** The body as text, stopping as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new TooLarge();
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * Fetches and parses a JSON document. Never rejects, except with the
 * caller's own abort (an `AbortError`), which means nobody waits for the answer.
 */
export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<FetchJsonResult> {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const abort = () => controller.abort();
  options.signal?.addEventListener('abort', abort);
  const fail = (failure: FetchJsonFailure): FetchJsonResult => ({ ok: false, failure });
  try {
    const response = await (options.fetch ?? fetch)(url, {
      headers: { accept: 'application/json' },
      signal: controller.signal,
      ...(options.credentials ? { credentials: options.credentials } : {}),
    });
    if (!response.ok) return fail({ kind: 'http', status: response.status });
    const contentType = response.headers.get('content-type');
    if (!isJsonContentType(contentType)) {
      await response.body?.cancel().catch(() => undefined);
      return fail({ kind: 'content-type', received: contentType ?? '' });
    }
    const body = await readCapped(response, maxBytes);
    try {
      return { ok: true, data: JSON.parse(body) as unknown };
    } catch (error) {
      return fail({ kind: 'json', detail: (error as Error).message });
    }
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (error instanceof TooLarge) return fail({ kind: 'too-large', maxBytes });
    if (timedOut) return fail({ kind: 'timeout', seconds: Math.round(timeoutMs / 1000) });
    return fail({ kind: 'network', detail: error instanceof Error ? error.message : String(error) });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
  }
}

/** A failure in English, for the console. */
export function describeFetchFailure(failure: FetchJsonFailure): string {
  switch (failure.kind) {
    case 'network':
      return `the request failed (${failure.detail})`;
    case 'timeout':
      return `no answer within ${failure.seconds} s`;
    case 'http':
      return `the server answered HTTP ${failure.status}`;
    case 'content-type':
      return `the answer is not JSON (Content-Type "${failure.received}"; expected application/json or a +json type)`;
    case 'too-large':
      return `the answer is larger than ${Math.round(failure.maxBytes / 1024 / 1024)} MB`;
    case 'json':
      return `the answer is not valid JSON (${failure.detail})`;
  }
}
