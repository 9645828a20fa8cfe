/**
 * The built @gpuaas/sdk against Prism serving the contract: every operation once with a request Prism
 * finds valid, every error class, pagination, idempotency across a retry, waiters, token refresh.
 */
import {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  Gpuaas,
  GpuaasError,
  InternalServerError,
  Keycloak,
  NotFoundError,
  PaginationError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  WaiterError,
  operations,
  type HttpExchange,
} from '@gpuaas/sdk';
import { beforeAll, describe, expect, inject, it } from 'vitest';

const ORG = 'org_01HZX3K8Q4ABCDEF';
const RUNTIME = 'srt_01HZX3K8Q4ABCDEF';
const PROJECT = 'proj_01HZX3K8Q4ABCDEF';
const VERIFIER = 'a'.repeat(43);

let baseUrl: string;
beforeAll(() => {
  baseUrl = inject('gpuaasUrl');
});

/** A client that records every exchange, with `Prefer` headers chosen per request. */
function recordingClient(prefer?: (url: URL, attempt: number) => string | undefined) {
  const exchanges: HttpExchange[] = [];
  const client = new Gpuaas({
    baseUrl,
    token: 'test-token',
    projectId: PROJECT,
    maxRetries: 0,
    onExchange: (e) => exchanges.push(e),
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      const choice = prefer?.(new URL(String(input)), exchanges.length);
      if (choice) headers.set('Prefer', choice);
      return fetch(input, { ...init, headers });
    },
  });
  return { client, exchanges };
}

type Call = (c: Gpuaas) => Promise<unknown>;
const CALLS: [string, Call][] = [
  ['personalLogin', (c) => c.auth.personalLogin({ username: 'ada', password: 'correct horse' })],
  ['refreshToken', (c) => c.auth.refresh({ refresh_token: 'rt' })],
  ['oidcAuthorize', (c) => c.auth.authorize({ provider: 'github', code_challenge: 'c'.repeat(43), state: 'st4te-0123456789', redirect_uri: 'http://127.0.0.1:53682/callback' })],
  ['oidcTokenExchange', (c) => c.auth.tokenExchange({ code: 'code', code_verifier: VERIFIER, redirect_uri: 'http://127.0.0.1:53682/callback' })],
  ['logout', (c) => c.auth.logout({ refresh_token: 'rt' })],
  ['whoami', (c) => c.auth.whoami()],
  ['listCatalogSkus', (c) => c.catalog.list()],
  ['listNodes', (c) => c.nodes.list({ status: 'available' })],
  ['listProjects', (c) => c.projects.list({ page_size: 10 })],
  ['createProject', (c) => c.projects.create({ name: 'Vision', slug: 'vision' })],
  ['getProject', (c) => c.projects.get(PROJECT)],
  ['listAllocations', (c) => c.allocations.list({ status: 'active' })],
  ['createAllocation', (c) => c.allocations.create({ scheduler_type: 'slurm' })],
  ['getAllocation', (c) => c.allocations.get('alloc_1')],
  ['releaseAllocation', (c) => c.allocations.release('alloc_1')],
  ['createTerminalToken', (c) => c.terminal.createToken('alloc_1')],
  ['getBillingBalance', (c) => c.billing.balance()],
  ['listSharedRuntimes', (c) => c.sharedRuntimes.list(ORG)],
  ['createSharedRuntime', (c) => c.sharedRuntimes.create(ORG, { name: 'llm', sku_id: 'sku_h100x8', min_workers: 1, max_workers: 2, image: 'ghcr.io/acme/llm:1' })],
  ['getSharedRuntime', (c) => c.sharedRuntimes.get(ORG, RUNTIME)],
  ['deleteSharedRuntime', (c) => c.sharedRuntimes.delete(ORG, RUNTIME)],
  ['listSharedRuntimeAttachments', (c) => c.sharedRuntimes.attachments.list(ORG, RUNTIME)],
  ['createSharedRuntimeAttachment', (c) => c.sharedRuntimes.attachments.create(ORG, RUNTIME, { project_id: PROJECT, name: 'team-a' })],
  ['getSharedRuntimeAttachment', (c) => c.sharedRuntimes.attachments.get(ORG, RUNTIME, 'att_1')],
  ['deleteSharedRuntimeAttachment', (c) => c.sharedRuntimes.attachments.delete(ORG, RUNTIME, 'att_1')],
  ['listSharedRuntimeWorkers', (c) => c.sharedRuntimes.workers.list(ORG, RUNTIME)],
  ['getSharedRuntimeWorker', (c) => c.sharedRuntimes.workers.get(ORG, RUNTIME, 'wrk_1')],
  ['listSharedRuntimeWorkerOperations', (c) => c.sharedRuntimes.workerOperations.list(ORG, RUNTIME)],
  ['createSharedRuntimeWorkerOperation', (c) => c.sharedRuntimes.workerOperations.create(ORG, RUNTIME, { worker_id: 'wrk_1', operation: 'drain' })],
  ['getSharedRuntimeWorkerOperation', (c) => c.sharedRuntimes.workerOperations.get(ORG, RUNTIME, 'wop_1')],
];

describe('every operation against the mock', () => {
  it('covers every operation of the contract', () => {
    expect(CALLS.map(([id]) => id).sort()).toEqual(Object.keys(operations).sort());
  });

  it.each(CALLS)('%s: a request the contract accepts', async (id, call) => {
    const { client, exchanges } = recordingClient();
    await call(client);
    expect(exchanges).toHaveLength(1);
    const [exchange] = exchanges;
    expect(exchange!.operationId).toBe(id);
    expect(exchange!.response?.headers['sl-violations'], exchange!.response?.headers['sl-violations']).toBeUndefined();
    expect(exchange!.request.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(exchange!.request.headers.authorization).toBe(operations[id as keyof typeof operations].auth ? 'Bearer [REDACTED]' : undefined);
  });

  it('keycloak password grant, form-encoded', async () => {
    const keycloak = new Keycloak({ baseUrl: inject('keycloakUrl'), maxRetries: 0 });
    const tokens = await keycloak.keycloak.token('gpuaas', { grant_type: 'password', username: 'ada', password: 'pw', client_id: 'gpuaas-cli' });
    expect(tokens).toMatchObject({ access_token: expect.any(String), token_type: expect.stringMatching(/bearer/i) });
  });
});

describe('errors', () => {
  it.each([
    [400, BadRequestError, (c: Gpuaas) => c.projects.create({ name: 'x' })],
    [401, AuthenticationError, (c: Gpuaas) => c.auth.whoami()],
    [402, PaymentRequiredError, (c: Gpuaas) => c.allocations.create({})],
    [403, PermissionDeniedError, (c: Gpuaas) => c.nodes.list()],
    [404, NotFoundError, (c: Gpuaas) => c.projects.get('proj_missing')],
    [409, ConflictError, (c: Gpuaas) => c.allocations.release('alloc_1')],
    [422, UnprocessableEntityError, (c: Gpuaas) => c.projects.create({ name: 'x' })],
    [429, RateLimitError, (c: Gpuaas) => c.catalog.list()],
    [500, InternalServerError, (c: Gpuaas) => c.billing.balance()],
  ] as const)('%i -> %o with the server code and correlation id', async (status, ErrorClass, call) => {
    const { client } = recordingClient(() => `code=${status}`);
    const error = (await call(client).catch((e: unknown) => e)) as GpuaasError;
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(GpuaasError);
    expect(error.status).toBe(status);
    expect(error.errorCode).toMatch(/^[a-z_]+$/);
    expect(error.correlationId).toMatch(/^corr_[0-9a-f]+$/);
    expect(error.message).toContain(error.errorCode!);
  });

  it('keeps the server code of a named example (expired token)', async () => {
    const { client } = recordingClient(() => 'code=401, example=expired_token');
    await expect(client.auth.whoami()).rejects.toMatchObject({ errorCode: 'token_expired', status: 401 });
  });

  it('refuses a project-scoped call without a project, before any request', async () => {
    const exchanges: HttpExchange[] = [];
    const client = new Gpuaas({ baseUrl, token: 't', onExchange: (e) => exchanges.push(e) });
    await expect(client.allocations.list()).rejects.toMatchObject({ name: 'ConfigurationError' });
    expect(exchanges).toHaveLength(0);
  });
});

describe('pagination', () => {
  it('iterates items across the first and last pages', async () => {
    const { client, exchanges } = recordingClient((url) => (url.searchParams.has('cursor') ? 'example=last_page' : 'example=first_page'));
    const ids: string[] = [];
    for await (const node of client.nodes.list()) ids.push(node.id);
    expect(exchanges).toHaveLength(2);
    expect(ids.length).toBeGreaterThan(2);
    const first = await client.nodes.list();
    expect(first.hasNextPage()).toBe(true);
    expect((await first.getNextPage()).hasNextPage()).toBe(false);
  });

  it('stops with an error when the server repeats a cursor', async () => {
    const { client } = recordingClient(() => 'example=first_page');
    const iterate = async () => {
      for await (const _ of client.projects.list()) void _;
    };
    await expect(iterate()).rejects.toBeInstanceOf(PaginationError);
  });
});

describe('idempotency and retries', () => {
  it('sends one Idempotency-Key, reused by the retry after a 503', async () => {
    const keys: (string | null)[] = [];
    let attempt = 0;
    const client = new Gpuaas({
      baseUrl,
      token: 't',
      projectId: PROJECT,
      maxRetries: 2,
      fetch: async (input, init) => {
        const headers = new Headers(init?.headers);
        keys.push(headers.get('idempotency-key'));
        // The first attempt fails in transit as a 503 the server never saw; the retry reaches Prism.
        if (attempt++ === 0) return Response.json({ code: 'unavailable', message: 'try again', correlation_id: 'corr_x' }, { status: 503 });
        return fetch(input, init);
      },
    });
    const allocation = await client.allocations.create({ scheduler_type: 'k8s' });
    expect(allocation.id).toBeTruthy();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('uses the caller-supplied key', async () => {
    const { client, exchanges } = recordingClient();
    await client.projects.create({ name: 'Vision' }, { idempotencyKey: 'my-key-1' });
    expect(exchanges[0]!.request.headers['idempotency-key']).toBe('my-key-1');
  });
});

describe('waiters', () => {
  it('resolves when the allocation becomes active', async () => {
    const { client } = recordingClient((_url, n) => (n === 0 ? 'example=pending' : 'example=active'));
    const polls: (string | undefined)[] = [];
    const allocation = await client.allocations.waitUntilActive('alloc_1', {}, { onPoll: (state) => polls.push(state), sleep: async () => undefined });
    expect(allocation.status).toBe('active');
    expect(polls).toEqual(['pending', 'active']);
  });

  it('fails with a typed error on the failure state', async () => {
    const { client } = recordingClient(() => 'example=failed');
    const error = await client.allocations.waitUntilActive('alloc_1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterError);
    expect(error).toMatchObject({ state: 'failed' });
  });
});

describe('auth', () => {
  it('refreshes an expired token through the refresh operation before calling', async () => {
    const refreshed: string[] = [];
    const provider = Gpuaas.refreshingTokenProvider(
      { accessToken: 'old', refreshToken: 'rt', expiresAt: Date.now() - 1000 },
      { baseUrl, onRefresh: (tokens) => void refreshed.push(tokens.accessToken) },
    );
    const exchanges: HttpExchange[] = [];
    const client = new Gpuaas({ baseUrl, tokenProvider: provider, onExchange: (e) => exchanges.push(e) });
    await client.auth.whoami();
    expect(refreshed).toHaveLength(1);
    expect(exchanges.at(-1)!.response?.status).toBe(200);
  });

  it('reads the OIDC redirect without following it', async () => {
    const { client } = recordingClient();
    const { response } = await client.auth
      .authorize({ provider: 'google', code_challenge: 'c'.repeat(43), state: 'st4te-0123456789', redirect_uri: 'http://127.0.0.1:53682/callback' })
      .withResponse();
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toMatch(/^https:\/\//);
  });
});
