import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortError, ConnectionError, ResponseTooLargeError, TimeoutError } from './errors.js';
import { defaultTransport as nodeTransport } from './transport-node.js';
import { defaultTransport as webTransport } from './transport-web.js';
import { failedBeforeSending, send, toResponse, type HttpRequest, type Transport } from './transport.js';

// A loopback server, not the network: it checks the real undici error shapes failedBeforeSending relies on.
let server: http.Server;
let base: string;
let connections = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/reset') {
      req.socket.destroy();
      return;
    }
    if (req.url === '/stall') return; // never answers
    if (req.url?.startsWith('/target/')) {
      res.end(req.url);
      return;
    }
    if (req.url === '/echo') {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.end(JSON.stringify({ type: req.headers['content-type'], length: req.headers['content-length'], body: Buffer.concat(chunks).toString() }));
      });
      return;
    }
    if (req.url?.startsWith('/big')) {
      // Chunked (no content-length) unless asked for a declared length.
      if (req.url === '/big?declared') res.setHeader('content-length', '4096');
      res.write('x'.repeat(2048));
      setTimeout(() => res.end('y'.repeat(2048)), 5);
      return;
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ method: req.method, ua: req.headers['user-agent'] }));
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const request = (url: string, init: Partial<HttpRequest> = {}): HttpRequest => ({ method: 'GET', url, headers: [], ...init });

async function transportError(url: string, init?: Partial<HttpRequest>): Promise<unknown> {
  return nodeTransport(request(url, init), new AbortController().signal).then(
    () => expect.unreachable('the request should have failed'),
    (error: unknown) => error,
  );
}

describe.each<[string, Transport]>([
  ['node (undici)', nodeTransport],
  ['web (global fetch)', webTransport],
])('the %s default transport', (_name, transport) => {
  it('keeps the connection alive across calls and returns status, headers and the whole body', async () => {
    const before = connections;
    for (let i = 0; i < 3; i++) {
      const response = await transport(request(`${base}/ok`, { headers: ['user-agent', 'sdk-test/1'] }), new AbortController().signal);
      expect(response.status).toBe(200);
      expect(response.header('content-type')).toBe('application/json');
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(JSON.parse(response.text)).toEqual({ method: 'GET', ua: 'sdk-test/1' });
      await new Promise((resolve) => setTimeout(resolve, 5)); // let undici return the socket to the pool
    }
    expect(connections - before).toBe(1);
  });

  it('sends a multipart form with its boundary, parts intact', async () => {
    const form = new FormData();
    form.append('name', 'box');
    form.append('file', new Blob(['hello'], { type: 'text/plain' }), 'a.txt');
    const response = await transport(request(`${base}/echo`, { method: 'POST', body: form }), new AbortController().signal);
    const echoed = JSON.parse(response.text) as { type: string; body: string };
    const boundary = /^multipart\/form-data; boundary=(.+)$/.exec(echoed.type)?.[1];
    expect(boundary).toBeDefined();
    expect(echoed.body).not.toContain('[object FormData]');
    expect(echoed.body).toContain(`--${boundary}\r\nContent-Disposition: form-data; name="name"\r\n\r\nbox\r\n`);
    expect(echoed.body).toContain('filename="a.txt"');
    expect(echoed.body).toContain('hello');
  });

  it('sends a Blob body with its length and text as is', async () => {
    const blob = new Blob(['{"a":"é"}']);
    const response = await transport(request(`${base}/echo`, { method: 'PUT', body: blob }), new AbortController().signal);
    expect(JSON.parse(response.text)).toMatchObject({ length: String(blob.size), body: '{"a":"é"}' });
  });

  it('keeps every value of a repeated response header', async () => {
    const response = await transport(request(`${base}/echo`, { method: 'POST', body: '' }), new AbortController().signal);
    expect(response.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(response.header('set-cookie')).toBe('a=1, b=2');
  });

  it.each(['/big', '/big?declared'])('stops reading %s past maxResponseBytes', async (path) => {
    const error = await transport(request(`${base}${path}`, { maxResponseBytes: 3000 }), new AbortController().signal).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    const whole = await transport(request(`${base}${path}`, { maxResponseBytes: 4096 }), new AbortController().signal);
    expect(whole.text).toBe('x'.repeat(2048) + 'y'.repeat(2048));
  });
});

describe('the node transport', () => {
  it.each([
    '/target/a/b?x=1&y=2,3',
    '/target/a/./b',
    '/target/a/%2E%2e/b',
    '/target/a/..',
    '/target/a b?q=a b',
    "/target/q?x='y'",
    '/target/a%zz',
    '/target/é?é',
    '/target/a#fragment',
    '/target/a\\b',
  ])('sends %s as URL parsing would', async (path) => {
    // Twice: the first call learns the origin, the second takes the text path when it may.
    for (let i = 0; i < 2; i++) {
      const response = await nodeTransport(request(`${base}${path}`), new AbortController().signal);
      const parsed = new URL(`${base}${path}`);
      expect(response.text).toBe(parsed.pathname + parsed.search);
    }
  });
});

describe('toResponse', () => {
  it.each([
    [200, 'ok', 'ok'],
    [201, '{"id":1}', '{"id":1}'],
    [204, '', ''],
    [302, '', ''],
    [404, '{"code":"x"}', '{"code":"x"}'],
  ])('builds a readable Response for %i', async (status, text, body) => {
    const response = toResponse({ status, headers: new Headers({ 'x-id': 'r1' }), text });
    expect(response.status).toBe(status);
    expect(response.headers.get('x-id')).toBe('r1');
    expect(await response.text()).toBe(body);
  });
});

describe('failedBeforeSending', () => {
  it('is true for a refused connection', async () => {
    expect(failedBeforeSending(await transportError(`http://127.0.0.1:${await closedPort()}/`))).toBe(true);
  });

  it('is false for a connection reset after the request was sent', async () => {
    expect(failedBeforeSending(await transportError(`${base}/reset`, { method: 'POST', body: '{}' }))).toBe(false);
  });

  it.each([
    ['DNS failure in cause', { cause: { code: 'ENOTFOUND' } }, true],
    ['one of several addresses', { cause: { errors: [{ code: 'EHOSTUNREACH' }, { code: 'ECONNREFUSED' }] } }, true],
    ['connect timeout', { cause: { code: 'UND_ERR_CONNECT_TIMEOUT' } }, true],
    ['socket closed', { cause: { code: 'UND_ERR_SOCKET' } }, false],
    ['reset', { cause: { code: 'ECONNRESET' } }, false],
    ['no code', new Error('fetch failed'), false],
    ['not an object', 'boom', false],
  ])('%s -> %s', (_case, error, expected) => {
    expect(failedBeforeSending(error)).toBe(expected);
  });

  it('survives a cause cycle', () => {
    const error: { cause?: unknown } = {};
    error.cause = error;
    expect(failedBeforeSending(error)).toBe(false);
  });
});

describe('send', () => {
  const get = (path: string) => request(`${base}${path}`);

  it('returns what the transport read', async () => {
    const { status, text } = await send(nodeTransport, get('/ok'), { timeoutMs: 5000 });
    expect(status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ method: 'GET' });
  });

  it('turns a stalled response into TimeoutError carrying the correlation id', async () => {
    const error = await send(nodeTransport, get('/stall'), { timeoutMs: 50, correlationId: 'c1' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ correlationId: 'c1', message: expect.stringContaining('timed out after 50 ms') });
  });

  it('turns the caller aborting into AbortError, not a timeout', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const error = await send(nodeTransport, get('/stall'), { timeoutMs: 5000, signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AbortError);
  });

  it('describes a connection failure by its innermost cause', async () => {
    const error = await send(nodeTransport, get('/reset'), { timeoutMs: 5000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(
      /^GET http:\/\/127\.0\.0\.1:\d+\/reset failed: (other side closed|socket hang up)/,
    );
  });
});
