import { AbortError, WaiterError, WaiterTimeoutError } from './errors.js';
import { readField } from './fields.js';
import { sleep as defaultSleep } from './sleep.js';

/** A waiter as the contract declares it (x-codegen-waiters). */
export interface WaiterSpec {
  name: string;
  /** Dotted path of the state field in the polled response. */
  field: string;
  success: readonly string[];
  failure?: readonly string[];
  minDelaySeconds: number;
  maxDelaySeconds: number;
  maxWaitSeconds: number;
}

export interface WaitOptions<T> {
  /**
   * Overall wait, overriding the contract's maxWaitSeconds. Not `timeoutMs`: generated wait methods
   * accept RequestOptions too, whose `timeoutMs` bounds each poll request.
   */
  maxWaitMs?: number;
  /** After every poll, e.g. to show progress. */
  onPoll?: (state: string | undefined, data: T, attempt: number) => void;
  signal?: AbortSignal;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

/**
 * Smithy-style delay before poll `attempt + 1`: min × 2^(attempt-1) capped at max, then jittered
 * uniformly between min and that value so many waiters do not poll in lockstep.
 */
export function waiterDelayMs(
  attempt: number,
  spec: Pick<WaiterSpec, 'minDelaySeconds' | 'maxDelaySeconds'>,
  random: () => number = Math.random,
): number {
  const min = spec.minDelaySeconds * 1000;
  const ceiling = Math.max(min, Math.min(spec.maxDelaySeconds * 1000, min * 2 ** (attempt - 1)));
  return min + random() * (ceiling - min);
}

function stateOf(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}

/**
 * Polls until the state field reaches a success value (resolves with that response) or a failure
 * value (WaiterError). The first poll is immediate; the last lands on the deadline, never after it
 * (WaiterTimeoutError). Errors thrown by `poll` end the wait unchanged.
 */
export async function waitFor<T>(poll: () => Promise<T>, spec: WaiterSpec, options: WaitOptions<T> = {}): Promise<T> {
  const { onPoll, signal, now = Date.now, random = Math.random } = options;
  const pause = options.sleep ?? ((ms: number) => defaultSleep(ms, signal));
  const maxWaitMs = options.maxWaitMs ?? spec.maxWaitSeconds * 1000;
  const deadline = now() + maxWaitMs;
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) throw new AbortError(`Waiting for ${spec.name} was aborted`, { cause: signal.reason });
    const data = await poll();
    const state = stateOf(readField(data, spec.field));
    onPoll?.(state, data, attempt);
    if (state !== undefined && spec.success.includes(state)) return data;
    if (state !== undefined && spec.failure?.includes(state)) {
      throw new WaiterError(`${spec.name}: ${spec.field} is "${state}", a failure state`, {
        waiter: spec.name,
        state,
        data,
      });
    }
    const remaining = deadline - now();
    if (remaining <= 0) {
      throw new WaiterTimeoutError(
        `${spec.name}: gave up after ${Math.round(maxWaitMs / 1000)} s; last ${spec.field}: ${state === undefined ? 'none' : `"${state}"`}`,
        { waiter: spec.name, state, data },
      );
    }
    await pause(Math.min(waiterDelayMs(attempt, spec, random), remaining));
  }
}
