// Copied verbatim from templates/sdk/core/client.ts. DO NOT EDIT: change the template and regenerate.
import { defaultTransport } from '#default-transport';
import { APIPromise, type WithResponse } from './api-promise.js';
import { StaticTokenProvider, type TokenProvider } from './auth.js';
import { buildUrl, encodeBody, type EncodedBody } from './build-request.js';
import {
  AbortError,
  ApiError,
  AuthenticationError,
  ConfigurationError,
  ConnectionError,
  InvalidInputError,
  RedirectError,
  UnexpectedResponseError,
  errorFromResponse,
  idempotencyNote,
  type ErrorEnvelopeSpec,
} from './errors.js';
import type { OperationSpec, RequestInput, ResponseSpec } from './operation.js';
import { checkBaseUrl, checkedHeader, redactUrl, setHeader } from './policy.js';
import { Page, PagePromise, withCursor, type CursorTrail } from './pagination.js';
import { DEFAULT_MAX_RETRIES, isRetryable, retryDelayMs } from './retry.js';
import { sleep } from './sleep.js';
import {
  DEFAULT_MAX_RESPONSE_BYTES,
  failedBeforeSending,
  fetchTransport,
  send,
  toResponse,
  type Transport,
  type TransportResponse,
} from './transport.js';
import { randomId } from './uuid.js';
import { describeProblems, inputProblems } from './validate.js';

export const DEFAULT_TIMEOUT_MS = 60_000;

export interface ClientOptions {
  /** Defaults to the contract's server URL. */
  baseUrl?: string;
  token?: string;
  /** Takes precedence over `token`. */
  tokenProvider?: TokenProvider;
  /** Sent in the project header of project-scoped operations unless a call passes its own. */
  projectId?: string;
  /** Per attempt. Default 60 s. */
  timeoutMs?: number;
  /** Default 2. */
  maxRetries?: number;
  /** Replaces the runtime's default transport (undici keep-alive on Node, the global fetch elsewhere): tests, custom agents. */
  fetch?: typeof fetch;
  defaultHeaders?: Record<string, string>;
  /** Called once per attempt, Authorization redacted (CLI --debug). */
  onExchange?: (exchange: HttpExchange) => void;
  /** Allow a plain `http:` base URL to a host other than loopback: the token then travels unencrypted. */
  allowInsecureHttp?: boolean;
  /** Check inputs against the contract's constraints (length, pattern, enum, type) before sending. */
  strict?: boolean;
  /** Larger response bodies fail with ResponseTooLargeError. Default 100 MB. */
  maxResponseBytes?: number;
}

export interface RequestOptions {
  timeoutMs?: number;
  maxRetries?: number;
  signal?: AbortSignal;
  /** Sent last, so they override any header the client sets. */
  headers?: Record<string, string>;
  /** Used by operations whose contract declares an idempotency key; generated once per call otherwise. */
  idempotencyKey?: string;
  /** Sent when the contract declares a correlation request header; generated once per call otherwise. */
  correlationId?: string;
  /** Listings: start at this continuation, a Page's `nextCursor` from an earlier call. */
  cursor?: string;
}

/** What the generated client knows about its contract. */
export interface ContractMeta {
  errors: ErrorEnvelopeSpec;
  correlationIdRequestHeader?: string;
  defaultBaseUrl: string;
  userAgent: string;
}

export interface HttpExchange {
  operationId: string;
  /** 1 for the first try of a call. */
  attempt: number;
  /** `body`: the text sent, or a description of bytes and multipart parts. */
  request: { method: string; url: string; headers: Record<string, string>; body?: string };
  /** Absent when the attempt got no response. */
  response?: { status: number; headers: Record<string, string>; body: string };
  /** The transport failure when there was no response. */
  error?: ApiError;
  durationMs: number;
}

/** Everything about a logical call that stays fixed across its attempts. */
interface PreparedCall {
  op: OperationSpec;
  url: string;
  /** Lower-case names, values checked: the attempt adds the credential. */
  headers: Map<string, string>;
  body?: string | Blob | FormData;
  /** What a debug log shows of the body. */
  bodyDescription?: string;
  correlationId?: string;
  /** The Idempotency-Key every attempt sends. */
  idempotencyKey?: string;
  /** Repeating it cannot apply a mutation twice. */
  safeToRepeat: boolean;
  options: RequestOptions;
  /** Whether any attempt may have been applied: the one fact a caller needs to repeat a failed mutation safely. */
  applied: boolean;
}

/** A call's result; its Response is built only when read, which the hot path never does. */
class CallResult<T> implements WithResponse<T> {
  readonly #received: TransportResponse;
  #response: Response | undefined;

  constructor(
    readonly data: T,
    readonly correlationId: string | undefined,
    received: TransportResponse,
  ) {
    this.#received = received;
  }

  get response(): Response {
    return (this.#response ??= toResponse(this.#received));
  }

  /** The same exchange with other data (a Page around the body). */
  withData<U>(data: U): CallResult<U> {
    return new CallResult(data, this.correlationId, this.#received);
  }
}

const isSuccess = (status: number): boolean => status >= 200 && status < 300;
const isRedirect = (status: number): boolean => status >= 300 && status < 400;

/** The declared response for a status: exact, else its class (`2XX`); for an undeclared 2xx, the first declared 2xx. */
function declaredResponse(op: OperationSpec, status: number): ResponseSpec | undefined {
  const responses = op.responses;
  if (!responses) return undefined;
  const exact = responses[String(status)] ?? responses[`${String(status)[0]}XX`];
  if (exact || !isSuccess(status)) return exact;
  const firstSuccess = Object.keys(responses).find((code) => code.startsWith('2'));
  return firstSuccess === undefined ? undefined : responses[firstSuccess];
}

/**
 * Whether an attempt that ended this way may have been applied: sent and then lost (reset, timeout),
 * answered 5xx, or a redirect other than 307/308 (which say "not done here"). A 4xx is a refusal.
 */
function mayHaveApplied(failure: ApiError): boolean {
  const { status } = failure;
  if (status === undefined) return !failedBeforeSending(failure.cause);
  if (isRedirect(status)) return status !== 307 && status !== 308;
  return status >= 500 || isSuccess(status);
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
const REDACTED_HEADERS = new Set(['authorization', 'proxy-authorization']);

/** Keeps the scheme ('Bearer') so a debug log still shows which kind of credential went out. */
function redact(value: string): string {
  const space = value.indexOf(' ');
  return space > 0 ? `${value.slice(0, space)} [REDACTED]` : '[REDACTED]';
}

/** The request headers sent (name, value, ...) by name, as a debug log shows them: sorted, credentials redacted. */
function sentHeaderRecord(headers: readonly string[], credential?: OperationSpec['credential']): Record<string, string> {
  const secret = credential?.in === 'header' ? credential.name.toLowerCase() : undefined;
  const names: [string, string][] = [];
  for (let i = 0; i < headers.length; i += 2) names.push([headers[i]!, headers[i + 1]!]);
  names.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const record: Record<string, string> = {};
  for (const [name, value] of names) record[name] = REDACTED_HEADERS.has(name) || name === secret ? redact(value) : value;
  return record;
}

function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => void (record[name] = value));
  return record;
}

/** A 2xx (or declared 3xx) that does not match the contract: a wrong answer must not pass as success. */
function unexpectedResponse(
  { status, headers, text }: TransportResponse,
  correlationId: string | undefined,
  what: string,
  cause?: unknown,
): UnexpectedResponseError {
  return new UnexpectedResponseError(
    `${status}: the response does not match the contract: ${what}${correlationId ? ` (correlation_id: ${correlationId})` : ''}`,
    { status, headers, body: text, correlationId, cause, mayHaveSucceeded: true },
  );
}

/** NaN or a negative count would retry forever or time out at once; fail loudly instead. */
function checkLimits(where: string, limits: { maxRetries?: number; timeoutMs?: number; maxResponseBytes?: number }): void {
  const { maxRetries, timeoutMs, maxResponseBytes } = limits;
  if (maxResponseBytes !== undefined && !(Number.isSafeInteger(maxResponseBytes) && maxResponseBytes > 0)) {
    throw new ConfigurationError(`${where}: maxResponseBytes must be a whole number > 0, got ${maxResponseBytes}`);
  }
  if (maxRetries !== undefined && !(Number.isInteger(maxRetries) && maxRetries >= 0)) {
    throw new ConfigurationError(`${where}: maxRetries must be a whole number >= 0, got ${maxRetries}`);
  }
  if (timeoutMs !== undefined && !(timeoutMs > 0 && timeoutMs <= 2 ** 31 - 1)) {
    throw new ConfigurationError(`${where}: timeoutMs must be between 1 and ${2 ** 31 - 1}, got ${timeoutMs}`);
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The class generated clients extend: resources call `request` / `requestPage` with a static OperationSpec. */
export class ApiClient {
  readonly baseUrl: string;
  readonly #options: ClientOptions;
  readonly #meta: ContractMeta;
  readonly #transport: Transport;
  readonly #tokenProvider: TokenProvider | undefined;
  /** `options.token` when it is the only credential: read without a provider's promise per call. */
  readonly #staticToken: string | undefined;

  constructor(options: ClientOptions, meta: ContractMeta) {
    this.baseUrl = options.baseUrl ?? meta.defaultBaseUrl;
    checkBaseUrl(this.baseUrl, options);
    checkLimits('Client options', options);
    this.#options = options;
    this.#meta = meta;
    this.#transport = options.fetch ? fetchTransport(options.fetch) : defaultTransport;
    this.#tokenProvider =
      options.tokenProvider ?? (options.token === undefined ? undefined : new StaticTokenProvider(options.token));
    this.#staticToken = options.tokenProvider ? undefined : options.token;
  }

  request<T>(op: OperationSpec, input: RequestInput = {}, options: RequestOptions = {}): APIPromise<T> {
    return new APIPromise(this.#execute<T>(op, input, options));
  }

  /** A listing: `await` gives the first page, `for await` every item; each page is one `request`. */
  requestPage<Item, PageBody = unknown>(
    op: OperationSpec,
    input: RequestInput = {},
    options: RequestOptions = {},
  ): PagePromise<Item, PageBody> {
    // A caller resuming from a cursor has used it already: the server handing it back is a repeat too.
    const param = op.pagination?.cursorParam;
    const resumed = options.cursor ?? (param ? input.query?.[param] : undefined);
    const trail: CursorTrail = new Map(resumed === undefined ? [] : [[String(resumed), 0]]);
    const load = async (cursor: string | undefined, depth: number): Promise<CallResult<Page<Item, PageBody>>> => {
      const { pagination } = op;
      if (!pagination) throw new ConfigurationError(`${op.id} is not a paginated operation`);
      const pageInput = cursor === undefined ? input : withCursor(pagination, input, cursor);
      const result = await this.#execute<PageBody>(op, pageInput, options);
      const page = new Page<Item, PageBody>(
        result.data,
        pagination,
        trail,
        async (next, nextDepth) => (await load(next, nextDepth)).data,
        // Only a Link listing reads the headers: building the Response for them costs every other page.
        { ...(pagination.kind === 'link' ? { headers: result.response.headers } : {}), query: pageInput.query },
        depth,
      );
      return result.withData(page);
    };
    return new PagePromise(load(options.cursor, 0));
  }

  async #execute<T>(op: OperationSpec, input: RequestInput, options: RequestOptions): Promise<CallResult<T>> {
    checkLimits(op.id, options);
    // Most calls have no body, or JSON: only files and multipart parts need awaiting.
    const encoded = op.body && input.body !== undefined ? await encodeBody(op, input.body) : undefined;
    const call = this.#prepare(op, input, options, encoded);
    try {
      return await this.#attempts<T>(call);
    } catch (error) {
      if (error instanceof ApiError) {
        // Errors that end the call at once (a wrong 2xx, an undeclared redirect) carry their own verdict.
        error.mayHaveSucceeded ||= call.applied;
        if (call.idempotencyKey !== undefined) {
          error.idempotencyKey = call.idempotencyKey;
          if (error.mayHaveSucceeded) error.message += idempotencyNote(call.idempotencyKey);
        }
      }
      throw error;
    }
  }

  /** The retry loop: resolves with the first answer that is the operation's result, else throws the last failure. */
  async #attempts<T>(call: PreparedCall): Promise<CallResult<T>> {
    const { op, options } = call;
    const maxRetries = options.maxRetries ?? this.#options.maxRetries ?? DEFAULT_MAX_RETRIES;
    let retries = 0;
    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      const token = op.auth ? (this.#staticToken ?? (await this.#getToken())) : undefined;
      let outcome: TransportResponse | ConnectionError;
      try {
        outcome = await this.#attempt(call, token, attempt);
      } catch (error) {
        if (!(error instanceof ConnectionError)) throw error; // AbortError and anything unexpected end the call
        outcome = error;
      }
      let failure: ApiError;
      if (outcome instanceof ConnectionError) {
        failure = outcome;
      } else {
        if (isSuccess(outcome.status)) return this.#parse<T>(outcome, call);
        if (isRedirect(outcome.status)) {
          if (declaredResponse(op, outcome.status)) return this.#parse<T>(outcome, call);
          throw this.#redirectError(outcome, call);
        }
        failure = errorFromResponse(
          outcome.status,
          outcome.headers,
          outcome.text,
          this.#meta.errors,
          call.correlationId,
        );
        // A 401 with a refreshable token gets one fresh-token retry, outside the retry budget.
        if (failure.status === 401 && token !== undefined && !refreshed && this.#tokenProvider?.refresh) {
          refreshed = true;
          if (await this.#renewToken(token, failure)) continue;
        }
      }
      call.applied ||= mayHaveApplied(failure);
      failure.retryable = isRetryable(
        {
          status: failure.status,
          // 429 means the server refused the request unprocessed; a connection that was never made sent nothing.
          mayHaveTakenEffect:
            failure.status === undefined ? !failedBeforeSending(failure.cause) : failure.status !== 429,
        },
        call.safeToRepeat,
      );
      if (!failure.retryable || retries >= maxRetries) throw failure;
      const delay = retryDelayMs(retries, failure.headers);
      if (delay === undefined) throw failure;
      try {
        await sleep(delay, options.signal);
      } catch (error) {
        throw new AbortError(`${op.id} was aborted while waiting to retry`, {
          cause: error,
          correlationId: call.correlationId,
        });
      }
      retries++;
    }
  }

  /** A 3xx the contract does not declare: reported with where it pointed, never followed. */
  #redirectError(response: TransportResponse, call: PreparedCall): RedirectError {
    const { status, headers, text } = response;
    const location = response.header('location') ?? undefined;
    const target = location !== undefined && URL.canParse(location, call.url) ? new URL(location, call.url) : undefined;
    const locationHost = target?.host;
    const correlationId = this.#responseCorrelationId(response, call);
    return new RedirectError(
      `${status}: ${call.op.id} answered with a redirect the contract does not declare, ${
        locationHost ? `to ${locationHost}` : 'without a Location'
      }; not followed (check the base URL)${correlationId ? ` (correlation_id: ${correlationId})` : ''}`,
      {
        status,
        headers,
        body: text,
        ...(correlationId ? { correlationId } : {}),
        ...(target ? { location: redactUrl(target.href) } : {}),
        ...(locationHost ? { locationHost } : {}),
        mayHaveSucceeded: status !== 307 && status !== 308,
      },
    );
  }

  #prepare(op: OperationSpec, input: RequestInput, options: RequestOptions, encoded: EncodedBody | undefined): PreparedCall {
    if (this.#options.strict) {
      const problems = inputProblems(op, input);
      if (problems.length) {
        throw new InvalidInputError(`${op.id}: invalid input: ${describeProblems(problems)}`, { problems });
      }
    }
    const projectId = input.projectId ?? this.#options.projectId;
    if (op.projectHeader && !projectId) {
      throw new ConfigurationError(
        `${op.id} is project-scoped but no project id is set: pass projectId with the call or in the client options`,
      );
    }
    const url = buildUrl(this.baseUrl, op, input);

    // Later sets win: per-call headers can override anything, defaults nothing the operation needs.
    // Every value is checked as it is set: a CR/LF would smuggle in a header, and the error never shows the value.
    const headers = new Map([
      ['accept', 'application/json'],
      ['user-agent', this.#meta.userAgent],
    ]);
    const { defaultHeaders } = this.#options;
    if (defaultHeaders) for (const name in defaultHeaders) setHeader(headers, name, defaultHeaders[name]!);
    if (encoded?.contentType) setHeader(headers, 'content-type', encoded.contentType);
    if (input.headers) for (const [name, value] of Object.entries(input.headers)) if (value !== undefined) setHeader(headers, name, value);
    if (op.projectHeader && projectId) setHeader(headers, op.projectHeader, projectId);
    // One key and one correlation id per logical call: every retry must look like the same request.
    const idempotencyKey = op.idempotency ? (options.idempotencyKey ?? randomId()) : undefined;
    if (op.idempotency && idempotencyKey) setHeader(headers, op.idempotency.header, idempotencyKey);
    const correlationHeader = this.#meta.correlationIdRequestHeader;
    const correlationId = correlationHeader ? (options.correlationId ?? randomId()) : undefined;
    if (correlationHeader && correlationId) setHeader(headers, correlationHeader, correlationId);
    if (options.headers) for (const [name, value] of Object.entries(options.headers)) setHeader(headers, name, value);

    return {
      op,
      url,
      headers,
      body: encoded?.body,
      bodyDescription: encoded?.description,
      correlationId,
      ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
      safeToRepeat: op.retrySafe || idempotencyKey !== undefined,
      options,
      applied: false,
    };
  }

  /** Sends one attempt, reporting it to onExchange. The request is rebuilt each time: a body is never reused. */
  #attempt(call: PreparedCall, token: string | undefined, attempt: number): Promise<TransportResponse> {
    const { credential } = call.op;
    const headers: string[] = [];
    for (const [name, value] of call.headers) headers.push(name, value);
    let url = call.url;
    if (token !== undefined && credential?.in === 'query') {
      const withKey = new URL(url);
      withKey.searchParams.set(credential.name, token);
      url = withKey.href;
    } else if (token !== undefined) {
      const name = credential ? credential.name.toLowerCase() : 'authorization';
      if (!call.headers.has(name)) {
        headers.push(name, checkedHeader(name, credential ? (credential.prefix ? `${credential.prefix} ${token}` : token) : `Bearer ${token}`));
      }
    }
    const maxResponseBytes = this.#options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const request = { method: call.op.method, url, headers, body: call.body, maxResponseBytes };
    const sending = send(this.#transport, request, {
      timeoutMs: call.options.timeoutMs ?? this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      signal: call.options.signal,
      correlationId: call.correlationId,
      // call.url: without a query credential, which would otherwise be quoted in the error.
      label: `${request.method} ${call.url}`,
    });
    const { onExchange } = this.#options;
    return onExchange ? this.#reported(sending, onExchange, call, headers, attempt) : sending;
  }

  /** The attempt, reported to onExchange when it ends (Authorization redacted). */
  async #reported(
    sending: Promise<TransportResponse>,
    onExchange: NonNullable<ClientOptions['onExchange']>,
    call: PreparedCall,
    headers: readonly string[],
    attempt: number,
  ): Promise<TransportResponse> {
    const started = Date.now();
    const report = (exchange: Pick<HttpExchange, 'response' | 'error'>) =>
      onExchange({
        operationId: call.op.id,
        attempt,
        request: { method: call.op.method, url: call.url, headers: sentHeaderRecord(headers, call.op.credential), body: call.bodyDescription },
        ...exchange,
        durationMs: Date.now() - started,
      });
    try {
      const result = await sending;
      report({ response: { status: result.status, headers: headerRecord(result.headers), body: result.text } });
      return result;
    } catch (error) {
      report({ error: error as ApiError });
      throw error;
    }
  }

  /** A token provider failing for any reason but the network is an authentication problem. */
  async #getToken(): Promise<string | undefined> {
    try {
      return await this.#tokenProvider?.getToken();
    } catch (error) {
      if (error instanceof ConnectionError || error instanceof AbortError) throw error;
      throw new AuthenticationError(`Could not get an access token: ${errorMessage(error)}`, { cause: error });
    }
  }

  /** True when a different token is now available; a failed refresh becomes the cause of the 401. */
  async #renewToken(sentToken: string, unauthorized: ApiError): Promise<boolean> {
    const provider = this.#tokenProvider;
    try {
      // A concurrent call may have refreshed already; its token is then the one to retry with.
      const current = await provider?.getToken();
      if (current !== undefined && current !== sentToken) return true;
      const renewed = await provider?.refresh?.();
      return renewed !== undefined && renewed !== sentToken;
    } catch (error) {
      if (error instanceof ConnectionError || error instanceof AbortError) throw error;
      unauthorized.cause = error;
      return false;
    }
  }

  #responseCorrelationId(response: TransportResponse, call: PreparedCall): string | undefined {
    const headerName = this.#meta.errors.correlationIdResponseHeader;
    return (headerName ? response.header(headerName.toLowerCase()) : null) ?? call.correlationId;
  }

  #parse<T>(result: TransportResponse, call: PreparedCall): CallResult<T> {
    const correlationId = this.#responseCorrelationId(result, call);
    return new CallResult(this.#parseBody(result, call, correlationId) as T, correlationId, result);
  }

  /**
   * A declared JSON body is parsed and its root type checked against the contract (a wrong answer must not
   * pass as success). Otherwise: JSON when declared (or undeclared but parseable), text, undefined when empty.
   */
  #parseBody(result: TransportResponse, call: PreparedCall, correlationId: string | undefined): unknown {
    const { status, text } = result;
    const declared = call.op.method === 'HEAD' ? undefined : declaredResponse(call.op, status);
    if (declared?.body === 'json') {
      if (text === '') throw unexpectedResponse(result, correlationId, 'the body is empty, a JSON body is declared');
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw unexpectedResponse(result, correlationId, `the body is not JSON (${result.header('content-type') || 'no content type'})`, error);
      }
      const type = jsonType(value);
      if (declared.type && !declared.type.includes(type) && !(type === 'integer' && declared.type.includes('number'))) {
        throw unexpectedResponse(result, correlationId, `expected ${declared.type.join(' or ')} at the root, got ${type}`);
      }
      return value;
    }
    if (text === '') return undefined;
    const contentType = result.header('content-type') || undefined;
    const declaredJson = contentType !== undefined && /[/+]json\b/i.test(contentType);
    if (contentType !== undefined && !declaredJson) return text;
    try {
      return JSON.parse(text);
    } catch (error) {
      if (!declaredJson) return text;
      throw unexpectedResponse(result, correlationId, 'the body is not valid JSON', error);
    }
  }
}
