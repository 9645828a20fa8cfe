// Copied verbatim from templates/sdk/core/transport.ts. DO NOT EDIT: change the template and regenerate.
import { AbortError, ConnectionError, TimeoutError } from './errors.js';

export interface HttpRequest {
  method: string;
  url: string;
  headers: Headers;
  /** Text, bytes or multipart parts; each may be sent again (retries). */
  body?: string | Blob | FormData;
}

export interface HttpResponse {
  /** Body still unread (a clone was read), so `asResponse()` callers can consume it. */
  response: Response;
  text: string;
}

export interface SendOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Attached to transport errors so a failure without a response still has an id to quote. */
  correlationId?: string;
}

let undiciFetch: Promise<typeof fetch> | undefined;

/**
 * undici's fetch over one shared dispatcher, so connections are kept alive across calls. undici is
 * imported on first use to keep importing the SDK cheap. EnvHttpProxyAgent is a keep-alive Agent that
 * also honours HTTP(S)_PROXY / NO_PROXY, which CLI users behind proxies expect.
 */
export const defaultFetch: typeof fetch = async (input, init) => {
  undiciFetch ??= import('undici').then((undici) => {
    const dispatcher = new undici.EnvHttpProxyAgent();
    // undici's own Request/Response types differ nominally from the DOM ones; they are the same at runtime.
    return ((url: never, options?: object) => undici.fetch(url, { ...options, dispatcher })) as unknown as typeof fetch;
  });
  return (await undiciFetch)(input, init);
};

/** Errors raised while connecting, i.e. before a byte of the request left the client. */
const CONNECT_PHASE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/**
 * True when a fetch failure certainly happened before the request was sent. undici wraps the socket
 * error in `cause` (and in AggregateError.errors when several addresses were tried), so walk both.
 */
export function failedBeforeSending(error: unknown): boolean {
  const pending = [error];
  const seen = new Set<unknown>();
  while (pending.length > 0) {
    const current = pending.pop();
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const { code, cause, errors } = current as { code?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === 'string' && CONNECT_PHASE_CODES.has(code)) return true;
    pending.push(cause);
    if (Array.isArray(errors)) pending.push(...errors);
  }
  return false;
}

/** The innermost message of a cause chain: "fetch failed" alone tells nobody anything. */
function describe(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  if (!(current instanceof Error)) return String(current);
  // An AggregateError (several addresses tried) can have an empty message but a code.
  return current.message || String((current as { code?: unknown }).code ?? current.name);
}

/**
 * One HTTP exchange under a per-attempt timeout that also covers reading the body. Transport failures
 * become AbortError (caller's signal), TimeoutError or ConnectionError with the original error as cause.
 */
export async function send(fetchFn: typeof fetch, request: HttpRequest, options: SendOptions): Promise<HttpResponse> {
  const label = `${request.method} ${request.url}`;
  const { signal, correlationId } = options;
  if (signal?.aborted) throw new AbortError(`${label} was aborted`, { cause: signal.reason, correlationId });

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await fetchFn(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: controller.signal,
      // A redirect is the operation's answer (e.g. an OIDC authorize URL in Location), never something to
      // follow: following would send the bearer token on to another host.
      redirect: 'manual',
    });
    const text = await response.clone().text();
    return { response, text };
  } catch (error) {
    if (signal?.aborted) throw new AbortError(`${label} was aborted`, { cause: error, correlationId });
    if (timedOut)
      throw new TimeoutError(`${label} timed out after ${options.timeoutMs} ms`, { cause: error, correlationId });
    throw new ConnectionError(`${label} failed: ${describe(error)}`, { cause: error, correlationId });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
