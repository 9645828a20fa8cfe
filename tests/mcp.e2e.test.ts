/**
 * A real MCP client (the SDK's Client over stdio) spawns `gpuaas mcp serve` against Prism, through the
 * recording proxy so the test sees exactly what the server sent.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { operations } from '@gpuaas/sdk';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT, startProxy } from './support/mock.js';

const CLI = path.join(ROOT, 'generated/cli/dist/gpuaas.js');
const PROJECT = 'proj_01HZX3K8Q4ABCDEF';

let proxy: Awaited<ReturnType<typeof startProxy>>;
let client: Client;

async function connect(args: string[] = [], { loggedIn = true } = {}): Promise<Client> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI, 'mcp', 'serve', ...args],
    env: {
      PATH: process.env.PATH ?? '',
      GPUAAS_BASE_URL: proxy.url,
      ...(loggedIn ? { GPUAAS_TOKEN: 'test-token' } : {}),
      GPUAAS_PROJECT: PROJECT,
      GPUAAS_CONFIG_DIR: mkdtempSync(path.join(tmpdir(), 'gpuaas-mcp-')),
    },
    stderr: 'pipe',
  });
  const mcp = new Client({ name: 'e2e', version: '1.0.0' });
  await mcp.connect(transport);
  return mcp;
}

beforeAll(async () => {
  // A project id ending in _missing is answered with the contract's 404 example.
  proxy = await startProxy(inject('gpuaasUrl'), { prefer: (r) => (r.url.pathname.endsWith('_missing') ? 'code=404' : undefined) });
  client = await connect();
});
afterAll(async () => {
  await client?.close();
  await proxy?.close();
});

const EXCLUDED = ['personalLogin', 'refreshToken', 'oidcAuthorize', 'oidcTokenExchange', 'logout'];
const textOf = (result: Awaited<ReturnType<Client['callTool']>>) => JSON.parse((result.content as { text: string }[])[0]!.text);

describe('gpuaas mcp serve', () => {
  it('initializes and names itself', () => {
    expect(client.getServerVersion()).toMatchObject({ name: 'gpuaas', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('lists one tool per operation minus the exclusions, with MCP-safe names and schemas', async () => {
    const { tools } = await client.listTools();
    const waitTools = tools.filter((t) => t.name.startsWith('wait_')).map((t) => t.name);
    expect(waitTools).toEqual(['wait_allocation_active', 'wait_allocation_released', 'wait_runtime_worker_operation_completed', 'wait_shared_runtime_ready']);
    expect(tools).toHaveLength(Object.keys(operations).length - EXCLUDED.length + waitTools.length);
    for (const tool of tools) {
      expect(tool.name).toMatch(/^[a-z0-9_]{1,40}$/);
      expect(tool.inputSchema.type).toBe('object');
      expect(Object.keys(tool.inputSchema)).not.toContain('anyOf');
      expect(Object.keys(tool.inputSchema)).not.toContain('oneOf');
    }
    expect(JSON.stringify(tools)).not.toMatch(/"\$ref"|"\$defs"/);
    expect(tools.map((t) => t.name)).not.toContain('logout');
  });

  it.each([
    // Hints equal to MCP's defaults (destructive true, open-world true) are not sent.
    ['list_nodes', { readOnlyHint: true }],
    ['create_allocation', { idempotentHint: true, destructiveHint: false }],
    ['release_allocation', { idempotentHint: true }],
    ['delete_shared_runtime', { idempotentHint: true }],
  ])('%s has the right annotations', async (name, expected) => {
    const tool = (await client.listTools()).tools.find((t) => t.name === name);
    expect(tool?.annotations).toEqual(expected);
    // readOnlyHint defaults to false in MCP: only read-only tools need to say it.
    expect(tool?.annotations?.readOnlyHint ?? false).toBe(name.startsWith('list_'));
  });

  it('describes tools with the contract description: create_allocation says it returns pending and names its wait tool', async () => {
    const { tools } = await client.listTools();
    const create = tools.find((t) => t.name === 'create_allocation')!;
    expect(create.description).toContain('`pending`');
    expect(create.description).toMatch(/ Then wait_allocation_active\.$/);
    expect(tools.find((t) => t.name === 'create_terminal_token')!.description).toMatch(/^Live credential\./);
    // What the notes mean, and how to retry, is said once in the instructions.
    const instructions = client.getInstructions() ?? '';
    expect(instructions).toContain('pass the idempotency_key from its error back when retrying: never a new one');
    expect(instructions).toContain('"Live credential." tools return a secret');
    expect(tools.every((t) => t.description!.length <= 110 && !t.outputSchema)).toBe(true);
  });

  it('waits with a wait tool: one call polls until the waiter succeeds', async () => {
    const before = proxy.requests.length;
    const result = await client.callTool({ name: 'wait_allocation_active', arguments: { allocation_id: 'alloc_01HZXY0YXKKGEG772AZM7P9PW8', max_wait_seconds: 30 } });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ id: expect.stringMatching(/^alloc_/), status: 'active' });
    const polls = proxy.requests.slice(before);
    expect(polls.length).toBeGreaterThanOrEqual(1);
    expect(polls.every((r) => r.method === 'GET' && r.url.pathname === '/api/v1/allocations/alloc_01HZXY0YXKKGEG772AZM7P9PW8')).toBe(true);
    expect(polls[0]!.url.searchParams.has('max_wait_seconds')).toBe(false);
  });

  it('calls a list tool: one page as {items, next_cursor}', async () => {
    const result = await client.callTool({ name: 'list_nodes', arguments: { status: 'available', page_size: 2 } });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ items: expect.any(Array), next_cursor: expect.any(String) });
    expect(textOf(result)).toEqual(result.structuredContent);
    const sent = proxy.requests.at(-1)!;
    expect(sent.url.pathname).toBe('/api/v1/nodes');
    expect(sent.url.searchParams.get('page_size')).toBe('2');
    expect(sent.headers.get('authorization')).toBe('Bearer test-token');
  });

  it('calls a get tool', async () => {
    const result = await client.callTool({ name: 'get_project', arguments: { project_id: PROJECT } });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ id: expect.stringMatching(/^proj_/) });
  });

  it('calls a create tool with an Idempotency-Key and the configured project', async () => {
    const before = proxy.requests.length;
    const result = await client.callTool({ name: 'create_allocation', arguments: { scheduler_type: 'slurm', idempotency_key: 'agent-retry-1' } });
    expect(result.isError).toBeFalsy();
    const sent = proxy.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers.get('idempotency-key')).toBe('agent-retry-1');
    expect(sent[0]!.headers.get('x-project-id')).toBe(PROJECT);
    expect(JSON.parse(sent[0]!.body)).toEqual({ scheduler_type: 'slurm' });
  });

  it('returns an API failure as isError with the envelope', async () => {
    const result = await client.callTool({ name: 'get_project', arguments: { project_id: 'proj_missing' } });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatchObject({ code: 'not_found', http_status: 404, correlation_id: expect.stringMatching(/^corr_/), retryable: false });
  });

  it('rejects invalid arguments before any request, naming the field', async () => {
    const before = proxy.requests.length;
    const result = await client.callTool({ name: 'create_allocation', arguments: { scheduler_type: 'mainframe' } });
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toContain('scheduler_type');
    expect(proxy.requests.length).toBe(before);
  });

  it('starts without a login: tools are listed, and a call reports the API 401 to the agent', async () => {
    const anonymous = await connect([], { loggedIn: false });
    try {
      expect((await anonymous.listTools()).tools.length).toBeGreaterThan(0);
      const result = await anonymous.callTool({ name: 'whoami', arguments: {} });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatchObject({ http_status: 401, code: expect.any(String), correlation_id: expect.stringMatching(/^corr_/) });
      expect(proxy.requests.at(-1)!.headers.get('authorization')).toBeNull();
    } finally {
      await anonymous.close();
    }
  });

  it('serves only read-only tools with --read-only', async () => {
    const readOnly = await connect(['--read-only']);
    try {
      const { tools } = await readOnly.listTools();
      expect(tools.length).toBeGreaterThan(0);
      expect(tools.every((t) => t.annotations?.readOnlyHint === true)).toBe(true);
    } finally {
      await readOnly.close();
    }
  });
});
