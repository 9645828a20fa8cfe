// Copied verbatim from templates/sdk/core/sleep.ts. DO NOT EDIT: change the template and regenerate.
import { AbortError } from './errors.js';

/** Waits `ms`, rejecting with AbortError as soon as `signal` fires so retries and waiters stop promptly. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new AbortError('Aborted', { cause: signal.reason }));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortError('Aborted', { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
