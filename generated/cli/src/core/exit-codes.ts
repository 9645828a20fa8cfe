// Copied verbatim from templates/cli/core/exit-codes.ts. DO NOT EDIT: change the template and regenerate.
import {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  InvalidInputError,
  NotFoundError,
  PaginationError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  ResponseTooLargeError,
  UnexpectedResponseError,
  UnprocessableEntityError,
  WaiterError,
  WaiterTimeoutError,
} from '../sdk.js';

/** Deterministic exit codes: scripts and agents branch on these, so a code's meaning never changes. */
export const ExitCode = {
  ok: 0,
  internal: 1,
  usage: 2,
  cancelled: 3,
  auth: 4,
  permission: 5,
  notFound: 6,
  conflict: 7,
  validation: 8,
  rateLimited: 9,
  quota: 10,
  server: 11,
  network: 12,
  config: 13,
  interrupted: 130,
} as const;
export type ExitCodeName = keyof typeof ExitCode;

export interface ExitCodeInfo {
  code: number;
  name: ExitCodeName;
  meaning: string;
}

export const EXIT_CODES: readonly ExitCodeInfo[] = [
  { code: 0, name: 'ok', meaning: 'ok' },
  { code: 1, name: 'internal', meaning: 'internal/unclassified' },
  { code: 2, name: 'usage', meaning: 'usage (bad flag/argument or a value the contract forbids, caught before any request)' },
  { code: 3, name: 'cancelled', meaning: 'cancelled / confirmation needed' },
  { code: 4, name: 'auth', meaning: 'authentication (401, no or expired login)' },
  { code: 5, name: 'permission', meaning: 'permission (403)' },
  { code: 6, name: 'notFound', meaning: 'not found (404, 410)' },
  { code: 7, name: 'conflict', meaning: 'conflict/precondition (409, 412)' },
  { code: 8, name: 'validation', meaning: 'rejected by server validation (400, 422, any other 4xx)' },
  { code: 9, name: 'rateLimited', meaning: 'rate limited (429)' },
  { code: 10, name: 'quota', meaning: 'quota/billing/capacity (402)' },
  { code: 11, name: 'server', meaning: 'server error (5xx), or an answer the contract does not allow: an undeclared redirect, a body of the wrong shape, too large' },
  { code: 12, name: 'network', meaning: 'network/timeout/TLS' },
  { code: 13, name: 'config', meaning: 'configuration (no active project, bad config, plain http or credentials in a URL, a header value with a line break, 431)' },
  { code: 130, name: 'interrupted', meaning: 'interrupted' },
];

/** How errors without an HTTP status map, stated once so the docs and the code agree. */
const NOTES = [
  '--wait: 11 when the resource reaches a failure state, 12 when the wait times out.',
  'A server that repeats a pagination cursor is reported as 11.',
  'A failed create or other keyed mutation prints its idempotency key and the command that repeats it safely.',
];

/** An error the CLI raises itself; it carries its exit code. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number,
    /** One line telling the user what to do next. */
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Exit code for an HTTP status; also what `explain` lists for a command's declared responses. */
export function exitCodeForStatus(status: number): number {
  switch (status) {
    case 400:
    case 422:
      return ExitCode.validation;
    case 401:
      return ExitCode.auth;
    case 402:
      return ExitCode.quota;
    case 403:
      return ExitCode.permission;
    case 404:
    case 410:
      return ExitCode.notFound;
    case 408:
      return ExitCode.network;
    case 409:
    case 412:
      return ExitCode.conflict;
    case 429:
      return ExitCode.rateLimited;
    // Request Header Fields Too Large: a header the client is configured to send (token, -H) is too big.
    case 431:
      return ExitCode.config;
  }
  if (status >= 400 && status < 500) return ExitCode.validation;
  return status >= 500 || (status >= 300 && status < 400) ? ExitCode.server : ExitCode.internal;
}

/**
 * SDK error classes first: some carry no status (a token refresh failing is an AuthenticationError
 * without a response; a waiter may carry its last poll's 200). First match wins, so subclasses
 * (TimeoutError under ConnectionError) come before their parents.
 */
const CLASS_CODES: readonly [new (...args: never[]) => ApiError, number][] = [
  [AbortError, ExitCode.interrupted],
  [ConnectionError, ExitCode.network],
  [ConfigurationError, ExitCode.config],
  [InvalidInputError, ExitCode.usage],
  [RedirectError, ExitCode.server],
  [UnexpectedResponseError, ExitCode.server],
  [ResponseTooLargeError, ExitCode.server],
  [WaiterTimeoutError, ExitCode.network],
  [WaiterError, ExitCode.server],
  [PaginationError, ExitCode.server],
  [BadRequestError, ExitCode.validation],
  [AuthenticationError, ExitCode.auth],
  [PaymentRequiredError, ExitCode.quota],
  [PermissionDeniedError, ExitCode.permission],
  [NotFoundError, ExitCode.notFound],
  [ConflictError, ExitCode.conflict],
  [UnprocessableEntityError, ExitCode.validation],
  [RateLimitError, ExitCode.rateLimited],
  [InternalServerError, ExitCode.server],
];

export function exitCodeFor(error: unknown): number {
  if (error instanceof CliError) return error.exitCode;
  if (error instanceof ApiError) {
    const match = CLASS_CODES.find(([errorClass]) => error instanceof errorClass);
    if (match) return match[1];
    // ApiStatusError and plain ApiError: any other status (408, 418, ...).
    if (error.status !== undefined) return exitCodeForStatus(error.status);
  }
  // Node's own APIs (timers, streams, fetch) reject with an AbortError when the Ctrl-C signal fires.
  if (error instanceof Error && error.name === 'AbortError') return ExitCode.interrupted;
  return ExitCode.internal;
}

/** The `help exit-codes` text; `markdown` gives the README table. */
export function renderExitCodes(format: 'text' | 'markdown' = 'text'): string {
  if (format === 'markdown') {
    const rows = EXIT_CODES.map(({ code, meaning }) => `| ${code} | ${meaning} |`);
    return ['| code | meaning |', '|---:|---|', ...rows, '', ...NOTES].join('\n') + '\n';
  }
  const rows = EXIT_CODES.map(({ code, meaning }) => `  ${String(code).padStart(3)}  ${meaning}`);
  return ['Exit codes:', ...rows, '', ...NOTES].join('\n') + '\n';
}
