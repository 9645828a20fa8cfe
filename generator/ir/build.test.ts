import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpec, type LoadedSpec } from '../load/load.js';
import { loadExtensionSchemas, validateSpec } from '../validate/validate.js';
import { buildIR } from './build.js';
import type { ContractIR, OperationIR } from './types.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
let ir: ContractIR;
let spec: LoadedSpec;
const op = (id: string): OperationIR => ir.operations.find((o) => o.id === id)!;

beforeAll(async () => {
  spec = await loadSpec('generator/fixtures/mini.yaml', ROOT);
  await validateSpec(spec, await loadExtensionSchemas(path.join(ROOT, 'openapi/extensions')));
  ir = buildIR(spec);
});

/** The IR of the mini contract with its document changed. */
function variant(change: (doc: any) => void): ContractIR {
  const document = structuredClone(spec.document);
  change(document);
  return buildIR({ ...spec, document });
}

describe('buildIR on the mini contract', () => {
  it('orders operations by CLI command', () => {
    expect(ir.operations.map((o) => o.cli.command.join(' '))).toEqual(['auth login', 'jobs create', 'jobs delete', 'jobs get', 'jobs list']);
  });

  it('reads the root extensions', () => {
    expect(ir.errors).toEqual({
      schemaName: 'Error',
      codeField: 'code',
      messageField: 'message',
      correlationIdField: 'correlation_id',
      detailsField: 'details',
      correlationIdResponseHeader: 'X-Correlation-ID',
      correlationIdRequestHeader: 'X-Correlation-ID',
    });
    expect(ir.project).toEqual({ header: 'X-Project-ID', cliFlag: 'project-id' });
    expect(ir.defaultBaseUrl).toBe('http://127.0.0.1:4010');
  });

  it.each([
    // id, method, auth, projectScoped, retrySafe, readOnly, destructive, idempotency kind
    ['login', 'POST', false, false, false, false, false, 'exempt'],
    ['listJobs', 'GET', true, true, true, true, false, undefined],
    ['createJob', 'POST', true, true, false, false, false, 'key'],
    ['getJob', 'GET', true, true, true, true, false, undefined],
    ['deleteJob', 'DELETE', true, true, true, false, true, 'exempt'],
  ])('%s: semantics', (id, method, auth, projectScoped, retrySafe, readOnly, destructive, idempotency) => {
    expect(op(id)).toMatchObject({ method, auth, projectScoped, retrySafe, readOnly, destructive });
    expect(op(id).idempotency?.kind).toBe(idempotency);
  });

  it('groups parameters by location, merges path-level ones, and leaves out the modelled headers', () => {
    const get = op('getJob');
    expect(get.parameters.path.map((p) => [p.name, p.cliFlag])).toEqual([['job_id', 'id']]);
    expect(get.parameters.header).toEqual([]);
    expect(op('createJob').parameters.header).toEqual([]);
  });

  it('fills defaults and inlines referenced enums', () => {
    const list = op('listJobs');
    expect(list.parameters.query.find((p) => p.name === 'page_size')).toMatchObject({ default: 20, cliFlag: 'page-size' });
    expect(list.parameters.query.find((p) => p.name === 'state')?.enum).toEqual(['queued', 'running', 'done', 'failed']);
    const kind = op('createJob').body?.fields.find((f) => f.name === 'kind');
    expect(kind).toMatchObject({ required: true, default: 'batch', enum: ['batch', 'interactive'], flaggable: true });
    expect(op('createJob').body?.fields.find((f) => f.name === 'spec')?.flaggable).toBe(false);
    expect(op('createJob').body?.fields.find((f) => f.name === 'labels')?.flaggable).toBe(true);
  });

  it('resolves pagination with the item schema', () => {
    expect(op('listJobs').pagination).toMatchObject({ cursorParam: 'cursor', itemsField: 'items', nextCursorField: 'next_cursor', itemSchemaName: 'Job', defaultPageSize: 20 });
  });

  it('fills waiter defaults and keeps the wait link', () => {
    expect(op('getJob').waiters).toEqual([
      { name: 'done', description: '', field: 'state', success: ['done'], failure: ['failed'], minDelaySeconds: 1, maxDelaySeconds: 10, maxWaitSeconds: 60, mcpTool: 'wait_job_done' },
    ]);
    expect(op('createJob').wait).toEqual({ operationId: 'getJob', waiter: 'done', parameters: { job_id: '$response.body#/id' } });
  });

  it('gives a tool the summary and the description, and says whether its result is a live credential', () => {
    expect(op('getJob').mcp).toEqual({ name: 'get_job', description: 'Get a job', liveCredential: false });
    const changed = variant((doc) => {
      Object.assign(doc.paths['/jobs/{job_id}'].get, { description: 'Polls well.', 'x-codegen-mcp': { liveCredential: true } });
    });
    expect(changed.operations.find((o) => o.id === 'getJob')!.mcp).toEqual({ name: 'get_job', description: 'Get a job. Polls well.', liveCredential: true });
  });

  it('refuses a wait tool named like another tool', () => {
    expect(() => variant((doc) => Object.assign(doc.paths['/jobs'].get, { 'x-codegen-mcp': { name: 'wait_job_done' } }))).toThrow(
      /MCP tool name "wait_job_done" is used by both/,
    );
  });

  it('names every target', () => {
    expect(op('listJobs')).toMatchObject({
      sdk: { resource: ['jobs'], method: 'list' },
      mcp: { name: 'list_jobs', description: 'List jobs' },
      cli: { columns: ['id', 'state', 'kind'].map((field) => ({ field, priority: 1, wrap: false })), aliases: ['ls'] },
    });
    expect(op('login').mcp.exclude).toBe('takes credentials');
    expect(op('getJob').cli.columns.map((c) => c.field)).toEqual(['id', 'state', 'kind']);
  });

  it('marks error responses and keeps references to components, in one form, resolvable in ir.schemas', () => {
    expect(op('getJob').responses.map((r) => [r.status, r.isError, r.schemaName])).toEqual([
      ['200', false, 'Job'],
      ['404', true, 'Error'],
    ]);
    const refs = [...JSON.stringify([ir.schemas, ir.operations]).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ir.schemas[ref.replace('#/components/schemas/', '')], ref).toBeDefined();
  });
});
