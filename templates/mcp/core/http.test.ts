import { request } from 'node:http';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ApiClient, type TokenProvider } from '../sdk.js';
import { listToolsPayload } from './budget.js';
import type { ToolSetOptions } from './mode.js';
import { dnsRebindingCheck, ListenError, serveHttp, type HttpMcpServer, type RebindingOptions } from './http.js';
import { contract, fakeFetch, miniClient, tools, type Reply } from './testing/mini.js';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).reverse().map((o) => o.close()));
});

async function start(options: ToolSetOptions & { replies?: Reply[]; allowedOrigins?: string[] } = {}) {
  const { fetch, requests } = fakeFetch(...(options.replies ?? [{ status: 200, body: { data: [], next: null } }]));
  const log: string[] = [];
  const server = await serveHttp({
    ...options,
    client: miniClient(fetch),
    clientFor: (tokenProvider: TokenProvider) => new ApiClient({ tokenProvider, maxRetries: 0, fetch, projectId: 'p-default' }, contract),
    tools,
    serverName: 'mini',
    version: '1.0.0',
    port: 0,
    log: (line) => log.push(line),
  });
  open.push(server);
  return { server, requests, log };
}

async function connect(server: HttpMcpServer, headers: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: 'http-test', version: '0.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(server.url), { requestInit: { headers } }));
  open.push(client);
  return client;
}

/** One raw request, so tests can send what a well-behaved client would not (Host, Origin, no session). */
function raw(url: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const body = init.body === undefined ? undefined : JSON.stringify(init.body);
    const req = request(url, { method: init.method ?? 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...init.headers } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const initialize = { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } } };
const listTools = { jsonrpc: '2.0', id: 2, method: 'tools/list', params: {} };

/** Opens a session with raw requests; its id. */
async function rawSession(url: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await raw(url, { headers, body: initialize });
  expect(response.status).toBe(200);
  return response.headers['mcp-session-id'] as string;
}

describe('serveHttp', () => {
  it('serves /mcp on a loopback port: sessions, tools/list and tools/call through the SDK client', async () => {
    const { server, requests } = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mcp$/);
    const client = await connect(server);
    expect(server.sessions()).toBe(1);
    expect(await client.listTools()).toEqual(listToolsPayload(tools));
    const result = await client.callTool({ name: 'list_jobs', arguments: { page_size: 1 } });
    expect(result.structuredContent).toEqual({ items: [], next_cursor: null });
    expect(requests[0]!.headers.authorization).toBe('Bearer t0k');
  });

  it("calls the API with a session's own bearer token, the server's credentials without one", async () => {
    const { server, requests, log } = await start();
    const alice = await connect(server, { authorization: 'Bearer alice-secret' });
    const anonymous = await connect(server);
    await alice.callTool({ name: 'list_jobs', arguments: {} });
    await anonymous.callTool({ name: 'list_jobs', arguments: {} });
    expect(requests.map((r) => r.headers.authorization)).toEqual(['Bearer alice-secret', 'Bearer t0k']);
    expect(server.sessions()).toBe(2);
    expect(log.join('\n')).not.toContain('alice-secret');
    expect(log).toEqual([expect.stringMatching(/^session \S{8} opened \(its own bearer token\)$/), expect.stringMatching(/^session \S{8} opened \(the server's credentials\)$/)]);
  });

  it('uses the newest token of a bearer session, and never falls back to the server credentials', async () => {
    const { server, requests } = await start();
    const id = await rawSession(server.url, { authorization: 'Bearer first' });
    const call = (headers: Record<string, string>) =>
      raw(server.url, { headers: { 'mcp-session-id': id, 'mcp-protocol-version': '2025-06-18', ...headers }, body: { jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'list_jobs', arguments: {} } } });
    expect((await call({ authorization: 'Bearer second' })).status).toBe(200);
    expect(requests.at(-1)!.headers.authorization).toBe('Bearer second');
    const without = await call({});
    expect(without.status).toBe(401);
    expect(without.headers['www-authenticate']).toBe('Bearer');
    expect(requests).toHaveLength(1);
  });

  it.each<[string, string, { method?: string; headers?: Record<string, string>; body?: unknown }, 'none' | 'unknown' | 'anonymous', number, RegExp]>([
    ['another path', '/other', { body: initialize }, 'none', 404, /the MCP endpoint is \/mcp/],
    ['a method MCP does not use', '/mcp', { method: 'PUT', body: initialize }, 'none', 405, /Method not allowed/],
    ['no session and not initialize', '/mcp', { body: listTools }, 'none', 400, /no Mcp-Session-Id/],
    ['a session that does not exist', '/mcp', { body: listTools }, 'unknown', 404, /Session not found/],
    ['a body that is not JSON', '/mcp', { headers: { 'content-length': '0' } }, 'none', 400, /not JSON/],
    ['an Authorization scheme other than Bearer', '/mcp', { body: initialize, headers: { authorization: 'Basic YTpi' } }, 'none', 401, /Bearer <API token>/],
    ['a token on a session opened without one', '/mcp', { body: listTools, headers: { authorization: 'Bearer late' } }, 'anonymous', 401, /opened without a token/],
  ])('refuses %s', async (_name, path, init, session, status, message) => {
    const { server } = await start();
    const id = session === 'unknown' ? 'f00' : session === 'anonymous' ? await rawSession(server.url) : undefined;
    const response = await raw(server.url.replace('/mcp', path), { ...init, headers: { ...init.headers, ...(id ? { 'mcp-session-id': id } : {}) } });
    expect(response.status).toBe(status);
    expect(JSON.parse(response.body)).toMatchObject({ jsonrpc: '2.0', error: { message: expect.stringMatching(message) } });
  });

  it('refuses a Host that is not this server and an Origin of another site (DNS rebinding)', async () => {
    const { server, log } = await start();
    const port = new URL(server.url).port;
    expect((await raw(server.url, { body: initialize, headers: { host: `evil.example:${port}` } })).status).toBe(403);
    expect((await raw(server.url, { body: initialize, headers: { origin: 'http://evil.example' } })).status).toBe(403);
    expect((await raw(server.url, { body: initialize, headers: { host: `localhost:${port}`, origin: 'http://localhost:6274' } })).status).toBe(200);
    expect(log.filter((l) => l.startsWith('refused'))).toHaveLength(2);
  });

  it('answers CORS preflights of allowed origins only, and lets them read the session id', async () => {
    const { server } = await start({ allowedOrigins: ['https://app.example'] });
    const preflight = (origin: string) => raw(server.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, mcp-session-id' } });
    const allowed = await preflight('https://app.example');
    expect(allowed.status).toBe(204);
    expect(allowed.headers).toMatchObject({ 'access-control-allow-origin': 'https://app.example', 'access-control-allow-methods': 'GET, POST, DELETE' });
    expect(allowed.headers['access-control-allow-headers']).toContain('mcp-session-id');
    expect((await preflight('https://attacker.example')).status).toBe(403);
    const opened = await raw(server.url, { body: initialize, headers: { origin: 'https://app.example' } });
    expect(opened.headers).toMatchObject({ 'access-control-allow-origin': 'https://app.example', 'access-control-expose-headers': 'mcp-session-id, www-authenticate' });
    expect(opened.headers['mcp-session-id']).toBeTruthy();
  });

  it('ends a session on DELETE, and every session on close', async () => {
    const { server } = await start();
    const client = await connect(server);
    await connect(server);
    expect(server.sessions()).toBe(2);
    await (client.transport as StreamableHTTPClientTransport).terminateSession();
    await expect.poll(() => server.sessions()).toBe(1);
    await server.close();
    open.splice(open.indexOf(server), 1);
    await expect(raw(server.url, { body: initialize })).rejects.toThrow(/ECONNREFUSED/);
  });

  it('closes idle sessions, but not one with an open stream', async () => {
    const { server, log } = await start();
    const streaming = await rawSession(server.url);
    await rawSession(server.url);
    // The session's own SSE stream (GET), open until the test ends it.
    const stream = await new Promise<ReturnType<typeof request>>((resolve, reject) => {
      const req = request(server.url, { method: 'GET', headers: { accept: 'text/event-stream', 'mcp-session-id': streaming, 'mcp-protocol-version': '2025-06-18' } }, (res) => {
        expect(res.statusCode).toBe(200);
        resolve(req);
      });
      req.on('error', reject);
      req.end();
    });
    expect(server.sessions()).toBe(2);
    expect(await server.closeIdle(0)).toBe(1);
    expect(server.sessions()).toBe(1);
    expect(log.at(-1)).toMatch(/^session \S{8} closed$/);
    stream.destroy();
  });

  it('serves dynamic mode over HTTP as well', async () => {
    const { server } = await start({ mode: 'dynamic' });
    const client = await connect(server);
    expect((await client.listTools()).tools.map((t) => t.name)).toEqual(['search_endpoints', 'describe_endpoint', 'call_endpoint']);
    expect(client.getInstructions()).toContain('search_endpoints');
  });

  it('reports a port in use as a ListenError', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as { port: number };
    try {
      const failure = await serveHttp({ client: miniClient(fakeFetch().fetch), clientFor: () => miniClient(fakeFetch().fetch), tools, serverName: 'mini', version: '1', port }).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(ListenError);
      expect(failure).toMatchObject({ code: 'EADDRINUSE', message: `Cannot listen on 127.0.0.1:${port}: the port is in use` });
    } finally {
      busy.close();
    }
  });
});

describe('dnsRebindingCheck', () => {
  it.each<[string, RebindingOptions, { host?: string; origin?: string }, boolean]>([
    ['loopback server, loopback Host', { host: '127.0.0.1' }, { host: '127.0.0.1:8080' }, true],
    ['loopback server, localhost Host', { host: '127.0.0.1' }, { host: 'localhost:8080' }, true],
    ['loopback server, IPv6 loopback Host', { host: '::1' }, { host: '[::1]:8080' }, true],
    ['loopback server, another name', { host: '127.0.0.1' }, { host: 'attacker.example:8080' }, false],
    ['no Host at all', { host: '127.0.0.1' }, {}, false],
    ['a configured name', { host: '127.0.0.1', allowedHosts: ['mcp.internal'] }, { host: 'mcp.internal:8080' }, true],
    ['a server bound to its address', { host: '10.1.2.3' }, { host: '10.1.2.3:8080' }, true],
    ['every interface, no names configured: Host not checked', { host: '0.0.0.0' }, { host: 'whatever.example' }, true],
    ['every interface, names configured: checked', { host: '0.0.0.0', allowedHosts: ['mcp.example'] }, { host: 'whatever.example' }, false],
    ['a loopback page', { host: '127.0.0.1' }, { host: 'localhost', origin: 'http://localhost:5173' }, true],
    ['a page of another site', { host: '127.0.0.1' }, { host: 'localhost', origin: 'https://attacker.example' }, false],
    ['a page of an allowed origin', { host: '127.0.0.1', allowedOrigins: ['https://app.example'] }, { host: 'localhost', origin: 'https://app.example' }, true],
    ['a page served by the host itself', { host: '0.0.0.0', allowedHosts: ['mcp.example'] }, { host: 'mcp.example', origin: 'https://mcp.example' }, true],
    ['an opaque origin', { host: '127.0.0.1' }, { host: 'localhost', origin: 'null' }, false],
  ])('%s', (_name, options, headers, allowed) => {
    expect(dnsRebindingCheck(options)(headers) === undefined).toBe(allowed);
  });
});
