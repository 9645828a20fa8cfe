/**
 * Test support for the runtime's tests (not copied into generated packages: copyRuntime takes only the
 * files directly in core/). A hand-written tool table in the generator's output shape, over the jobs API
 * of generator/fixtures/mini.yaml, plus a fetch that records requests and replays canned responses.
 */
import { ApiClient, type ContractMeta, type OperationSpec } from '../../sdk.js';
import type { ToolDefinition } from '../tool.js';

export const contract: ContractMeta = {
  errors: {
    codeField: 'code',
    messageField: 'message',
    correlationIdField: 'correlation_id',
    detailsField: 'details',
    correlationIdResponseHeader: 'X-Correlation-ID',
  },
  correlationIdRequestHeader: 'X-Correlation-ID',
  defaultBaseUrl: 'https://api.test',
  userAgent: '@mini/sdk/1.0.0',
};

const job = {
  type: 'object' as const,
  required: ['id', 'state'],
  properties: { id: { type: 'string' }, state: { type: 'string', enum: ['queued', 'running', 'done', 'failed'] } },
};
const project = { type: 'string', description: 'Project ID; defaults to the configured project.' };

const op = (spec: Omit<OperationSpec, 'auth' | 'pathParams' | 'query' | 'headers'> & Partial<OperationSpec>): OperationSpec => ({
  auth: true,
  pathParams: [],
  query: [],
  headers: [],
  ...spec,
});

export const listJobs: ToolDefinition = {
  name: 'list_jobs',
  title: 'List jobs',
  description: 'List jobs',
  inputSchema: {
    type: 'object',
    properties: {
      state: { type: 'string', enum: ['queued', 'running', 'done', 'failed'] },
      cursor: { type: 'string' },
      page_size: { type: 'integer', minimum: 1, maximum: 100 },
      project_id: project,
    },
    additionalProperties: false,
  },
  outputSchema: {
    type: 'object',
    properties: { items: { type: 'array', items: job }, next_cursor: { type: ['string', 'null'] } },
    required: ['items', 'next_cursor'],
  },
  annotations: { title: 'List jobs', readOnlyHint: true, openWorldHint: true },
  tags: ['jobs'],
  operationId: 'listJobs',
  operation: op({
    id: 'listJobs',
    method: 'GET',
    path: '/jobs',
    query: ['state', 'cursor', 'page_size'],
    projectHeader: 'X-Project-ID',
    retrySafe: true,
    // The contract's own field names: the tool still answers {items, next_cursor}.
    pagination: { cursorParam: 'cursor', pageSizeParam: 'page_size', itemsField: 'data', nextCursorField: 'next' },
  }),
  bodyInline: false,
  projectArg: 'project_id',
};

export const createJob: ToolDefinition = {
  name: 'create_job',
  title: 'Start a job',
  description: 'Start a job',
  inputSchema: {
    type: 'object',
    properties: {
      kind: { type: 'string', enum: ['batch', 'interactive'] },
      labels: { type: 'array', items: { type: 'string' } },
      'X-Trace': { type: 'string' },
      project_id: project,
      idempotency_key: { type: 'string', minLength: 1 },
    },
    required: ['kind'],
    additionalProperties: false,
  },
  outputSchema: job,
  annotations: { title: 'Start a job', destructiveHint: false, idempotentHint: true, openWorldHint: true },
  tags: ['jobs'],
  operationId: 'createJob',
  operation: op({
    id: 'createJob',
    method: 'POST',
    path: '/jobs',
    headers: ['X-Trace'],
    body: { mediaType: 'application/json', required: true },
    projectHeader: 'X-Project-ID',
    idempotency: { header: 'Idempotency-Key', required: false },
    retrySafe: false,
  }),
  bodyInline: true,
  projectArg: 'project_id',
  idempotencyArg: 'idempotency_key',
};

export const deleteJob: ToolDefinition = {
  name: 'delete_job',
  title: 'Delete a job',
  description: 'Delete a job',
  inputSchema: {
    type: 'object',
    properties: { job_id: { type: 'string', minLength: 1 }, project_id: project },
    required: ['job_id'],
    additionalProperties: false,
  },
  annotations: { title: 'Delete a job', destructiveHint: true, idempotentHint: true, openWorldHint: true },
  tags: ['jobs'],
  operationId: 'deleteJob',
  operation: op({ id: 'deleteJob', method: 'DELETE', path: '/jobs/{job_id}', pathParams: ['job_id'], projectHeader: 'X-Project-ID', retrySafe: true }),
  bodyInline: false,
  projectArg: 'project_id',
};

/** A body field named like the path parameter: the body is the `body` argument. */
export const renameNote: ToolDefinition = {
  name: 'rename_note',
  title: 'Rename a note',
  description: 'Rename a note',
  inputSchema: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      body: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } }, required: ['name'] },
    },
    required: ['id', 'body'],
    additionalProperties: false,
  },
  annotations: { title: 'Rename a note', destructiveHint: false, idempotentHint: true, openWorldHint: true },
  tags: ['notes'],
  operationId: 'renameNote',
  operation: op({ id: 'renameNote', method: 'PUT', path: '/notes/{id}', pathParams: ['id'], body: { mediaType: 'application/json', required: true }, retrySafe: true }),
  bodyInline: false,
};

export const tools: readonly ToolDefinition[] = [createJob, deleteJob, listJobs, renameNote];

const getJobOperation = op({ id: 'getJob', method: 'GET', path: '/jobs/{job_id}', pathParams: ['job_id'], projectHeader: 'X-Project-ID', retrySafe: true });

/** A wait tool as the generator emits one (not in `tools`): polls getJob every 0.2 s until `done`. */
export const waitJobDone: ToolDefinition = {
  name: 'wait_job_done',
  title: 'Wait until done (Get a job)',
  description: 'Waits until state is done, polling get_job.',
  inputSchema: {
    type: 'object',
    properties: { job_id: { type: 'string', minLength: 1 }, project_id: project, max_wait_seconds: { type: 'integer', minimum: 1, maximum: 60 } },
    required: ['job_id'],
    additionalProperties: false,
  },
  outputSchema: job,
  annotations: { title: 'Wait until done (Get a job)', readOnlyHint: true, openWorldHint: true },
  tags: ['jobs'],
  operationId: 'getJob',
  operation: getJobOperation,
  bodyInline: false,
  projectArg: 'project_id',
  wait: {
    waiter: { name: 'done', field: 'state', success: ['done'], failure: ['failed'], minDelaySeconds: 0.2, maxDelaySeconds: 0.2, maxWaitSeconds: 60 },
    maxWaitArg: 'max_wait_seconds',
    defaultWaitSeconds: 50,
  },
};

/** A GET whose result is a live credential (not in `tools`): read-only by method, never in read-only mode. */
export const getJobToken: ToolDefinition = {
  name: 'get_job_token',
  title: 'Get a job console token',
  description: 'Returns a live credential: keep it out of logs, files and replies. Get a job console token',
  inputSchema: { type: 'object', properties: { job_id: { type: 'string' } }, required: ['job_id'], additionalProperties: false },
  annotations: { title: 'Get a job console token', readOnlyHint: true, openWorldHint: true },
  tags: ['jobs'],
  operationId: 'getJobToken',
  operation: op({ id: 'getJobToken', method: 'GET', path: '/jobs/{job_id}/token', pathParams: ['job_id'], retrySafe: true }),
  bodyInline: false,
  liveCredential: true,
};

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A fetch that records each request and answers with the next reply (the last one repeats). */
export function fakeFetch(...replies: Reply[]): { fetch: typeof fetch; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const fetchFn = async (url: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => (headers[name] = value));
    requests.push({ method: init.method ?? 'GET', url: String(url), headers, body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined });
    const reply = replies[Math.min(requests.length, replies.length) - 1] ?? { status: 204 };
    const body = reply.body === undefined ? null : JSON.stringify(reply.body);
    return new Response(body, { status: reply.status, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...reply.headers } });
  };
  return { fetch: fetchFn as typeof fetch, requests };
}

/** A client as the CLI would pass it: token and default project configured, no retries to wait for. */
export function miniClient(fetchFn: typeof fetch, options: { projectId?: string } = { projectId: 'p-default' }): ApiClient {
  return new ApiClient({ token: 't0k', maxRetries: 0, fetch: fetchFn, ...options }, contract);
}
