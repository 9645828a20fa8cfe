import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RefreshingTokenProvider, StaticTokenProvider } from './auth.js';
import { ApiClient, type ClientOptions, type HttpExchange } from './client.js';
import {
  AbortError,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  RateLimitError,
  TimeoutError,
} from './errors.js';
import { sleep } from './sleep.js';
import { hang, json, meta, networkError, operation, scriptedFetch, type Reply } from './testing/support.js';

// Retry waits are asserted, not slept through.
vi.mock('./sleep.js', () => ({ sleep: vi.fn(async () => undefined) }));
const sleepMock = vi.mocked(sleep);
beforeEach(() => sleepMock.mockClear());

const getThing = operation();
const createThing = operation({
  id: 'createThing',
  method: 'POST',
  path: '/things',
  pathParams: [],
  body: { mediaType: 'application/json', required: true },
  idempotency: { header: 'Idempotency-Key', required: false },
  retrySafe: false,
});
/** A mutation the contract gives no key and does not call naturally idempotent. */
const runThing = operation({ id: 'runThing', method: 'POST', path: '/things/{id}/run', retrySafe: false });
const listScoped = operation({ id: 'listThings', path: '/things', pathParams: [], projectHeader: 'X-Project-ID' });

function client(options: ClientOptions = {}) {
  return new ApiClient({ token: 'tok', ...options }, meta);
}

const ok: Reply = json({ id: 't1' });
const unavailable: Reply = json({ code: 'unavailable', message: 'try again' }, 503);

describe('ApiClient retries', () => {
  it('retries a 503 with the same idempotency key, correlation id and body on every attempt', async () => {
    const { fetch, requests } = scriptedFetch(unavailable, unavailable, ok);
    const body = { name: 'n', tags: ['a', 'b'] };
    const result = await client({ fetch }).request(createThing, { body });

    expect(result).toEqual({ id: 't1' });
    expect(requests).toHaveLength(3);
    const keys = requests.map((r) => r.headers.get('idempotency-key'));
    const ids = requests.map((r) => r.headers.get('x-correlation-id'));
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys)).toEqual(new Set([keys[0]]));
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ids)).toEqual(new Set([ids[0]]));
    expect(ids[0]).not.toBe(keys[0]);
    expect(requests.map((r) => r.body)).toEqual(Array(3).fill(JSON.stringify(body)));
    // Backoff 0.5 s then 1 s, each shortened by at most 25 % jitter.
    const delays = sleepMock.mock.calls.map(([ms]) => ms);
    expect(delays).toHaveLength(2);
    expect(delays[0]).toBeGreaterThan(375 - 1);
    expect(delays[0]).toBeLessThanOrEqual(500);
    expect(delays[1]).toBeGreaterThan(750 - 1);
    expect(delays[1]).toBeLessThanOrEqual(1000);
  });

  it('uses the caller-supplied idempotency key and correlation id', async () => {
    const { fetch, requests } = scriptedFetch(unavailable, ok);
    await client({ fetch }).request(createThing, { body: {} }, { idempotencyKey: 'key-1', correlationId: 'corr-1' });
    expect(requests.map((r) => [r.headers.get('idempotency-key'), r.headers.get('x-correlation-id')])).toEqual([
      ['key-1', 'corr-1'],
      ['key-1', 'corr-1'],
    ]);
  });

  it('generates a new key and correlation id for each logical call', async () => {
    const { fetch, requests } = scriptedFetch(ok);
    const api = client({ fetch });
    await api.request(createThing, { body: {} });
    await api.request(createThing, { body: {} });
    expect(requests[0]!.headers.get('idempotency-key')).not.toBe(requests[1]!.headers.get('idempotency-key'));
    expect(requests[0]!.headers.get('x-correlation-id')).not.toBe(requests[1]!.headers.get('x-correlation-id'));
  });

  it.each([
    ['a timeout', hang, TimeoutError],
    ['a connection reset', networkError('ECONNRESET'), ConnectionError],
    ['a socket closed mid-response', networkError('UND_ERR_SOCKET'), ConnectionError],
    ['a 503', unavailable, InternalServerError],
  ])('does not retry a keyless mutation after %s: it may have taken effect', async (_case, reply, ErrorClass) => {
    const { fetch, calls } = scriptedFetch(reply, ok);
    const error = await client({ fetch, timeoutMs: 20 })
      .request(runThing, { path: { id: 't1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toMatchObject({ retryable: false });
    expect(calls()).toBe(1);
  });

  it.each([
    ['connection refused', networkError('ECONNREFUSED')],
    ['DNS failure', networkError('ENOTFOUND')],
    ['429 (refused unprocessed)', json({ code: 'rate_limited', message: 'slow down' }, 429, { 'retry-after-ms': '5' })],
  ])('retries a keyless mutation after %s: it cannot have taken effect', async (_case, reply) => {
    const { fetch, calls } = scriptedFetch(reply, ok);
    await expect(client({ fetch }).request(runThing, { path: { id: 't1' } })).resolves.toEqual({ id: 't1' });
    expect(calls()).toBe(2);
  });

  it.each([
    ['reset', networkError('ECONNRESET')],
    ['refused', networkError('ECONNREFUSED')],
    ['timeout', hang],
  ])('retries a GET after a connection error (%s)', async (_case, reply) => {
    const { fetch, calls } = scriptedFetch(reply, ok);
    await expect(client({ fetch, timeoutMs: 20 }).request(getThing, { path: { id: 't1' } })).resolves.toEqual({
      id: 't1',
    });
    expect(calls()).toBe(2);
  });

  it('honours retry-after-ms exactly', async () => {
    const { fetch, calls } = scriptedFetch(
      json({ code: 'rate_limited', message: 'slow' }, 429, { 'retry-after-ms': '1234' }),
      ok,
    );
    await client({ fetch }).request(getThing, { path: { id: 't1' } });
    expect(calls()).toBe(2);
    expect(sleepMock.mock.calls.map(([ms]) => ms)).toEqual([1234]);
  });

  it('does not wait out a Retry-After beyond 60 s: the error carries it instead', async () => {
    const { fetch, calls } = scriptedFetch(
      json({ code: 'rate_limited', message: 'slow' }, 429, { 'retry-after': '120' }),
      ok,
    );
    const error = await client({ fetch })
      .request(getThing, { path: { id: 't1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ retryAfterMs: 120_000, retryable: true });
    expect(calls()).toBe(1);
    expect(sleepMock).not.toHaveBeenCalled();
  });

  it.each([
    ['client default', {}, undefined, 3],
    ['client option', { maxRetries: 5 }, undefined, 6],
    ['per call', { maxRetries: 5 }, 0, 1],
  ])('gives up after the retry budget: %s', async (_case, options, perCall, attempts) => {
    const { fetch, calls } = scriptedFetch(unavailable);
    const error = await client({ fetch, ...options })
      .request(getThing, { path: { id: 't1' } }, { maxRetries: perCall })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(calls()).toBe(attempts);
  });

  it('never retries a non-retryable status', async () => {
    const { fetch, calls } = scriptedFetch(json({ code: 'invalid', message: 'bad' }, 400));
    await expect(client({ fetch }).request(getThing, { path: { id: 't1' } })).rejects.toBeInstanceOf(BadRequestError);
    expect(calls()).toBe(1);
  });

  it('gives a network failure the correlation id it sent', async () => {
    const { fetch, requests } = scriptedFetch(networkError('ECONNRESET'));
    const error = await client({ fetch, maxRetries: 0 })
      .request(getThing, { path: { id: 't1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as ApiError).correlationId).toBe(requests[0]!.headers.get('x-correlation-id'));
    expect((error as Error).message).toContain('ECONNRESET while talking to the server');
  });
});

describe('ApiClient timeouts and aborts', () => {
  it('turns a slow attempt into TimeoutError', async () => {
    const { fetch } = scriptedFetch(hang);
    const started = Date.now();
    const error = await client({ fetch, timeoutMs: 1000 })
      .request(getThing, { path: { id: 't1' } }, { timeoutMs: 20, maxRetries: 0 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(900);
  });

  it('turns the caller aborting into AbortError and never retries it', async () => {
    const { fetch, calls } = scriptedFetch(hang);
    const controller = new AbortController();
    const pending = client({ fetch }).request(getThing, { path: { id: 't1' } }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(calls()).toBe(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const { fetch, calls } = scriptedFetch(ok);
    const pending = client({ fetch }).request(getThing, { path: { id: 't1' } }, { signal: AbortSignal.abort() });
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    expect(calls()).toBe(0);
  });

  it('stops waiting to retry when the caller aborts', async () => {
    const { fetch } = scriptedFetch(unavailable);
    sleepMock.mockRejectedValueOnce(new AbortError('Aborted'));
    const error = await client({ fetch })
      .request(getThing, { path: { id: 't1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as ApiError).correlationId).toBeDefined();
  });
});

describe('ApiClient project scope', () => {
  it('fails with ConfigurationError before any request when no project id is set', async () => {
    const { fetch, calls } = scriptedFetch(ok);
    const error = await client({ fetch })
      .request(listScoped)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/listThings.*projectId/);
    expect(calls()).toBe(0);
  });

  it.each([
    ['the client option', 'p-client', undefined, 'p-client'],
    ['the call, over the client', 'p-client', 'p-call', 'p-call'],
    ['the call alone', undefined, 'p-call', 'p-call'],
  ])('sends the project header from %s', async (_case, clientProject, callProject, expected) => {
    const { fetch, requests } = scriptedFetch(ok);
    await client({ fetch, projectId: clientProject }).request(listScoped, { projectId: callProject });
    expect(requests[0]!.headers.get('x-project-id')).toBe(expected);
  });

  it('sends no project header to an operation that is not project-scoped', async () => {
    const { fetch, requests } = scriptedFetch(ok);
    await client({ fetch, projectId: 'p' }).request(getThing, { path: { id: 't1' } });
    expect(requests[0]!.headers.has('x-project-id')).toBe(false);
  });
});

describe('ApiClient authentication', () => {
  const unauthorized = json({ code: 'unauthorized', message: 'token expired' }, 401);

  it('refreshes once after a 401 and retries with the new token, outside the retry budget', async () => {
    const { fetch, requests } = scriptedFetch(unauthorized, ok);
    const refresh = vi.fn(async () => ({ accessToken: 'fresh' }));
    const tokenProvider = new RefreshingTokenProvider({ accessToken: 'stale', refreshToken: 'r', refresh });
    const result = await client({ fetch, tokenProvider, maxRetries: 0 }).request(getThing, { path: { id: 't1' } });
    expect(result).toEqual({ id: 't1' });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer stale', 'Bearer fresh']);
    expect(sleepMock).not.toHaveBeenCalled();
  });

  it('refreshes only once per call: a second 401 is an AuthenticationError', async () => {
    const { fetch, calls } = scriptedFetch(unauthorized);
    const refresh = vi.fn(async () => ({ accessToken: 'fresh' }));
    const tokenProvider = new RefreshingTokenProvider({ accessToken: 'stale', refreshToken: 'r', refresh });
    await expect(client({ fetch, tokenProvider }).request(getThing, { path: { id: 't1' } })).rejects.toBeInstanceOf(
      AuthenticationError,
    );
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(calls()).toBe(2);
  });

  it('keeps the 401 when the refresh itself is rejected, with the reason as cause', async () => {
    const { fetch, calls } = scriptedFetch(unauthorized);
    const rejected = new Error('refresh token expired');
    const tokenProvider = new RefreshingTokenProvider({
      accessToken: 'stale',
      refreshToken: 'r',
      refresh: () => Promise.reject(rejected),
    });
    const error = await client({ fetch, tokenProvider })
      .request(getThing, { path: { id: 't1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).cause).toBe(rejected);
    expect(calls()).toBe(1);
  });

  it('retries a 401 with a token another call refreshed meanwhile, without refreshing again', async () => {
    let current = 'old';
    const { fetch, requests } = scriptedFetch((request) => {
      current = 'new'; // another call refreshed while this one was in flight
      return unauthorized(request);
    }, ok);
    const provider = { getToken: vi.fn(async () => current), refresh: vi.fn(async () => 'unused') };
    await client({ fetch, tokenProvider: provider }).request(getThing, { path: { id: 't1' } });
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer old', 'Bearer new']);
    expect(provider.refresh).not.toHaveBeenCalled();
  });

  it('does not retry a 401 when the token cannot be refreshed', async () => {
    const { fetch, calls } = scriptedFetch(unauthorized);
    await expect(
      client({ fetch, tokenProvider: new StaticTokenProvider('t') }).request(getThing, { path: { id: 't1' } }),
    ).rejects.toBeInstanceOf(AuthenticationError);
    expect(calls()).toBe(1);
  });

  it('reports a token provider failure as AuthenticationError before sending', async () => {
    const { fetch, calls } = scriptedFetch(ok);
    const tokenProvider = { getToken: () => Promise.reject(new Error('keychain locked')) };
    const error = await client({ fetch, tokenProvider })
      .request(getThing, { path: { id: 't1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toContain('keychain locked');
    expect(calls()).toBe(0);
  });

  it.each([
    ['an authenticated operation', true, 'Bearer tok'],
    ['a public operation', false, null],
  ])('sends the bearer token only to %s', async (_case, auth, expected) => {
    const { fetch, requests } = scriptedFetch(ok);
    await client({ fetch }).request(operation({ auth }), { path: { id: 't1' } });
    expect(requests[0]!.headers.get('authorization')).toBe(expected);
  });
});

describe('ApiClient requests', () => {
  it('builds the URL from the base URL, encoded path parameters and the query', async () => {
    const { fetch, requests } = scriptedFetch(ok);
    const op = operation({ path: '/v1/things/{id}', query: ['tag', 'limit', 'all', 'skip'] });
    await client({ fetch, baseUrl: 'https://gw.example.test/api/' }).request(op, {
      path: { id: 'a/b c' },
      query: { tag: ['x', 'y z'], limit: 10, all: true, skip: undefined },
    });
    expect(requests[0]!.url.href).toBe(
      'https://gw.example.test/api/v1/things/a%2Fb%20c?tag=x&tag=y+z&limit=10&all=true',
    );
  });

  it('defaults to the contract base URL', async () => {
    const { fetch, requests } = scriptedFetch(ok);
    await client({ fetch }).request(getThing, { path: { id: 't1' } });
    expect(requests[0]!.url.href).toBe('https://api.example.test/things/t1');
  });

  it.each([
    ['not a URL', { baseUrl: 'not a url' }],
    ['not http(s)', { baseUrl: 'ftp://files.example.test' }],
    ['NaN retries', { maxRetries: Number.NaN }],
    ['negative retries', { maxRetries: -1 }],
    ['zero timeout', { timeoutMs: 0 }],
  ])('rejects client options at construction: %s', (_case, options) => {
    expect(() => client(options)).toThrow(ConfigurationError);
  });

  it('rejects per-call limits before sending', async () => {
    const { fetch, calls } = scriptedFetch(ok);
    await expect(
      client({ fetch }).request(getThing, { path: { id: 't1' } }, { maxRetries: 1.5 }),
    ).rejects.toBeInstanceOf(ConfigurationError);
    expect(calls()).toBe(0);
  });

  it('sends a form body with its content type', async () => {
    const { fetch, requests } = scriptedFetch(ok);
    const login = operation({
      id: 'login',
      method: 'POST',
      path: '/token',
      pathParams: [],
      auth: false,
      body: { mediaType: 'application/x-www-form-urlencoded', required: true },
      retrySafe: false,
    });
    await client({ fetch }).request(login, {
      body: { grant_type: 'password', username: 'u@x.test', password: 'p w&' },
    });
    expect(requests[0]!.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(requests[0]!.body).toBe('grant_type=password&username=u%40x.test&password=p+w%26');
  });

  it('layers headers: defaults, then the operation, then per-call overrides', async () => {
    const { fetch, requests } = scriptedFetch(ok);
    const op = operation({ headers: ['If-Match', 'X-Trace'] });
    await client({ fetch, defaultHeaders: { 'X-Team': 'core', 'X-Trace': 'default' } }).request(
      op,
      { path: { id: 't1' }, headers: { 'If-Match': 'v1', 'X-Trace': 'op', 'X-Unset': undefined } },
      { headers: { 'X-Team': 'override', Authorization: 'Bearer per-call' } },
    );
    const headers = requests[0]!.headers;
    expect(Object.fromEntries([...headers.entries()])).toEqual({
      accept: 'application/json',
      authorization: 'Bearer per-call',
      'if-match': 'v1',
      'user-agent': 'example-sdk/1.2.3',
      'x-correlation-id': expect.any(String),
      'x-team': 'override',
      'x-trace': 'op',
    });
  });

  it('reports every attempt to onExchange with the token redacted', async () => {
    const { fetch } = scriptedFetch(unavailable, networkError('ECONNRESET'), ok);
    const exchanges: HttpExchange[] = [];
    await client({ fetch, onExchange: (e) => exchanges.push(e) }).request(getThing, { path: { id: 't1' } });
    expect(exchanges.map((e) => [e.attempt, e.response?.status, e.error?.name])).toEqual([
      [1, 503, undefined],
      [2, undefined, 'ConnectionError'],
      [3, 200, undefined],
    ]);
    expect(exchanges[0]!.request.headers.authorization).toBe('Bearer [REDACTED]');
    expect(JSON.stringify(exchanges)).not.toContain('tok"');
    expect(exchanges[0]!.response?.body).toContain('try again');
  });

  it.each([
    ['bearer (default)', undefined, { authorization: 'Bearer tok' }, '', { authorization: 'Bearer [REDACTED]' }],
    ['API key header', { in: 'header' as const, name: 'X-Api-Key' }, { 'x-api-key': 'tok' }, '', { 'x-api-key': '[REDACTED]' }],
    ['HTTP basic', { in: 'header' as const, name: 'Authorization', prefix: 'Basic' }, { authorization: 'Basic tok' }, '', { authorization: 'Basic [REDACTED]' }],
    ['API key in the query', { in: 'query' as const, name: 'api_key' }, {}, '?api_key=tok', {}],
  ])('sends the token where the contract says: %s, and never logs it', async (_case, credential, sent, search, logged) => {
    const { fetch, requests } = scriptedFetch(ok);
    const exchanges: HttpExchange[] = [];
    await client({ fetch, onExchange: (e) => exchanges.push(e) }).request({ ...getThing, ...(credential ? { credential } : {}) }, { path: { id: 't1' } });
    expect(Object.fromEntries([...requests[0]!.headers].filter(([name]) => ['authorization', 'x-api-key'].includes(name)))).toEqual(sent);
    expect(requests[0]!.url.search).toBe(search);
    expect(exchanges[0]!.request.headers).toMatchObject(logged);
    expect(JSON.stringify(exchanges)).not.toMatch(/tok["&]/);
  });

  it('redacts a credential that has no scheme entirely', async () => {
    const { fetch } = scriptedFetch(ok);
    const exchanges: HttpExchange[] = [];
    await client({ fetch, onExchange: (e) => exchanges.push(e) }).request(
      getThing,
      { path: { id: 't1' } },
      { headers: { Authorization: 'raw-secret', 'Proxy-Authorization': 'Basic dXNlcjpwYXNz' } },
    );
    expect(exchanges[0]!.request.headers).toMatchObject({
      authorization: '[REDACTED]',
      'proxy-authorization': 'Basic [REDACTED]',
    });
  });
});

describe('ApiClient responses', () => {
  it.each([
    [
      'JSON',
      () => new Response('{"a":1}', { headers: { 'content-type': 'application/json; charset=utf-8' } }),
      { a: 1 },
    ],
    [
      'problem+json',
      () => new Response('{"a":1}', { headers: { 'content-type': 'application/problem+json' } }),
      { a: 1 },
    ],
    ['204 No Content', () => new Response(null, { status: 204 }), undefined],
    ['empty 200', () => new Response('', { status: 200, headers: { 'content-type': 'application/json' } }), undefined],
    ['plain text', () => new Response('pong', { headers: { 'content-type': 'text/plain' } }), 'pong'],
    ['undeclared JSON', () => new Response('{"a":1}', { headers: { 'content-type': '' } }), { a: 1 }],
  ])('parses %s', async (_case, reply, expected) => {
    const { fetch } = scriptedFetch(reply);
    await expect(client({ fetch }).request(getThing, { path: { id: 't1' } })).resolves.toEqual(expected);
  });

  it('returns a declared redirect as the answer instead of following it', async () => {
    const { fetch } = scriptedFetch(() => new Response(null, { status: 302, headers: { location: 'https://idp.example/authorize' } }));
    const authorize = operation({ responses: { '302': {} } });
    const { data, response } = await client({ fetch }).request(authorize, { path: { id: 't1' } }).withResponse();
    expect(data).toBeUndefined();
    expect(response.headers.get('location')).toBe('https://idp.example/authorize');
    expect(vi.mocked(fetch).mock.calls[0]![1]).toMatchObject({ redirect: 'manual' });
  });

  it('rejects a success response that claims JSON but is not', async () => {
    const { fetch } = scriptedFetch(() => new Response('{oops', { headers: { 'content-type': 'application/json' } }));
    const error = await client({ fetch })
      .request(getThing, { path: { id: 't1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 200, body: '{oops', message: expect.stringMatching(/^200: the response does not match the contract: the body is not valid JSON \(correlation_id: /) });
  });

  it('maps an error response through the contract envelope', async () => {
    const { fetch } = scriptedFetch(
      json({ code: 'not_found', message: 'Thing t1 not found', correlation_id: 'corr_srv' }, 404),
    );
    const error = await client({ fetch })
      .request(getThing, { path: { id: 't1' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe('404 not_found: Thing t1 not found (correlation_id: corr_srv)');
  });

  it('withResponse gives the data, the raw response and the correlation id', async () => {
    const { fetch } = scriptedFetch(json({ id: 't1' }, 200, { 'x-correlation-id': 'from-server', etag: '"v3"' }));
    const { data, response, correlationId } = await client({ fetch })
      .request(getThing, { path: { id: 't1' } })
      .withResponse();
    expect(data).toEqual({ id: 't1' });
    expect(response.headers.get('etag')).toBe('"v3"');
    expect(correlationId).toBe('from-server');
  });

  it('withResponse falls back to the correlation id the client sent', async () => {
    const { fetch, requests } = scriptedFetch(ok);
    const { correlationId } = await client({ fetch })
      .request(getThing, { path: { id: 't1' } })
      .withResponse();
    expect(correlationId).toBe(requests[0]!.headers.get('x-correlation-id'));
  });

  it('asResponse gives the raw response with its body unread', async () => {
    const { fetch } = scriptedFetch(json({ id: 't1' }, 201));
    const response = await client({ fetch })
      .request(getThing, { path: { id: 't1' } })
      .asResponse();
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ id: 't1' });
  });
});
