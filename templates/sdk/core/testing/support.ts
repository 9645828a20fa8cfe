/**
 * Helpers shared by the runtime's tests: a scripted fetch that records every attempt. A folder of its
 * own because the generator copies only the top-level non-test .ts files of core/.
 */
import { vi } from 'vitest';
import type { ContractMeta } from '../client.js';
import type { OperationSpec } from '../operation.js';

export interface RecordedRequest {
  url: URL;
  method: string;
  headers: Headers;
  body: string | undefined;
  signal: AbortSignal;
}

export type Reply = (request: RecordedRequest) => Response | Promise<Response>;

/** Answers the n-th request with the n-th reply (the last one repeats). */
export function scriptedFetch(...replies: Reply[]) {
  const requests: RecordedRequest[] = [];
  const fetch = vi.fn(async (input: string | URL | Request, init: RequestInit = {}) => {
    const request: RecordedRequest = {
      url: new URL(String(input)),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: init.body as string | undefined,
      signal: init.signal!,
    };
    requests.push(request);
    const reply = replies[requests.length - 1] ?? replies.at(-1)!;
    return reply(request);
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests, calls: () => fetch.mock.calls.length };
}

export const json =
  (body: unknown, status = 200, headers: Record<string, string> = {}): Reply =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A fetch failure the way undici reports one: TypeError('fetch failed') caused by a socket error code. */
export const networkError =
  (code: string): Reply =>
  () => {
    throw new TypeError('fetch failed', {
      cause: Object.assign(new Error(`${code} while talking to the server`), { code }),
    });
  };

/** Never answers; rejects once the attempt is aborted (timeout or caller). */
export const hang: Reply = ({ signal }) =>
  new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));

export const meta: ContractMeta = {
  errors: {
    codeField: 'code',
    messageField: 'message',
    correlationIdField: 'correlation_id',
    detailsField: 'details',
    correlationIdResponseHeader: 'X-Correlation-ID',
  },
  correlationIdRequestHeader: 'X-Correlation-ID',
  defaultBaseUrl: 'https://api.example.test/',
  userAgent: 'example-sdk/1.2.3',
};

export function operation(overrides: Partial<OperationSpec> = {}): OperationSpec {
  return {
    id: 'getThing',
    method: 'GET',
    path: '/things/{id}',
    pathParams: ['id'],
    query: [],
    headers: [],
    auth: true,
    retrySafe: true,
    ...overrides,
  };
}
