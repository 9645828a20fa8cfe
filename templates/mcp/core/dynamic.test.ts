import { describe, expect, it } from 'vitest';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { budget, listToolsPayload, resolveMode } from './budget.js';
import { CALL_TOOL, DESCRIBE_TOOL, DynamicTools, SEARCH_TOOL, searchEndpoints, searchTerms, type SearchResult } from './dynamic.js';
import { selectTools } from './filter.js';
import { createJob, deleteJob, fakeFetch, getJobToken, listJobs, miniClient, tools, waitJobDone } from './testing/mini.js';

const all = [...tools, waitJobDone, getJobToken];
const json = (result: CallToolResult): Record<string, unknown> => JSON.parse((result.content[0] as { text: string }).text) as Record<string, unknown>;
const names = (found: unknown): string[] => (found as SearchResult).endpoints.map((e) => e.name);

describe('searchTerms', () => {
  it.each([
    ['createJob', ['create', 'job']],
    ['wait_job_done', ['wait', 'job', 'done']],
    ['List the jobs of a project', ['list', 'job', 'project']],
    ['/jobs/{job_id}', ['job', 'job', 'id']],
    ['Policies, access', ['policy', 'access']],
  ])('%s', (text, expected) => expect(searchTerms(text)).toEqual(expected));
});

describe('searchEndpoints', () => {
  it.each([
    ['words of the task, best first', { query: 'delete a job' }, ['delete_job']],
    ['a plural finds the singular', { query: 'rename notes' }, ['rename_note']],
    ['a word start', { query: 'renam' }, ['rename_note']],
    ['the wait tool by its purpose', { query: 'wait until job done' }, ['wait_job_done']],
  ])('finds %s', (_name, input, first) => {
    expect(names(searchEndpoints(all, input)).slice(0, first.length)).toEqual(first);
  });

  it('ranks endpoints matching more words first', () => {
    expect(names(searchEndpoints(all, { query: 'start job' }))[0]).toBe('create_job');
  });

  it('filters by tag and finds nothing for words no endpoint has', () => {
    expect(names(searchEndpoints(all, { tag: 'notes' }))).toEqual(['rename_note']);
    expect(searchEndpoints(all, { query: 'kubernetes' })).toMatchObject({ endpoints: [], total: 0, next_cursor: null });
  });

  it('lists everything with the tags when asked for nothing, a page at a time', () => {
    const first = searchEndpoints(all, { limit: 4 }) as SearchResult;
    expect(first).toMatchObject({ total: all.length, next_cursor: '4', tags: [{ tag: 'jobs', endpoints: 5 }, { tag: 'notes', endpoints: 1 }] });
    const second = searchEndpoints(all, { limit: 4, cursor: first.next_cursor! }) as SearchResult;
    expect(second).toMatchObject({ next_cursor: null });
    expect(second.tags).toBeUndefined();
    expect([...names(first), ...names(second)].sort()).toEqual(all.map((t) => t.name).sort());
    expect(first.endpoints[0]).toEqual({ name: 'create_job', title: 'Start a job', method: 'POST', path: '/jobs', tags: ['jobs'] });
  });

  it('refuses a tag no endpoint has, naming the tags', () => {
    expect(searchEndpoints(all, { tag: 'job' })).toMatchObject({ code: 'unknown_tag', message: expect.stringContaining('tags: jobs, notes') });
  });
});

describe('DynamicTools', () => {
  it('lists three meta-tools whatever the number of endpoints', () => {
    const few = new DynamicTools([deleteJob]).list;
    const many = new DynamicTools(Array.from({ length: 500 }, (_, i) => ({ ...createJob, name: `create_job_${i}` }))).list;
    expect(few.map((t) => t.name)).toEqual([SEARCH_TOOL, DESCRIBE_TOOL, CALL_TOOL]);
    expect(JSON.stringify(many).length).toBe(JSON.stringify(new DynamicTools([createJob]).list).length);
  });

  it.each([
    ['only read-only endpoints', [listJobs], { readOnlyHint: true }],
    ['a destructive endpoint among them', [listJobs, deleteJob], { destructiveHint: true, idempotentHint: false }],
    ['mutations, none destructive', [listJobs, createJob], { destructiveHint: false, idempotentHint: false }],
  ])('annotates call_endpoint by what it can reach: %s', (_name, endpoints, expected) => {
    const call = new DynamicTools(endpoints).list.find((t) => t.name === CALL_TOOL)!;
    expect(call.annotations).toEqual({ title: 'Call an API endpoint', openWorldHint: true, ...expected });
  });

  it('describes an endpoint with everything needed to call it', async () => {
    const result = await new DynamicTools(all).call(miniClient(fakeFetch().fetch), DESCRIBE_TOOL, { name: 'create_job' });
    expect(result.isError).toBeUndefined();
    expect(result.structuredContent).toEqual({
      name: 'create_job',
      title: 'Start a job',
      description: createJob.description,
      method: 'POST',
      path: '/jobs',
      tags: ['jobs'],
      annotations: createJob.annotations,
      inputSchema: createJob.inputSchema,
      outputSchema: createJob.outputSchema,
    });
    const token = await new DynamicTools(all).call(miniClient(fakeFetch().fetch), DESCRIBE_TOOL, { name: 'get_job_token' });
    expect(token.structuredContent).toMatchObject({ liveCredential: true });
  });

  it('calls an endpoint exactly as static mode does', async () => {
    const { fetch, requests } = fakeFetch({ status: 200, body: { id: 'j1', state: 'queued' } });
    const result = await new DynamicTools(all).call(miniClient(fetch), CALL_TOOL, { name: 'create_job', arguments: { kind: 'batch', idempotency_key: 'k-1' } });
    expect(result.structuredContent).toEqual({ id: 'j1', state: 'queued' });
    expect(requests).toEqual([expect.objectContaining({ method: 'POST', url: 'https://api.test/jobs', body: { kind: 'batch' }, headers: expect.objectContaining({ 'idempotency-key': 'k-1' }) })]);
  });

  it("checks the endpoint's arguments before sending anything", async () => {
    const { fetch, requests } = fakeFetch({ status: 204 });
    const result = await new DynamicTools(all).call(miniClient(fetch), CALL_TOOL, { name: 'delete_job', arguments: { id: 'j1' } });
    expect(json(result)).toMatchObject({ code: 'invalid_arguments', message: expect.stringContaining('missing required argument "job_id"') });
    expect(requests).toHaveLength(0);
  });

  it.each([
    [DESCRIBE_TOOL, { name: 'delete_jobs' }, /No endpoint named "delete_jobs" \(closest: delete_job/],
    [CALL_TOOL, { name: 'nope' }, /No endpoint named "nope"; search_endpoints finds them/],
  ])('%s of an unknown endpoint is an error result pointing to search', async (tool, args, message) => {
    const result = await new DynamicTools(all).call(miniClient(fakeFetch().fetch), tool, args);
    expect(result.isError).toBe(true);
    expect(json(result)).toMatchObject({ code: 'unknown_endpoint', message: expect.stringMatching(message) });
  });

  it('rejects bad meta-tool arguments', async () => {
    const result = await new DynamicTools(all).call(miniClient(fakeFetch().fetch), SEARCH_TOOL, { limit: 0, words: 'x' });
    expect(json(result)).toMatchObject({ code: 'invalid_arguments', message: expect.stringMatching(/unknown argument "words".*argument "limit" must be >= 1/) });
  });

  it('knows only the endpoints the filter lets through: read-only leaves out mutations and live credentials', async () => {
    const meta = new DynamicTools(selectTools(all, { readOnly: true }));
    const client = miniClient(fakeFetch().fetch);
    expect(names((await meta.call(client, SEARCH_TOOL, {})).structuredContent)).toEqual(['list_jobs', 'wait_job_done']);
    expect((await meta.call(client, CALL_TOOL, { name: 'delete_job', arguments: { job_id: 'j1' } })).isError).toBe(true);
    expect(meta.list.find((t) => t.name === CALL_TOOL)!.annotations).toMatchObject({ readOnlyHint: true });
  });
});

describe('tool modes', () => {
  it.each([
    ['static stays static', { mode: 'static' as const }, 'static'],
    ['dynamic stays dynamic', { mode: 'dynamic' as const }, 'dynamic'],
    ['auto under the budget is static', { mode: 'auto' as const }, 'static'],
    ['auto over the budget is dynamic', { mode: 'auto' as const, toolBudget: 100 }, 'dynamic'],
    ['auto is the default', { toolBudget: 100 }, 'dynamic'],
  ])('%s', (_name, options, expected) => {
    expect(resolveMode(all, options)).toBe(expected);
    expect(budget(all, options).mode).toBe(expected);
  });

  it('prices both modes, and the dynamic list is what the server sends', () => {
    const cost = budget(all, { mode: 'dynamic' });
    expect(cost.tools.map((t) => t.name)).toEqual([SEARCH_TOOL, DESCRIBE_TOOL, CALL_TOOL]);
    expect(cost.total).toEqual(cost.modes.dynamic);
    expect(cost.modes.static).toEqual(budget(all, { mode: 'static' }).total);
    expect(listToolsPayload(all, { mode: 'dynamic' }).tools).toEqual(new DynamicTools(all).list);
  });
});
