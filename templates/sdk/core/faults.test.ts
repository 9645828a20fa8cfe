/**
 * What the client does when the network, the server or the caller misbehaves: failed mutations say
 * whether they may have been applied and with which key to repeat them, redirects and wrong answers are
 * errors, nothing leaks a credential, and inputs break no contract constraint (strict mode).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient, type ClientOptions } from './client.js';
import {
  ApiError,
  ConfigurationError,
  ConnectionError,
  InvalidInputError,
  RedirectError,
  ResponseTooLargeError,
  UnexpectedResponseError,
} from './errors.js';
import type { OperationSpec } from './operation.js';
import { isLoopbackHost, redactUrl } from './policy.js';
import { sleep } from './sleep.js';
import { json, meta, networkError, operation, scriptedFetch, type Reply } from './testing/support.js';
import { send, type Transport } from './transport.js';

vi.mock('./sleep.js', () => ({ sleep: vi.fn(async () => undefined) }));
beforeEach(() => vi.mocked(sleep).mockClear());

const SECRET = 'tok-s3cr3t-value';
const created = { id: 'a1', status: 'pending' };
const createThing = operation({
  id: 'createThing',
  method: 'POST',
  path: '/things',
  pathParams: [],
  body: { mediaType: 'application/json', required: false },
  idempotency: { header: 'Idempotency-Key', required: false },
  retrySafe: false,
  responses: { '202': { body: 'json', type: ['object'] } },
});
const runThing = operation({ id: 'runThing', method: 'POST', path: '/things/{id}/run', retrySafe: false });

const client = (options: ClientOptions = {}) => new ApiClient({ token: SECRET, ...options }, meta);
const failure = (call: Promise<unknown>) => call.then(() => expect.unreachable('the call succeeded'), (e: unknown) => e as ApiError);

const reset = networkError('ECONNRESET');
const refused = networkError('ECONNREFUSED');
const unavailable = json({ code: 'unavailable', message: 'busy' }, 503);
const limited = json({ code: 'rate_limited', message: 'slow down' }, 429, { 'retry-after': '0' });
const invalid = json({ code: 'invalid', message: 'bad' }, 400);

describe('a failed keyed mutation says how to repeat it', () => {
  it.each<[string, Reply[], { retryable: boolean; mayHaveSucceeded: boolean }]>([
    ['reset after sending, every attempt', [reset], { retryable: true, mayHaveSucceeded: true }],
    ['503 every attempt', [unavailable], { retryable: true, mayHaveSucceeded: true }],
    ['HTML 502 from a proxy', [() => new Response('<html>Bad Gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } })], { retryable: true, mayHaveSucceeded: true }],
    ['connection refused every attempt (nothing sent)', [refused], { retryable: true, mayHaveSucceeded: false }],
    ['429 every attempt (refused unprocessed)', [limited], { retryable: true, mayHaveSucceeded: false }],
    ['reset, then a 400 (the first attempt may have been applied)', [reset, invalid], { retryable: false, mayHaveSucceeded: true }],
    ['a plain 400', [invalid], { retryable: false, mayHaveSucceeded: false }],
  ])('%s', async (_case, replies, expected) => {
    const { fetch, requests } = scriptedFetch(...replies);
    const error = await failure(client({ fetch }).request(createThing, { body: {} }));
    const sent = requests.map((r) => r.headers.get('idempotency-key'));
    expect(new Set(sent).size).toBe(1);
    expect(error).toMatchObject({ idempotencyKey: sent[0], ...expected });
    expect(error.message.includes(`repeat the call with idempotency key ${sent[0]}`)).toBe(expected.mayHaveSucceeded);
  });

  it('keeps the caller’s own key, and repeating with error.idempotencyKey gets the first result', async () => {
    const { fetch, requests } = scriptedFetch(reset, reset, reset, json(created, 202));
    const sdk = client({ fetch });
    const error = await failure(sdk.request(createThing, { body: {} }, { idempotencyKey: 'my-key' }));
    expect(error).toMatchObject({ idempotencyKey: 'my-key', retryable: true, mayHaveSucceeded: true });
    await expect(sdk.request(createThing, { body: {} }, { idempotencyKey: error.idempotencyKey })).resolves.toEqual(created);
    expect(new Set(requests.map((r) => r.headers.get('idempotency-key')))).toEqual(new Set(['my-key']));
  });

  it('an unkeyed mutation that may have been applied is not retryable and has no key', async () => {
    const { fetch, requests } = scriptedFetch(reset);
    const error = await failure(client({ fetch }).request(runThing, { path: { id: 't1' } }));
    expect(requests).toHaveLength(1);
    expect(error).toMatchObject({ retryable: false, mayHaveSucceeded: true, idempotencyKey: undefined });
  });
});

describe('redirects', () => {
  it('an undeclared 3xx is a RedirectError naming the Location host, and nothing is followed', async () => {
    const { fetch, requests } = scriptedFetch(() => new Response(null, { status: 307, headers: { location: 'https://evil.example:8443/x?token=1' } }));
    const error = await failure(client({ fetch }).request(createThing, { body: {} }));
    expect(requests).toHaveLength(1);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ status: 307, locationHost: 'evil.example:8443', mayHaveSucceeded: false, retryable: false });
    expect(error.message).toMatch(/redirect the contract does not declare, to evil\.example:8443; not followed/);
  });

  it('a declared 302 is the result', async () => {
    const authorize = operation({ responses: { '302': {} } });
    const { fetch } = scriptedFetch(() => new Response(null, { status: 302, headers: { location: 'https://idp.example/authorize' } }));
    const { response } = await client({ fetch }).request(authorize, { path: { id: 't1' } }).withResponse();
    expect(response.headers.get('location')).toBe('https://idp.example/authorize');
  });
});

describe('a 2xx that does not match the contract at its root', () => {
  const reply = (body: string | null, status = 202, type = 'application/json'): Reply => () =>
    new Response(body, { status, headers: type ? { 'content-type': type, 'x-correlation-id': 'corr-1' } : { 'x-correlation-id': 'corr-1' } });
  it.each([
    ['null', reply('null'), 'expected object at the root, got null'],
    ['an array', reply('[]'), 'expected object at the root, got array'],
    ['a string', reply('"ok"'), 'expected object at the root, got string'],
    ['HTML', reply('<html>hi</html>', 202, 'text/html'), 'the body is not JSON (text/html)'],
    ['an empty body', reply(''), 'the body is empty, a JSON body is declared'],
    ['204 where a body is declared', reply(null, 204, ''), 'the body is empty, a JSON body is declared'],
  ])('%s is an UnexpectedResponseError with the correlation id', async (_case, answer, what) => {
    const { fetch } = scriptedFetch(answer);
    const error = await failure(client({ fetch }).request(createThing, { body: {} }));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ correlationId: 'corr-1', mayHaveSucceeded: true, retryable: false });
    expect(error.message).toContain(what);
  });

  it.each([
    ['an object', json(created, 202), created],
    ['a nullable root that is null', json(null, 200), null],
  ])('%s passes', async (_case, answer, expected) => {
    const op = { ...createThing, responses: { '202': { body: 'json', type: ['object'] }, '200': { body: 'json', type: ['object', 'null'] } } } as OperationSpec;
    const { fetch } = scriptedFetch(answer);
    await expect(client({ fetch }).request(op, { body: {} })).resolves.toEqual(expected);
  });
});

describe('response size cap', () => {
  it.each([
    ['a streamed body past the cap', () => new Response(new Blob(['x'.repeat(64)]).stream(), { status: 202 })],
    ['a declared Content-Length past the cap', () => new Response('{}', { status: 202, headers: { 'content-length': '1000' } })],
  ])('%s fails cleanly with ResponseTooLargeError, not retried', async (_case, answer) => {
    const { fetch, requests } = scriptedFetch(answer);
    const error = await failure(client({ fetch, maxResponseBytes: 32 }).request(createThing, { body: {} }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(requests).toHaveLength(1);
    expect(error.message).toContain('limit of 32 bytes');
  });

  it('a body under the cap is read', async () => {
    const { fetch } = scriptedFetch(json(created, 202));
    await expect(client({ fetch, maxResponseBytes: 1024 }).request(createThing, { body: {} })).resolves.toEqual(created);
  });
});

describe('secrets never leave in clear text or in messages', () => {
  it.each([
    ['http://api.example.com', false],
    ['http://10.0.0.5:8080', false],
    ['http://127.0.0.1:4010', true],
    ['http://localhost:4010', true],
    ['http://api.localhost', true],
    ['http://[::1]:80', true],
    ['https://api.example.com', true],
  ])('base URL %s allowed: %s', (baseUrl, allowed) => {
    const make = () => client({ baseUrl });
    if (allowed) expect(make).not.toThrow();
    else expect(make).toThrow(/Refusing plain http to .*--insecure/);
    expect(() => client({ baseUrl, allowInsecureHttp: true })).not.toThrow();
  });

  it.each([['http://user:' + SECRET + '@127.0.0.1:1/'], ['https://' + SECRET + '@api.example.com/']])(
    'userinfo in %s is a configuration error that never shows it',
    (baseUrl) => {
      const error = (() => {
        try {
          client({ baseUrl });
        } catch (e) {
          return e as Error;
        }
      })();
      expect(error).toBeInstanceOf(ConfigurationError);
      expect(error!.message).toMatch(/credentials in the URL are not sent/);
      expect(error!.message).not.toContain(SECRET);
    },
  );

  it.each<[string, ClientOptions, Parameters<ApiClient['request']>[1]]>([
    ['a token with CR/LF', { token: `${SECRET}\r\nX-Evil: 1` }, {}],
    ['a header parameter with LF', {}, { headers: { 'X-Note': `${SECRET}\nX-Evil: 1` } }],
    ['a default header with NUL', { defaultHeaders: { 'X-Note': `${SECRET}\0` } }, {}],
  ])('%s is a ConfigurationError before any request, the value not shown', async (_case, options, input) => {
    const { fetch, requests } = scriptedFetch(json(created, 202));
    const error = await failure(client({ fetch, ...options }).request({ ...createThing, headers: ['X-Note'] }, { body: {}, ...input }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(requests).toHaveLength(0);
    expect(error.message).not.toContain(SECRET);
    expect(error.message).toMatch(/Invalid value for header/);
  });

  it('a query credential is not quoted in a transport error', async () => {
    const keyed = operation({ credential: { in: 'query', name: 'api_key' } });
    const { fetch } = scriptedFetch(refused);
    const error = await failure(client({ fetch, maxRetries: 0 }).request(keyed, { path: { id: 't1' } }));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).not.toContain(SECRET);
  });

  it.each([
    ['http://u:p@h/x', 'http://[REDACTED]@h/x'],
    ['https://h/x?a=1', 'https://h/x?a=1'],
  ])('redactUrl(%s)', (url, shown) => expect(redactUrl(url)).toBe(shown));

  it.each([['127.9.9.9', true], ['localhost.', true], ['128.0.0.1', false], ['example.localhost.com', false]])(
    'isLoopbackHost(%s) is %s',
    (host, expected) => expect(isLoopbackHost(host)).toBe(expected),
  );
});

describe('strict mode checks inputs against the contract before any request', () => {
  const constrained = operation({
    id: 'createProject',
    method: 'POST',
    path: '/projects',
    pathParams: [],
    query: ['tier'],
    body: { mediaType: 'application/json', required: true },
    retrySafe: false,
    checks: {
      query: { tier: { type: ['string'], enum: ['basic', 'pro'] } },
      body: {
        object: true,
        fields: {
          name: { type: ['string'], minLength: 1, maxLength: 5 },
          slug: { type: ['string'], pattern: '^[a-z-]+$' },
          size: { type: ['integer'], minimum: 1 },
        },
      },
    },
  });
  it.each<[string, Parameters<ApiClient['request']>[1], string]>([
    ['minLength', { body: { name: '' } }, 'body name must be at least 1 character long'],
    ['maxLength (characters, not UTF-16 units)', { body: { name: '😀😀😀😀😀😀' } }, 'body name must be at most 5 characters long'],
    ['pattern', { body: { slug: 'Not OK' } }, 'body slug must match the pattern ^[a-z-]+$'],
    ['enum', { query: { tier: 'gold' }, body: {} }, 'query tier must be one of "basic", "pro"'],
    ['type', { body: { size: 1.5 } }, 'body size must be integer, got number'],
    ['minimum', { body: { size: 0 } }, 'body size must be >= 1'],
    ['body must be an object', { body: ['a'] }, 'body must be a JSON object, got array'],
  ])('%s', async (_case, input, problem) => {
    const { fetch, requests } = scriptedFetch(json(created, 201));
    const error = await failure(client({ fetch, strict: true }).request(constrained, input));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.message).toContain(problem);
    expect(requests).toHaveLength(0);
    // Without strict mode the server is the judge.
    await client({ fetch }).request(constrained, input);
    expect(requests).toHaveLength(1);
  });
});

describe('timeouts count from sending', () => {
  it('a transport that takes longer to load than the timeout still gets the whole timeout for the request', async () => {
    let loaded = false;
    const transport: Transport = Object.assign(
      async () => {
        if (!loaded) throw new Error('sent before the transport was ready');
        return { status: 200, headers: new Headers(), header: () => null, text: 'ok' };
      },
      { ready: () => new Promise<void>((resolve) => setTimeout(() => ((loaded = true), resolve()), 150)) },
    );
    const response = await send(transport, { method: 'GET', url: 'http://127.0.0.1/', headers: [] }, { timeoutMs: 50 });
    expect(response.text).toBe('ok');
  });
});
