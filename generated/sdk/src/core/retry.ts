// Copied verbatim from templates/sdk/core/retry.ts. DO NOT EDIT: change the template and regenerate.
/** Retry policy: which failures are retried and how long to wait before the next attempt. */

export const DEFAULT_MAX_RETRIES = 2;
const INITIAL_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;
const MAX_JITTER = 0.25;
/** Longest server-requested wait the client sits through; beyond it the error is surfaced instead. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** 408 timeout, 409 lock/key in use, 429 rate limit and every 5xx are transient. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** Exponential backoff for the retry that follows `retriesDone` earlier retries, jitter shortening it by up to 25 %. */
export function backoffDelayMs(retriesDone: number, random: () => number = Math.random): number {
  const base = Math.min(INITIAL_DELAY_MS * 2 ** retriesDone, MAX_DELAY_MS);
  return base * (1 - random() * MAX_JITTER);
}

/** Server-requested wait from `retry-after-ms` (non-standard, precise) or `Retry-After` (seconds or HTTP date). */
export function parseRetryAfterMs(headers: Headers | undefined, now: number = Date.now()): number | undefined {
  const ms = headers?.get('retry-after-ms')?.trim();
  if (ms) {
    const value = Number(ms);
    if (Number.isFinite(value) && value >= 0) return value;
  }
  const retryAfter = headers?.get('retry-after')?.trim();
  if (!retryAfter) return undefined;
  const seconds = Number(retryAfter);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Wait before the next retry: the server's Retry-After when it sent one, else backoff.
 * undefined when the server asks for more than MAX_RETRY_AFTER_MS: blocking that long helps no one,
 * so the error (carrying retryAfterMs) goes to the caller instead.
 */
export function retryDelayMs(
  retriesDone: number,
  headers: Headers | undefined,
  random: () => number = Math.random,
  now: number = Date.now(),
): number | undefined {
  const requested = parseRetryAfterMs(headers, now);
  if (requested === undefined) return backoffDelayMs(retriesDone, random);
  return requested <= MAX_RETRY_AFTER_MS ? requested : undefined;
}

export interface Failure {
  /** HTTP status, or undefined for a connection failure or timeout. */
  status?: number;
  /** The server may have acted on the request (it was sent and not explicitly refused). */
  mayHaveTakenEffect: boolean;
}

/**
 * A transient failure is retried unless repeating it could apply a mutation twice: a call that is
 * neither retry-safe nor protected by an idempotency key is only retried when it cannot have taken effect.
 */
export function isRetryable(failure: Failure, safeToRepeat: boolean): boolean {
  if (failure.status !== undefined && !isRetryableStatus(failure.status)) return false;
  return safeToRepeat || !failure.mayHaveTakenEffect;
}
