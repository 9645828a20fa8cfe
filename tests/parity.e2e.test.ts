/**
 * The CLI, the MCP server, the TypeScript SDK and the Python SDK are four faces of one contract: every CLI
 * command that sends an operation has exactly one MCP tool (unless the contract excludes the operation from
 * MCP), and for the same inputs all four send the same HTTP request.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { tools } from '@gpuaas/mcp';
import { Gpuaas, operations } from '@gpuaas/sdk';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gpuaas, newConfigDir } from './cli/support.js';
import { ROOT, startProxy, type RecordedRequest } from './support/mock.js';
import { runVenvAsync } from '../scripts/python/venv.js';

const PROJECT = 'proj_01HZX3K8Q4ABCDEF';
const MCP_EXCLUDED = new Set(['personalLogin', 'refreshToken', 'oidcAuthorize', 'oidcTokenExchange', 'logout']);

let proxy: Awaited<ReturnType<typeof startProxy>>;
let mcp: Client;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  proxy = await startProxy(inject('gpuaasUrl'));
  env = { GPUAAS_BASE_URL: proxy.url, GPUAAS_TOKEN: 'test-token', GPUAAS_CONFIG_DIR: await newConfigDir() };
  mcp = new Client({ name: 'parity', version: '1.0.0' });
  await mcp.connect(
    new StdioClientTransport({ command: process.execPath, args: [path.join(ROOT, 'generated/cli/dist/gpuaas.js'), 'mcp', 'serve'], env: { PATH: process.env.PATH ?? '', ...env } as Record<string, string>, stderr: 'pipe' }),
  );
});
afterAll(async () => {
  await mcp?.close();
  await proxy?.close();
});

/** The commands of the CLI, from the command tree the generator extracts (generated/cli/command-surface.md). */
function commandPaths(): string[] {
  const surface = readFileSync(path.join(ROOT, 'generated/cli/command-surface.md'), 'utf8');
  return [...new Set([...surface.matchAll(/^([a-z][a-z -]*[a-z])$/gm)].map((m) => m[1]!))];
}

const operationOf = (method: string, route: string): string | undefined =>
  Object.values(operations).find((op) => op.method === method && op.path === route)?.id;

describe('CLI / MCP / SDK / Python SDK parity', () => {
  it('every CLI command that sends an operation has exactly one MCP tool', async () => {
    const served = (await mcp.listTools()).tools.map((t) => t.name).sort();
    expect(served).toEqual(tools.map((t) => t.name).sort());
    const toolsPerOperation = new Map<string, number>();
    // Wait tools poll a GET operation that has its own tool: they are counted apart.
    for (const tool of tools.filter((t) => !t.wait)) toolsPerOperation.set(tool.operationId, (toolsPerOperation.get(tool.operationId) ?? 0) + 1);
    const covered = new Set<string>();
    for (const command of commandPaths()) {
      const explained = await gpuaas(['explain', ...command.split(' '), '-o', 'json'], { env });
      if (explained.code !== 0) continue; // a group, or a builtin without a request of its own
      const { request } = JSON.parse(explained.stdout) as { request: { method: string; path: string } | null };
      const id = request && operationOf(request.method, request.path);
      if (!id) continue;
      covered.add(id);
      expect(toolsPerOperation.get(id) ?? 0, `${command} -> ${id}`).toBe(MCP_EXCLUDED.has(id) ? 0 : 1);
    }
    // Every operation is reachable from the CLI; the OIDC token exchange is the second half of `auth login`,
    // which explains itself by its first request (the authorize redirect).
    expect([...covered].sort()).toEqual(Object.keys(operations).filter((id) => id !== 'oidcTokenExchange').sort());
  });

  const shape = (r: RecordedRequest) => ({
    method: r.method,
    path: r.url.pathname,
    query: [...r.url.searchParams].sort(),
    body: r.body ? JSON.parse(r.body) : undefined,
    project: r.headers.get('x-project-id'),
    idempotencyKey: r.headers.get('idempotency-key'),
    contentType: r.headers.get('content-type'),
    accept: r.headers.get('accept'),
    authorization: r.headers.get('authorization'),
  });

  /** The same call through the Python SDK, as a user's script makes it (tests/python/parity_call.py). */
  const python = async (method: string, args: unknown[], kwargs: Record<string, unknown>) => {
    const call = JSON.stringify({ method, args, kwargs });
    const result = await runVenvAsync('python', ['tests/python/parity_call.py', call], { env: { ...process.env, ...env, PYTHONPATH: path.join(ROOT, 'generated/python') } });
    expect(result.status, result.stderr).toBe(0);
  };
  type Sdk = (c: Gpuaas) => Promise<unknown>;
  type Py = [method: string, args: unknown[], kwargs: Record<string, unknown>];

  it.each<[string, string[], string, Record<string, unknown>, Sdk, Py]>([
    [
      'list with a filter',
      ['nodes', 'list', '--status', 'available', '--page-size', '2'],
      'list_nodes',
      { status: 'available', page_size: 2 },
      (c) => c.nodes.list({ status: 'available', page_size: 2 }),
      ['nodes.list', [], { status: 'available', page_size: 2 }],
    ],
    [
      'project-scoped get',
      ['allocations', 'get', '--id', 'alloc_1', '--project-id', PROJECT],
      'get_allocation',
      { allocation_id: 'alloc_1', project_id: PROJECT },
      (c) => c.allocations.get('alloc_1', { projectId: PROJECT }),
      ['allocations.get', ['alloc_1'], { project_id: PROJECT }],
    ],
    [
      'create with an idempotency key',
      ['allocations', 'create', '--scheduler-type', 'slurm', '--node-id', 'node_1', '--project-id', PROJECT, '--idempotency-key', 'k-1'],
      'create_allocation',
      { scheduler_type: 'slurm', node_id: 'node_1', project_id: PROJECT, idempotency_key: 'k-1' },
      (c) => c.allocations.create({ scheduler_type: 'slurm', node_id: 'node_1', projectId: PROJECT }, { idempotencyKey: 'k-1' }),
      ['allocations.create', [], { scheduler_type: 'slurm', node_id: 'node_1', project_id: PROJECT, idempotency_key: 'k-1' }],
    ],
    [
      'nested resource create',
      ['apps', 'shared-runtimes', 'attachments', 'create', '--org-id', 'org_1', '--runtime-id', 'srt_1', '--project-id', PROJECT, '--name', 'team-a', '--idempotency-key', 'k-2'],
      'create_shared_runtime_attachment',
      { org_id: 'org_1', runtime_id: 'srt_1', project_id: PROJECT, name: 'team-a', idempotency_key: 'k-2' },
      (c) => c.sharedRuntimes.attachments.create('org_1', 'srt_1', { project_id: PROJECT, name: 'team-a' }, { idempotencyKey: 'k-2' }),
      ['shared_runtimes.attachments.create', ['org_1', 'srt_1'], { project_id: PROJECT, name: 'team-a', idempotency_key: 'k-2' }],
    ],
    [
      'destructive release',
      ['allocations', 'release', '--id', 'alloc_1', '--project-id', PROJECT, '--yes', '--idempotency-key', 'k-3'],
      'release_allocation',
      { allocation_id: 'alloc_1', project_id: PROJECT, idempotency_key: 'k-3' },
      (c) => c.allocations.release('alloc_1', { projectId: PROJECT }, { idempotencyKey: 'k-3' }),
      ['allocations.release', ['alloc_1'], { project_id: PROJECT, idempotency_key: 'k-3' }],
    ],
    [
      'delete',
      ['apps', 'shared-runtimes', 'delete', '--org-id', 'org_1', '--id', 'srt_1', '--yes'],
      'delete_shared_runtime',
      { org_id: 'org_1', runtime_id: 'srt_1' },
      (c) => c.sharedRuntimes.delete('org_1', 'srt_1'),
      ['shared_runtimes.delete', ['org_1', 'srt_1'], {}],
    ],
    [
      'terminal token (client.terminal in both SDKs)',
      ['allocations', 'terminal-token', '--id', 'alloc_1', '--project-id', PROJECT],
      'create_terminal_token',
      { allocation_id: 'alloc_1', project_id: PROJECT },
      (c) => c.terminal.createToken('alloc_1', { projectId: PROJECT }),
      ['terminal.create_token', ['alloc_1'], { project_id: PROJECT }],
    ],
  ])('%s: the same request from all four', async (_name, args, tool, toolArgs, sdkCall, [pyMethod, pyArgs, pyKwargs]) => {
    let before = proxy.requests.length;
    const run = await gpuaas([...args, '-o', 'json'], { env });
    expect(run.code, run.stderr).toBe(0);
    const fromCli = proxy.requests.slice(before);
    before = proxy.requests.length;
    const result = await mcp.callTool({ name: tool, arguments: toolArgs });
    expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
    const fromMcp = proxy.requests.slice(before);
    before = proxy.requests.length;
    await sdkCall(new Gpuaas({ baseUrl: proxy.url, token: 'test-token', maxRetries: 0 }));
    const fromSdk = proxy.requests.slice(before);
    before = proxy.requests.length;
    await python(pyMethod, pyArgs, pyKwargs);
    const fromPython = proxy.requests.slice(before);
    for (const requests of [fromCli, fromMcp, fromSdk, fromPython]) expect(requests).toHaveLength(1);
    expect(shape(fromMcp[0]!)).toEqual(shape(fromCli[0]!));
    expect(shape(fromSdk[0]!)).toEqual(shape(fromCli[0]!));
    expect(shape(fromPython[0]!)).toEqual(shape(fromCli[0]!));
  });
});
