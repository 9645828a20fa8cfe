// Copied verbatim from templates/sdk/core/transport.ts. DO NOT EDIT: change the template and regenerate.
/**
 * The one seam between the client and the network: a Transport sends one request and returns the whole
 * response. Which Transport is the default depends on the runtime, chosen by the package's `imports` map
 * (`#default-transport`): undici on Node (transport-node.ts), the global fetch everywhere else
 * (transport-web.ts), so browser and edge bundles never see a Node module.
 */
import { AbortError, ApiError, ConnectionError, ResponseTooLargeError, TimeoutError } from './errors.js';

/** Default cap on a response body; larger answers fail with ResponseTooLargeError instead of filling memory. */
export const DEFAULT_MAX_RESPONSE_BYTES = 100 * 1024 * 1024;

export interface HttpRequest {
  method: string;
  url: string;
  /** Name, value, name, value, ...: lower-case names, each once, values checked (policy.ts setHeader). */
  headers: readonly string[];
  /** Text, bytes or multipart parts; each may be sent again (retries). */
  body?: string | Blob | FormData;
  /** Stop reading and reject with ResponseTooLargeError past this many body bytes. */
  maxResponseBytes?: number;
}

/** What a Transport returns: the status, the headers and the body read to the end ('' when empty). */
export interface TransportResponse {
  status: number;
  statusText?: string;
  /** May be built on first read: a successful call reads one or two headers, through `header`. */
  readonly headers: Headers;
  /** One header by lower-case name, as `headers.get` gives it. */
  header(name: string): string | null;
  text: string;
}

/**
 * What a Transport watches to stop a request: an AbortSignal fits, and so does send()'s Cancellation, which
 * costs a plain object per call instead of an AbortController (an EventTarget) on the hot path.
 */
export type CancelSignal = Pick<AbortSignal, 'aborted' | 'reason' | 'addEventListener' | 'removeEventListener'>;

/**
 * Sends one request, aborting when `signal` fires; rejects on any failure without a response (the error,
 * with its `cause` chain, is classified by failedBeforeSending). Redirects are returned, never followed.
 */
export type Transport = ((request: HttpRequest, signal: CancelSignal) => Promise<TransportResponse>) & {
  /** Loads what the transport needs (a lazily imported HTTP library): the timeout starts after it. Undefined once loaded. */
  ready?: () => Promise<void> | undefined;
};

export function tooLarge(max: number): ResponseTooLargeError {
  return new ResponseTooLargeError(`the response is larger than the limit of ${max} bytes (maxResponseBytes)`, {
    mayHaveSucceeded: true,
  });
}

/** A body read to the end as UTF-8, failing as soon as it passes `max` bytes (a declared length is checked first). */
export async function readCappedText(
  chunks: AsyncIterable<Uint8Array> | null,
  declaredLength: string | null | undefined,
  max: number | undefined,
  cancel: () => unknown = () => undefined,
): Promise<string> {
  if (chunks === null) return '';
  if (max !== undefined && Number(declaredLength) > max) {
    await cancel();
    throw tooLarge(max);
  }
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (max !== undefined && size > max) {
      await cancel();
      throw tooLarge(max);
    }
    text += decoder.decode(chunk, { stream: true });
  }
  return text + decoder.decode();
}

/** A Transport over any fetch implementation (the global one, undici's, a test double). */
export function fetchTransport(fetchFn: typeof fetch): Transport {
  return async (request, signal) => {
    const headers: [string, string][] = [];
    for (let i = 0; i < request.headers.length; i += 2) headers.push([request.headers[i]!, request.headers[i + 1]!]);
    const response = await fetchFn(request.url, {
      method: request.method,
      headers,
      body: request.body,
      signal: asAbortSignal(signal),
      // A redirect is the operation's answer (e.g. an OIDC authorize URL in Location), never something to
      // follow: following would send the bearer token on to another host.
      redirect: 'manual',
    });
    const body = response.body as AsyncIterable<Uint8Array> | null;
    const text = await readCappedText(body, response.headers.get('content-length'), request.maxResponseBytes, () =>
      response.body?.cancel().catch(() => undefined),
    );
    const { status, statusText, headers: received } = response;
    return { status, statusText, headers: received, header: (name) => received.get(name), text };
  };
}

/** fetch wants a real AbortSignal: one that follows `signal` is made only when it is something else. */
function asAbortSignal(signal: CancelSignal): AbortSignal {
  if (signal instanceof AbortSignal) return signal;
  const controller = new AbortController();
  if (signal.aborted) controller.abort(signal.reason);
  else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  return controller.signal;
}

/**
 * The signal send() hands a transport: fired by the attempt's one timer or by the caller's signal. A
 * listener list, not an EventTarget: undici accepts anything with addEventListener/removeEventListener.
 */
class Cancellation implements CancelSignal {
  aborted = false;
  reason: unknown = undefined;
  #listeners: Array<() => void> = [];

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    for (const listener of this.#listeners.splice(0)) listener();
  }

  addEventListener(_type: string, listener: unknown): void {
    if (typeof listener === 'function') this.#listeners.push(listener as () => void);
  }

  removeEventListener(_type: string, listener: unknown): void {
    const at = this.#listeners.indexOf(listener as () => void);
    if (at >= 0) this.#listeners.splice(at, 1);
  }
}

export interface SendOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Attached to transport errors so a failure without a response still has an id to quote. */
  correlationId?: string;
  /** How errors name the request (`GET https://…`): the URL without a query credential. Default: method and URL. */
  label?: string;
}

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
export async function send(transport: Transport, request: HttpRequest, options: SendOptions): Promise<TransportResponse> {
  const label = options.label ?? `${request.method} ${request.url}`;
  const { signal, correlationId } = options;
  if (signal?.aborted) throw new AbortError(`${label} was aborted`, { cause: signal.reason, correlationId });
  // The per-attempt timeout counts from sending, not from loading the HTTP library (CLI start-up).
  const loading = transport.ready?.();
  if (loading) await loading;

  // One timer per attempt and no AbortController: the caller's signal, if any, is followed by one listener.
  const cancellation = new Cancellation();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    cancellation.abort(new Error(`timed out after ${options.timeoutMs} ms`));
  }, options.timeoutMs);
  const onAbort = () => cancellation.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await transport(request, cancellation);
    // A transport that does not cap while reading is still held to the limit (characters <= bytes).
    if (request.maxResponseBytes !== undefined && response.text.length > request.maxResponseBytes) {
      throw tooLarge(request.maxResponseBytes);
    }
    return response;
  } catch (error) {
    if (error instanceof ApiError && !timedOut) throw error;
    if (signal?.aborted) throw new AbortError(`${label} was aborted`, { cause: error, correlationId });
    if (timedOut)
      throw new TimeoutError(`${label} timed out after ${options.timeoutMs} ms`, { cause: error, correlationId });
    throw new ConnectionError(`${label} failed: ${describe(error)}`, { cause: error, correlationId });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** The Response a `withResponse()` caller sees, built only when asked for: the hot path never needs one. */
export function toResponse({ status, statusText, headers, text }: Omit<TransportResponse, 'header'>): Response {
  // These statuses must not carry a body (Fetch standard, "null body status").
  const bodyless = status === 204 || status === 205 || status === 304;
  return new Response(bodyless ? null : text, { status, statusText: statusText ?? '', headers });
}
