// Copied verbatim from templates/mcp/core/errors.ts. DO NOT EDIT: change the template and regenerate.
/**
 * The error object a failed tool call returns: the fields the CLI's `-o json` prints on failure, minus the
 * CLI-only exit code, so an agent reads the same envelope whichever client it drives.
 */
import { ApiError, WaiterStateError, WaiterTimeoutError } from '../sdk.js';

export interface ToolError {
  /** The server's error code, exactly as sent; null when the failure happened before a response. */
  code: string | null;
  message: string;
  correlation_id: string | null;
  http_status: number | null;
  /** Repeating the call is safe and may succeed; on a tool with idempotency_key, only when it passes `idempotency_key` back. */
  retryable: boolean;
  /** The envelope's details, when the server sent any. */
  details?: unknown;
  /** The key the call sent: repeat the call with this `idempotency_key` argument, never a new one. */
  idempotency_key?: string;
  /** Some attempt may have been applied although the call failed (repeat with the same key to get its result). */
  may_have_succeeded?: boolean;
}

export const INVALID_ARGUMENTS = 'invalid_arguments';
/** A wait tool's waiter reached a failure state; `details` has the state and the last polled result. */
export const WAIT_FAILED = 'wait_failed';
/** A wait tool stopped waiting before a final state; calling it again goes on waiting. */
export const WAIT_TIMEOUT = 'wait_timeout';

export function toolError(error: unknown): ToolError {
  if (error instanceof WaiterStateError) {
    const timedOut = error instanceof WaiterTimeoutError;
    return {
      code: timedOut ? WAIT_TIMEOUT : WAIT_FAILED,
      message: error.message,
      correlation_id: null,
      http_status: null,
      retryable: timedOut,
      details: { waiter: error.waiter, state: error.state ?? null, last: error.data },
    };
  }
  if (error instanceof ApiError) {
    return {
      code: error.errorCode ?? null,
      message: error.message,
      correlation_id: error.correlationId ?? null,
      http_status: error.status ?? null,
      retryable: error.retryable,
      ...(error.details === undefined || error.details === null ? {} : { details: error.details }),
      ...(error.idempotencyKey === undefined
        ? {}
        : { idempotency_key: error.idempotencyKey, may_have_succeeded: error.mayHaveSucceeded }),
    };
  }
  return { code: null, message: error instanceof Error ? error.message : String(error), correlation_id: null, http_status: null, retryable: false };
}

/** Arguments the input schema rejects: nothing was sent, so nothing to correlate and no point repeating. */
export function invalidArguments(toolName: string, problems: readonly string[]): ToolError {
  return {
    code: INVALID_ARGUMENTS,
    message: `Invalid arguments for ${toolName}: ${problems.join('; ')}`,
    correlation_id: null,
    http_status: null,
    retryable: false,
  };
}
