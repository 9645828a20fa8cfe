// Copied verbatim from templates/sdk/core/errors.ts. DO NOT EDIT: change the template and regenerate.
import { readField } from './fields.js';
import { isRetryableStatus, parseRetryAfterMs } from './retry.js';

/** Where the contract's error envelope keeps its fields (dotted paths allowed). */
export interface ErrorEnvelopeSpec {
  codeField: string;
  messageField: string;
  /** Read when the body has no `messageField` (RFC 9457 problem details: `detail`, else `title`). */
  messageFallbackField?: string;
  correlationIdField?: string;
  detailsField?: string;
  correlationIdResponseHeader?: string;
}

export interface ApiErrorInit {
  status?: number;
  errorCode?: string;
  correlationId?: string;
  details?: unknown;
  headers?: Headers;
  body?: unknown;
  retryable?: boolean;
  retryAfterMs?: number;
  cause?: unknown;
  idempotencyKey?: string;
  mayHaveSucceeded?: boolean;
}

/** Base of everything the SDK throws, so one `instanceof ApiError` catches them all. */
export class ApiError extends Error {
  override name = 'ApiError';
  /** HTTP status, when the server answered. */
  readonly status?: number;
  /** The server's error code, exactly as sent. */
  readonly errorCode?: string;
  /** From the error body, else the response header, else the id the client sent. */
  readonly correlationId?: string;
  readonly details?: unknown;
  readonly headers?: Headers;
  /** Parsed JSON body, or the raw text when it was not JSON. */
  readonly body?: unknown;
  /**
   * Repeating the call is safe and may succeed (the client sets it to what its retry loop decided). For an
   * operation with an idempotency key that holds only when the repeat sends the same key: pass
   * `{ idempotencyKey: error.idempotencyKey }`. A new key could apply the mutation twice.
   */
  retryable: boolean;
  /** What the server asked for in Retry-After / retry-after-ms. */
  readonly retryAfterMs?: number;
  /** The Idempotency-Key every attempt of the call sent (operations that take one). */
  idempotencyKey?: string;
  /**
   * Some attempt may have reached the server and been applied (sent, then reset, timed out or answered
   * 5xx): the mutation may have taken effect although the call failed. Repeat it with the same key to find out.
   */
  mayHaveSucceeded: boolean;

  constructor(message: string, init: ApiErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.errorCode = init.errorCode;
    this.correlationId = init.correlationId;
    this.details = init.details;
    this.headers = init.headers;
    this.body = init.body;
    this.retryable = init.retryable ?? false;
    this.retryAfterMs = init.retryAfterMs;
    this.idempotencyKey = init.idempotencyKey;
    this.mayHaveSucceeded = init.mayHaveSucceeded ?? false;
  }
}

// Names are literal rather than derived from the constructor so minified bundles keep them.
export class BadRequestError extends ApiError {
  override name = 'BadRequestError';
}
export class AuthenticationError extends ApiError {
  override name = 'AuthenticationError';
}
export class PaymentRequiredError extends ApiError {
  override name = 'PaymentRequiredError';
}
export class PermissionDeniedError extends ApiError {
  override name = 'PermissionDeniedError';
}
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}
export class ConflictError extends ApiError {
  override name = 'ConflictError';
}
export class UnprocessableEntityError extends ApiError {
  override name = 'UnprocessableEntityError';
}
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
}
export class InternalServerError extends ApiError {
  override name = 'InternalServerError';
}
/** Any other non-2xx status. */
export class ApiStatusError extends ApiError {
  override name = 'ApiStatusError';
}

/** No usable response: DNS, refused, reset, TLS. */
export class ConnectionError extends ApiError {
  override name = 'ConnectionError';
  constructor(message: string, init: ApiErrorInit = {}) {
    super(message, { retryable: true, ...init });
  }
}
/** The per-attempt timeout elapsed; a ConnectionError so "network trouble" is one catch. */
export class TimeoutError extends ConnectionError {
  override name = 'TimeoutError';
}
/** The caller's AbortSignal fired; never retried. */
export class AbortError extends ApiError {
  override name = 'AbortError';
}
/** Client-side misconfiguration, raised before any request is sent. */
export class ConfigurationError extends ApiError {
  override name = 'ConfigurationError';
}

/** Inputs that break the contract's constraints (strict mode), found before any request. */
export class InvalidInputError extends ApiError {
  override name = 'InvalidInputError';
  readonly problems: readonly InputProblem[];
  constructor(message: string, init: ApiErrorInit & { problems: readonly InputProblem[] }) {
    super(message, init);
    this.problems = init.problems;
  }
}

/** One input that breaks a constraint: where it goes, its name (none for the body as a whole), what is wrong. */
export interface InputProblem {
  in: 'path' | 'query' | 'header' | 'body';
  name?: string;
  message: string;
}

/**
 * A 3xx the contract does not declare for the operation. Nothing is followed (that would send the
 * credential to wherever Location points); `locationHost` says where the server wanted the call to go.
 */
export class RedirectError extends ApiError {
  override name = 'RedirectError';
  readonly location?: string;
  readonly locationHost?: string;
  constructor(message: string, init: ApiErrorInit & { location?: string; locationHost?: string }) {
    super(message, init);
    this.location = init.location;
    this.locationHost = init.locationHost;
  }
}

/** A 2xx whose body is not what the contract declares at its root: wrong type, null, not JSON, or empty. */
export class UnexpectedResponseError extends ApiError {
  override name = 'UnexpectedResponseError';
}

/** The response was larger than the client's `maxResponseBytes`; reading stopped there. */
export class ResponseTooLargeError extends ApiError {
  override name = 'ResponseTooLargeError';
}

export class PaginationError extends ApiError {
  override name = 'PaginationError';
  readonly cursor?: string;
  constructor(message: string, init: ApiErrorInit & { cursor?: string } = {}) {
    super(message, init);
    this.cursor = init.cursor;
  }
}

export interface WaiterErrorInit extends ApiErrorInit {
  waiter: string;
  state: string | undefined;
  data: unknown;
}

/** What both waiter outcomes carry: which waiter, the last state seen and the last polled response. */
export abstract class WaiterStateError extends ApiError {
  readonly waiter: string;
  readonly state: string | undefined;
  /** The last polled response. */
  readonly data: unknown;
  constructor(message: string, init: WaiterErrorInit) {
    super(message, init);
    this.waiter = init.waiter;
    this.state = init.state;
    this.data = init.data;
  }
}

/** A waiter reached one of its failure states. */
export class WaiterError extends WaiterStateError {
  override name = 'WaiterError';
}

/**
 * A waiter's deadline passed before a success or failure state. Not a WaiterError subclass: callers
 * (the CLI's exit codes) treat "gave up waiting" and "reached a failure state" differently.
 */
export class WaiterTimeoutError extends WaiterStateError {
  override name = 'WaiterTimeoutError';
}

/** Appended to the message of a failed call that may have been applied: how to repeat it without applying it twice. */
export function idempotencyNote(key: string): string {
  return ` [it may have taken effect: repeat the call with idempotency key ${key} to get its result without applying it twice]`;
}

type StatusErrorClass = new (message: string, init: ApiErrorInit) => ApiError;

const STATUS_CLASSES: Readonly<Record<number, StatusErrorClass>> = {
  400: BadRequestError,
  401: AuthenticationError,
  402: PaymentRequiredError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  410: NotFoundError,
  412: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

function classForStatus(status: number): StatusErrorClass {
  return STATUS_CLASSES[status] ?? (status >= 500 ? InternalServerError : ApiStatusError);
}

/** Accepts an already-parsed body or raw text; text that is not JSON stays text. */
function parseMaybeJson(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** First line of a body, shortened, for messages when the envelope gave none (HTML error pages). */
function excerpt(body: unknown): string {
  if (body === undefined || body === null || body === '') return 'no response body';
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}

/** Builds the typed error for a non-2xx response. `body` may be parsed JSON, raw text or absent. */
export function errorFromResponse(
  status: number,
  headers: Headers | undefined,
  body: unknown,
  envelope: ErrorEnvelopeSpec,
  sentCorrelationId?: string,
): ApiError {
  const parsed = parseMaybeJson(body);
  const errorCode = asText(readField(parsed, envelope.codeField));
  const serverMessage =
    asText(readField(parsed, envelope.messageField)) ??
    (envelope.messageFallbackField ? asText(readField(parsed, envelope.messageFallbackField)) : undefined);
  const headerId = envelope.correlationIdResponseHeader
    ? headers?.get(envelope.correlationIdResponseHeader)
    : undefined;
  const correlationId =
    (envelope.correlationIdField ? asText(readField(parsed, envelope.correlationIdField)) : undefined) ??
    headerId ??
    sentCorrelationId;

  const message =
    `${status}${errorCode ? ` ${errorCode}` : ''}: ${serverMessage ?? excerpt(parsed)}` +
    (correlationId ? ` (correlation_id: ${correlationId})` : '');

  const ErrorClass = classForStatus(status);
  return new ErrorClass(message, {
    status,
    errorCode,
    correlationId,
    details: envelope.detailsField ? readField(parsed, envelope.detailsField) : undefined,
    headers,
    body: parsed,
    retryable: isRetryableStatus(status),
    retryAfterMs: parseRetryAfterMs(headers),
  });
}
