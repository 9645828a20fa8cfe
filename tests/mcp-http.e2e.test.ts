/**
 * `gpuaas mcp serve --http` as a remote MCP server: the built CLI in its own process, against Prism
 * through the recording proxy, driven by two independent clients, the MCP SDK's Streamable HTTP client
 * and the MCP Inspector's CLI mode (@modelcontextprotocol/inspector, a devDependency).
 */
import type { ChildProcess } from 'node:child_process';
import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gpuaas, newConfigDir, type Run } from './cli/support.js';
import { ROOT, startProxy } from './support/mock.js';

const PROJECT = 'proj_01HZX3K8Q4ABCDEF';
const INSPECTOR = path.join(ROOT, 'node_modules/@modelcontextprotocol/inspector/cli/build/cli.js');

let proxy: Awaited<ReturnType<typeof startProxy>>;
const servers: Served[] = [];

interface Served {
  url: string;
  child: ChildProcess;
  /** Settles when the process ends. */
  done: Promise<Run>;
  stderr: () => string;
}

/** Starts `gpuaas mcp serve --http 127.0.0.1:0 ...args`; resolves with its URL once it listens. */
async function serve(args: string[] = [], env: Record<string, string> = { GPUAAS_TOKEN: 'server-token' }): Promise<Served> {
  let child: ChildProcess | undefined;
  let stderr = '';
  let listening: (url: string) => void = () => undefined;
  const url = new Promise<string>((resolve) => (listening = resolve));
  const done = gpuaas(['mcp', 'serve', '--http', '127.0.0.1:0', ...args], {
    env: { GPUAAS_BASE_URL: proxy.url, GPUAAS_PROJECT: PROJECT, GPUAAS_CONFIG_DIR: await newConfigDir(), ...env },
    onSpawn: (c) => (child = c),
    onStderr: (text) => {
      stderr = text;
      const found = /listening on (http:\/\/\S+\/mcp);/.exec(text);
      if (found) listening(found[1]!);
    },
  });
  const served = { url: await Promise.race([url, done.then((run) => Promise.reject(new Error(`serve exited ${run.code}: ${run.stderr}`)))]), child: child!, done, stderr: () => stderr };
  servers.push(served);
  return served;
}

async function connect(url: string, headers: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: 'e2e-http', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
  return client;
}

/** The MCP Inspector in CLI mode: one method per run, its JSON result on stdout. */
async function inspector(url: string, ...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await promisify(execFile)(process.execPath, [INSPECTOR, '--cli', url, '--transport', 'http', ...args], { cwd: ROOT });
  return JSON.parse(stdout) as Record<string, unknown>;
}

const textOf = (result: Awaited<ReturnType<Client['callTool']>>) => JSON.parse((result.content as { text: string }[])[0]!.text);

beforeAll(async () => {
  proxy = await startProxy(inject('gpuaasUrl'), { prefer: (r) => (r.url.pathname.endsWith('_missing') ? 'code=404' : undefined) });
});
afterAll(async () => {
  for (const s of servers) if (s.child.exitCode === null) s.child.kill('SIGKILL');
  await proxy?.close();
});

describe('gpuaas mcp serve --http', () => {
  let server: Served;
  beforeAll(async () => {
    server = await serve();
  });

  it('serves the same tools as stdio to the MCP SDK client, and calls them with the server credentials', async () => {
    const client = await connect(server.url);
    try {
      expect(client.getServerVersion()).toMatchObject({ name: 'gpuaas' });
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toContain('create_allocation');
      const result = await client.callTool({ name: 'list_nodes', arguments: { status: 'available', page_size: 2 } });
      expect(result.structuredContent).toMatchObject({ items: expect.any(Array) });
      expect(proxy.requests.at(-1)!.headers.get('authorization')).toBe('Bearer server-token');
    } finally {
      await client.close();
    }
  });

  it("uses a session's Authorization bearer token as its API token, and never logs it", async () => {
    const alice = await connect(server.url, { Authorization: 'Bearer alice-api-token' });
    try {
      const before = proxy.requests.length;
      const result = await alice.callTool({ name: 'create_allocation', arguments: { scheduler_type: 'slurm', idempotency_key: 'http-key-1' } });
      expect(result.isError).toBeFalsy();
      const [sent] = proxy.requests.slice(before);
      expect(sent!.headers.get('authorization')).toBe('Bearer alice-api-token');
      expect(sent!.headers.get('idempotency-key')).toBe('http-key-1');
      expect(sent!.headers.get('x-project-id')).toBe(PROJECT);
    } finally {
      await alice.close();
    }
    expect(server.stderr()).toMatch(/session \S+ opened \(its own bearer token\)/);
    expect(server.stderr()).not.toContain('alice-api-token');
  });

  it('returns API failures as isError results with the envelope', async () => {
    const client = await connect(server.url);
    try {
      const result = await client.callTool({ name: 'get_project', arguments: { project_id: 'proj_missing' } });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatchObject({ code: 'not_found', http_status: 404, correlation_id: expect.stringMatching(/^corr_/) });
    } finally {
      await client.close();
    }
  });

  it('answers the MCP Inspector CLI: tools/list and tools/call', async () => {
    const listed = await inspector(server.url, '--method', 'tools/list');
    expect((listed.tools as { name: string }[]).map((t) => t.name)).toContain('list_nodes');
    const before = proxy.requests.length;
    const called = await inspector(server.url, '--method', 'tools/call', '--tool-name', 'list_nodes', '--tool-arg', 'status=available');
    expect(called.isError).toBeFalsy();
    expect(JSON.parse((called.content as { text: string }[])[0]!.text)).toMatchObject({ items: expect.any(Array) });
    expect(proxy.requests.slice(before).map((r) => `${r.method} ${r.url.pathname}?${r.url.searchParams}`)).toEqual(['GET /api/v1/nodes?status=available']);
  });

  it('refuses a request whose Origin is another site', async () => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { origin: 'https://attacker.example', 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'x', version: '0' } } }),
    });
    expect(response.status).toBe(403);
  });
});

describe('gpuaas mcp serve --http with filters and modes', () => {
  it('--read-only serves only read-only tools over HTTP too', async () => {
    const { url } = await serve(['--read-only']);
    const client = await connect(url);
    try {
      const { tools } = await client.listTools();
      expect(tools.length).toBeGreaterThan(0);
      expect(tools.every((t) => t.annotations?.readOnlyHint === true)).toBe(true);
      expect(tools.map((t) => t.name)).not.toContain('create_terminal_token');
    } finally {
      await client.close();
    }
  });

  it('--tools dynamic: search, describe and call any operation in three calls', async () => {
    const { url } = await serve(['--tools', 'dynamic']);
    const client = await connect(url);
    try {
      expect((await client.listTools()).tools.map((t) => t.name)).toEqual(['search_endpoints', 'describe_endpoint', 'call_endpoint']);
      const found = await client.callTool({ name: 'search_endpoints', arguments: { query: 'create an allocation' } });
      expect((found.structuredContent as { endpoints: { name: string }[] }).endpoints[0]!.name).toBe('create_allocation');
      const described = await client.callTool({ name: 'describe_endpoint', arguments: { name: 'create_allocation' } });
      expect(described.structuredContent).toMatchObject({ method: 'POST', path: '/api/v1/allocations', inputSchema: { type: 'object' } });
      const before = proxy.requests.length;
      const called = await client.callTool({ name: 'call_endpoint', arguments: { name: 'create_allocation', arguments: { scheduler_type: 'slurm', idempotency_key: 'dyn-1' } } });
      expect(called.isError).toBeFalsy();
      expect(proxy.requests.slice(before).map((r) => [r.method, r.url.pathname, r.headers.get('idempotency-key')])).toEqual([['POST', '/api/v1/allocations', 'dyn-1']]);
    } finally {
      await client.close();
    }
  });
});

describe('gpuaas mcp serve --http start and stop', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('stops cleanly on %s, exit 0, ending its sessions', async (signal) => {
    const served = await serve();
    const client = await connect(served.url);
    served.child.kill(signal);
    const run = await served.done;
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/session \S+ closed/);
    await client.close();
  });

  it('exits 12 when the port is in use', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as { port: number };
    try {
      const run = await gpuaas(['mcp', 'serve', '--http', `127.0.0.1:${port}`], { env: { GPUAAS_CONFIG_DIR: await newConfigDir(), GPUAAS_BASE_URL: proxy.url } });
      expect(run.code).toBe(12);
      expect(run.stderr).toContain(`Cannot listen on 127.0.0.1:${port}: the port is in use`);
    } finally {
      busy.close();
    }
  });

  it.each(['localhost', '127.0.0.1:http', '70000', 'a:b:c'])('exits 2 for a malformed address %j', async (address) => {
    const run = await gpuaas(['mcp', 'serve', '--http', address], { env: { GPUAAS_CONFIG_DIR: await newConfigDir() } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('expected [HOST:]PORT');
  });
});
