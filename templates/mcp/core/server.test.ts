import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { INSTRUCTIONS_MAX, listToolsPayload } from './budget.js';
import type { ToolFilter } from './filter.js';
import type { ToolSetOptions } from './mode.js';
import { createMcpServer, serveStdio } from './server.js';
import { fakeFetch, miniClient, tools, waitJobDone, type Reply } from './testing/mini.js';

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()));
});

async function connect(replies: Reply[], filter: ToolSetOptions = {}, table = tools) {
  const { fetch, requests } = fakeFetch(...replies);
  const server = createMcpServer({ client: miniClient(fetch), tools: table, serverName: 'mini', version: '1.0.0', ...filter });
  const client = new Client({ name: 'test-client', version: '0.0.0' });
  const [clientTransport, serverTransport] = InMemoryTransport.createLinkedPair();
  await Promise.all([server.connect(serverTransport), client.connect(clientTransport)]);
  open.push(client, server);
  return { client, requests };
}

describe('createMcpServer over the SDK client', () => {
  it('announces itself and serves tools/list exactly as listToolsPayload', async () => {
    const { client } = await connect([]);
    expect(client.getServerVersion()).toMatchObject({ name: 'mini', version: '1.0.0' });
    expect(client.getServerCapabilities()?.tools).toBeDefined();
    expect(await client.listTools()).toEqual(listToolsPayload(tools));
    expect(JSON.stringify(await client.listTools())).not.toContain('additionalProperties');
  });

  it.each<[string, ToolFilter, string[]]>([
    ['read-only mode', { readOnly: true }, ['list_jobs']],
    ['names', { toolNames: ['delete_job'] }, ['delete_job']],
    ['tags', { tags: ['notes'] }, ['rename_note']],
  ])('offers only the filtered tools: %s', async (_name, filter, names) => {
    const { client } = await connect([], filter);
    expect((await client.listTools()).tools.map((t) => t.name)).toEqual(names);
    // A filtered-out tool cannot be called either.
    const hidden = tools.find((t) => !names.includes(t.name))!;
    await expect(client.callTool({ name: hidden.name, arguments: {} })).rejects.toThrow(`Unknown tool: ${hidden.name}`);
  });

  it('sends the shared rules once, as instructions naming the tools\' own arguments', async () => {
    const { client } = await connect([]);
    const instructions = client.getInstructions() ?? '';
    expect(instructions).toContain('pass the idempotency_key from its error back when retrying: never a new one');
    expect(instructions).toContain('project_id: the project to act in; omitted, the configured project.');
    expect(instructions).toContain('{items, next_cursor}');
    expect(instructions.length).toBeLessThanOrEqual(INSTRUCTIONS_MAX);
  });

  it('lists output schemas only when asked (outputSchemas)', async () => {
    expect((await (await connect([])).client.listTools()).tools.some((t) => t.outputSchema)).toBe(false);
    const listed = (await (await connect([], { outputSchemas: true })).client.listTools()).tools;
    expect(listed.find((t) => t.name === 'list_jobs')?.outputSchema).toEqual(tools.find((t) => t.name === 'list_jobs')!.outputSchema);
  });

  it('calls a list tool: structured {items, next_cursor} that the client validates against the output schema', async () => {
    const { client, requests } = await connect([{ status: 200, body: { data: [{ id: 'j1', state: 'done' }], next: 'c2' } }], { outputSchemas: true });
    await client.listTools(); // the client validates results against output schemas it has listed
    const result = await client.callTool({ name: 'list_jobs', arguments: { page_size: 1, project_id: 'p9' } });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toEqual({ items: [{ id: 'j1', state: 'done' }], next_cursor: 'c2' });
    expect(result.content).toEqual([{ type: 'text', text: JSON.stringify(result.structuredContent) }]);
    expect(requests[0]).toMatchObject({ url: 'https://api.test/jobs?page_size=1', headers: { 'x-project-id': 'p9' } });
  });

  it.each<[string, Record<string, unknown>, boolean, boolean]>([
    // With its output schema listed, an error cannot be structured content (see call.ts).
    ['create_job', { kind: 'batch' }, true, false],
    ['create_job', { kind: 'batch' }, false, true],
    ['delete_job', { job_id: 'j9' }, true, true],
  ])('returns API failures of %s (output schemas listed: %s) as isError results the client accepts', async (name, args, outputSchemas, structured) => {
    const { client } = await connect([{ status: 404, body: { code: 'job_not_found', message: 'No job', correlation_id: 'corr-9' } }], { outputSchemas });
    await client.listTools();
    const result = await client.callTool({ name, arguments: args });
    expect(result.isError).toBe(true);
    const error = JSON.parse((result.content as { text: string }[])[0]!.text) as unknown;
    expect(error).toMatchObject({ code: 'job_not_found', correlation_id: 'corr-9', http_status: 404, retryable: false });
    expect(result.structuredContent).toEqual(structured ? error : undefined);
  });

  it('sends a progress notification per poll of a wait tool when the client asks for progress', async () => {
    const { client } = await connect([{ status: 200, body: { id: 'j1', state: 'running' } }, { status: 200, body: { id: 'j1', state: 'done' } }], {}, [waitJobDone]);
    const progress: unknown[] = [];
    const result = await client.callTool({ name: 'wait_job_done', arguments: { job_id: 'j1' } }, undefined, { onprogress: (p) => progress.push(p) });
    expect(result.structuredContent).toEqual({ id: 'j1', state: 'done' });
    expect(progress).toEqual([
      { progress: 1, message: 'state: running' },
      { progress: 2, message: 'state: done' },
    ]);
  });

  it('rejects invalid arguments without calling the API', async () => {
    const { client, requests } = await connect([{ status: 204 }]);
    const result = await client.callTool({ name: 'delete_job', arguments: { id: 'j1' } });
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toMatchObject({ code: 'invalid_arguments', message: expect.stringContaining('missing required argument "job_id"') as string });
    expect(requests).toHaveLength(0);
  });
});

describe('serveStdio', () => {
  it('answers JSON-RPC lines on the given streams', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const server: Server = await serveStdio({ client: miniClient(fakeFetch().fetch), tools, serverName: 'mini', version: '1.0.0', readOnly: true, stdin, stdout });
    open.push(server);
    const lines: unknown[] = [];
    stdout.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').trim().split('\n').map((line) => JSON.parse(line) as unknown)));
    stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} })}\n`);
    await expect.poll(() => lines.length).toBe(1);
    expect(lines[0]).toEqual({ jsonrpc: '2.0', id: 1, result: listToolsPayload(tools, { readOnly: true }) });
  });
});
