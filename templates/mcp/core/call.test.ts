import { describe, expect, it } from 'vitest';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { callTool } from './call.js';
import { createJob, deleteJob, fakeFetch, listJobs, miniClient, renameNote, waitJobDone, type Reply } from './testing/mini.js';
import type { ValueCheck } from '../sdk.js';
import type { ToolDefinition } from './tool.js';

const text = (result: CallToolResult): unknown => JSON.parse((result.content[0] as { text: string }).text);

describe('callTool requests', () => {
  it.each<[string, ToolDefinition, Record<string, unknown>, { method: string; url: string; headers: Record<string, string>; body?: unknown }]>([
    [
      'inline body, header parameter, project argument',
      createJob,
      { kind: 'batch', labels: ['a'], 'X-Trace': 't-1', project_id: 'p-arg' },
      { method: 'POST', url: 'https://api.test/jobs', headers: { 'x-project-id': 'p-arg', 'x-trace': 't-1' }, body: { kind: 'batch', labels: ['a'] } },
    ],
    ['project from the client when the argument is absent', createJob, { kind: 'interactive' }, { method: 'POST', url: 'https://api.test/jobs', headers: { 'x-project-id': 'p-default' }, body: { kind: 'interactive' } }],
    [
      'query parameters, cursor and page size',
      listJobs,
      { state: 'done', cursor: 'c1', page_size: 5 },
      { method: 'GET', url: 'https://api.test/jobs?state=done&cursor=c1&page_size=5', headers: { 'x-project-id': 'p-default' } },
    ],
    ['encoded path parameter, no body', deleteJob, { job_id: 'j 1/2' }, { method: 'DELETE', url: 'https://api.test/jobs/j%201%2F2', headers: {} }],
    ['wrapped body beside a clashing path parameter', renameNote, { id: 'n1', body: { id: 'n2', name: 'x' } }, { method: 'PUT', url: 'https://api.test/notes/n1', headers: {}, body: { id: 'n2', name: 'x' } }],
  ])('%s', async (_name, tool, args, expected) => {
    const { fetch, requests } = fakeFetch({ status: 200, body: { id: 'j', state: 'queued', data: [] } });
    const result = await callTool(miniClient(fetch), tool, args);
    expect(result.isError).toBeUndefined();
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request).toMatchObject({ method: expected.method, url: expected.url, body: expected.body, headers: { authorization: 'Bearer t0k', ...expected.headers } });
    expect(request!.headers['x-correlation-id']).toBeTruthy();
    // The SDK sends an idempotency key where the contract declares one, never elsewhere.
    expect('idempotency-key' in request!.headers).toBe(tool.operation.idempotency !== undefined);
  });
});

describe('callTool idempotency', () => {
  it.each([
    ['the caller key', { kind: 'batch', idempotency_key: 'agent-key-1' }, 'agent-key-1'],
    ['a generated key without one', { kind: 'batch' }, /^[0-9a-f-]{36}$/],
  ])('sends %s as the Idempotency-Key, never as a parameter', async (_name, args, expected) => {
    const { fetch, requests } = fakeFetch({ status: 200, body: { id: 'j', state: 'queued' } });
    await callTool(miniClient(fetch), createJob, args);
    expect(requests[0]!.headers['idempotency-key']).toMatch(expected);
    expect(requests[0]!.body).toEqual({ kind: 'batch' });
  });
});

describe('callTool results', () => {
  it.each([
    ['a next page', { data: [{ id: 'j1', state: 'done' }], next: 'c2' }, { items: [{ id: 'j1', state: 'done' }], next_cursor: 'c2' }],
    ['the last page', { data: [], next: null }, { items: [], next_cursor: null }],
    ['an omitted empty list', {}, { items: [], next_cursor: null }],
  ])('list tools answer {items, next_cursor} for %s', async (_name, page, expected) => {
    const { fetch } = fakeFetch({ status: 200, body: page });
    const result = await callTool(miniClient(fetch), listJobs, {});
    expect(result.structuredContent).toEqual(expected);
    expect(text(result)).toEqual(expected);
  });

  it('returns an object response as structured content and the same JSON as text', async () => {
    const job = { id: 'j1', state: 'queued' };
    const { fetch } = fakeFetch({ status: 202, body: job });
    const result = await callTool(miniClient(fetch), createJob, { kind: 'batch' });
    expect(result).toEqual({ content: [{ type: 'text', text: JSON.stringify(job) }], structuredContent: job });
  });

  it('says so when the API returns no content', async () => {
    const { fetch } = fakeFetch({ status: 204 });
    const result = await callTool(miniClient(fetch), deleteJob, { job_id: 'j1' });
    expect(result.structuredContent).toBeUndefined();
    expect(result.content).toEqual([{ type: 'text', text: 'Done: the API returned no content.' }]);
  });
});

describe('callTool argument validation', () => {
  const named = (rows: [ToolDefinition, Record<string, unknown>, string][]) => rows.map(([tool, args, problem]) => [tool.name, args, problem, tool] as const);
  it.each(named([
    [createJob, {}, 'missing required argument "kind"'],
    [createJob, { kind: 'nightly' }, 'argument "kind" must be one of "batch", "interactive"'],
    [createJob, { kind: 'batch', colour: 'red' }, 'unknown argument "colour"'],
    [createJob, { kind: 'batch', labels: [1] }, 'argument "labels.0" must be string'],
    [createJob, { kind: 'batch', projectId: 'p' }, 'unknown argument "projectId"'],
    [listJobs, { page_size: 0 }, 'argument "page_size" must be >= 1'],
    [listJobs, { page_size: '5' }, 'argument "page_size" must be integer'],
    [deleteJob, { job_id: '' }, 'argument "job_id" must NOT have fewer than 1 characters'],
    [renameNote, { id: 'n1', body: { id: 'n2' } }, 'missing required argument "body.name"'],
  ]))('%s %j: %s', async (_name, args, problem, tool) => {
    const { fetch, requests } = fakeFetch({ status: 200, body: {} });
    const result = await callTool(miniClient(fetch), tool, args);
    expect(requests).toHaveLength(0);
    expect(result.isError).toBe(true);
    expect(text(result)).toEqual({
      code: 'invalid_arguments',
      message: expect.stringContaining(problem) as string,
      correlation_id: null,
      http_status: null,
      retryable: false,
    });
    expect((text(result) as { message: string }).message).toMatch(new RegExp(`^Invalid arguments for ${tool.name}: `));
  });

  it('lists every problem at once', async () => {
    const { fetch } = fakeFetch({ status: 200, body: {} });
    const result = await callTool(miniClient(fetch), createJob, { labels: 'a', extra: 1 });
    const { message } = text(result) as { message: string };
    expect(message).toContain('missing required argument "kind"');
    expect(message).toContain('unknown argument "extra"');
    expect(message).toContain('argument "labels" must be array');
  });
});

describe('callTool API failures', () => {
  const notFound: Reply = { status: 404, body: { code: 'job_not_found', message: 'No job j9', correlation_id: 'corr-9', details: { id: 'j9' } } };

  it.each<[string, ToolDefinition, Record<string, unknown>, Reply[], object]>([
    [
      'the envelope is kept as the server sent it',
      deleteJob,
      { job_id: 'j9' },
      [notFound],
      { code: 'job_not_found', message: '404 job_not_found: No job j9 (correlation_id: corr-9)', correlation_id: 'corr-9', http_status: 404, retryable: false, details: { id: 'j9' } },
    ],
    [
      'a retryable server error with the id from the header',
      listJobs,
      {},
      [{ status: 503, body: { code: 'unavailable', message: 'Try later' }, headers: { 'X-Correlation-ID': 'hdr-1' } }],
      { code: 'unavailable', correlation_id: 'hdr-1', http_status: 503, retryable: true },
    ],
  ])('%s', async (_name, tool, args, replies, expected) => {
    const { fetch } = fakeFetch(...replies);
    const result = await callTool(miniClient(fetch), tool, args);
    expect(result.isError).toBe(true);
    expect(text(result)).toMatchObject(expected);
  });

  it('carries the error as structured content too when the tool has no output schema', async () => {
    const { fetch } = fakeFetch(notFound);
    const result = await callTool(miniClient(fetch), deleteJob, { job_id: 'j9' });
    expect(result.structuredContent).toEqual(text(result));
  });

  it('keeps structured content for the declared output shape only', async () => {
    const { fetch } = fakeFetch(notFound);
    const result = await callTool(miniClient(fetch), createJob, { kind: 'batch' });
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toBeUndefined();
    expect(text(result)).toMatchObject({ code: 'job_not_found', correlation_id: 'corr-9' });
  });

  it('fails before sending when no project is set anywhere', async () => {
    const { fetch, requests } = fakeFetch({ status: 204 });
    const result = await callTool(miniClient(fetch, {}), deleteJob, { job_id: 'j1' });
    expect(requests).toHaveLength(0);
    expect(text(result)).toMatchObject({ code: null, http_status: null, retryable: false, message: expect.stringContaining('project') as string });
  });

  it('stops when the caller cancels', async () => {
    const { fetch } = fakeFetch({ status: 204 });
    const controller = new AbortController();
    controller.abort();
    const result = await callTool(miniClient(fetch), deleteJob, { job_id: 'j1' }, { signal: controller.signal });
    expect(text(result)).toMatchObject({ message: expect.stringContaining('aborted') as string, retryable: false });
  });
});

describe('callTool on a wait tool', () => {
  const job = (state: string) => ({ status: 200, body: { id: 'j1', state } });

  it('polls until the success state, reporting each poll, and returns the final result', async () => {
    const { fetch, requests } = fakeFetch(job('queued'), job('running'), job('done'));
    const progress: [number, string][] = [];
    const result = await callTool(miniClient(fetch), waitJobDone, { job_id: 'j1', max_wait_seconds: 30 }, { onProgress: (n, message) => progress.push([n, message]) });
    expect(result.isError).toBeUndefined();
    expect(result.structuredContent).toEqual({ id: 'j1', state: 'done' });
    expect(requests.map((r) => r.url)).toEqual(Array(3).fill('https://api.test/jobs/j1'));
    expect(progress).toEqual([[1, 'state: queued'], [2, 'state: running'], [3, 'state: done']]);
  });

  it('reports a failure state as wait_failed with the last result, not retryable', async () => {
    const { fetch } = fakeFetch(job('running'), job('failed'));
    const result = await callTool(miniClient(fetch), waitJobDone, { job_id: 'j1' });
    expect(result.isError).toBe(true);
    expect(text(result)).toMatchObject({ code: 'wait_failed', retryable: false, details: { waiter: 'done', state: 'failed', last: { id: 'j1', state: 'failed' } } });
  });

  it('stops at max_wait_seconds with wait_timeout, retryable: calling again goes on waiting', async () => {
    const { fetch, requests } = fakeFetch(job('running'));
    const result = await callTool(miniClient(fetch), waitJobDone, { job_id: 'j1', max_wait_seconds: 1 });
    expect(text(result)).toMatchObject({ code: 'wait_timeout', retryable: true, details: { state: 'running' } });
    expect(requests.length).toBeGreaterThan(1);
  });

  it('passes an API failure of a poll through unchanged', async () => {
    const { fetch } = fakeFetch({ status: 404, body: { code: 'job_not_found', message: 'No job', correlation_id: 'corr-1' } });
    const result = await callTool(miniClient(fetch), waitJobDone, { job_id: 'j1' });
    expect(text(result)).toMatchObject({ code: 'job_not_found', http_status: 404, correlation_id: 'corr-1' });
  });
});

describe('callTool under faults and bad inputs', () => {
  it('a failed keyed call returns the key it sent and whether it may have been applied', async () => {
    const { fetch, requests } = fakeFetch({ status: 503, body: { code: 'unavailable', message: 'busy' } });
    const result = await callTool(miniClient(fetch), createJob, { kind: 'batch' });
    expect(result.isError).toBe(true);
    expect(text(result)).toMatchObject({
      code: 'unavailable',
      retryable: true,
      idempotency_key: requests[0]!.headers['idempotency-key'],
      may_have_succeeded: true,
    });
  });

  it.each<[string, ValueCheck, RegExp]>([
    ['minLength', { type: ['string'], minLength: 3 }, /argument "kind" must be at least 3 characters long/],
    ['pattern', { type: ['string'], pattern: '^[a-z]+$' }, /argument "kind" must match the pattern \^\[a-z\]\+\$/],
    ['enum', { enum: ['batch', 'interactive'] }, /argument "kind" must be one of "batch", "interactive"/],
  ])('the contract checks the CLI runs hold here too (%s), whatever the input schema says, before any request', async (_name, check, message) => {
    // An input schema that says nothing of the constraint: the operation's checks still apply.
    const strict: ToolDefinition = {
      ...createJob,
      inputSchema: { type: 'object', properties: { kind: { type: 'string' } }, additionalProperties: false },
      operation: { ...createJob.operation, checks: { body: { object: true, fields: { kind: check } } } },
    };
    const args = { kind: 'A!' };
    const { fetch, requests } = fakeFetch({ status: 200, body: { id: 'j', state: 'queued' } });
    const result = await callTool(miniClient(fetch), strict, args);
    expect(result.isError).toBe(true);
    expect(text(result)).toMatchObject({ code: 'invalid_arguments', retryable: false, message: expect.stringMatching(message) });
    expect(requests).toHaveLength(0);
  });
});
