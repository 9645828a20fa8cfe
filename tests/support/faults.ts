/**
 * The fault rig: a stateful allocations server that honours Idempotency-Key, behind a proxy that injects
 * the faults a real network and a real gateway produce: connection resets before and after the server
 * processed the request, 503 and 429 with Retry-After, answers held past the client's timeout (before and
 * after processing) and HTML 502 pages (before and after processing). Which fault a request meets depends
 * only on the seed, the allocation's sku_id and how many requests for it came before, so a run is the same
 * whatever the concurrency or the machine's speed.
 *
 * Any client joins the same way: start the rig (startFaultRig, or `tsx tests/support/fault-rig.ts` for
 * another language's tests), create N allocations through it with exactlyOnce(), repeating failed calls
 * the way their errors say, and compare the server's count: exactly N created, 0 duplicates, 0 silent losses.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const FAULTS = [
  'reset-before',
  'reset-after',
  '503',
  '429',
  'slow-before',
  'slow-after',
  'html-502-before',
  'html-502-after',
] as const;
export type Fault = (typeof FAULTS)[number];

export interface FaultRigOptions {
  seed: number;
  /** Share of create requests that meet a fault (default 0.5). */
  faultRate?: number;
  /** How long a slow answer is held: longer than the client's timeout (default 1500 ms). */
  slowMs?: number;
}

export interface RigStats {
  /** Allocations the server created. */
  created: number;
  /** Allocations beyond the first for the same sku_id: a create applied twice. */
  duplicates: number;
  /** Allocation ids per sku_id, in creation order. */
  bySku: Record<string, string[]>;
  /** How often each fault was injected. */
  faults: Record<Fault, number>;
  /** Create requests that reached the proxy. */
  requests: number;
}

export interface FaultRig {
  /** Base URL of the proxy: point the client here. */
  url: string;
  /** The bearer token the server accepts, and the project it expects in X-Project-ID. */
  token: string;
  projectId: string;
  stats(): RigStats;
  close(): Promise<void>;
}

/** mulberry32 over a string hash: a small, well-mixed PRNG, so the same seed gives the same faults. */
function random(seed: number, key: string): number {
  let h = seed >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x5bd1e995) >>> 0;
  let t = (h + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const PATH = '/api/v1/allocations';
const readBody = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};
const listen = (server: Server): Promise<string> =>
  new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

function jsonAnswer(status: number, body: unknown, headers: Record<string, string> = {}): Answer {
  return { status, headers: { 'content-type': 'application/json', 'x-correlation-id': randomUUID(), ...headers }, body: JSON.stringify(body) };
}

/** The allocations create endpoint of the contract, with a key store: a repeated key replays the first answer. */
function allocationsServer(token: string, projectId: string) {
  const byKey = new Map<string, { body: string; answer: Answer }>();
  const bySku: Record<string, string[]> = {};
  let created = 0;
  const handle = (method: string, path: string, headers: IncomingMessage['headers'], body: string): Answer => {
    if (method !== 'POST' || path !== PATH) return jsonAnswer(404, { code: 'not_found', message: `${method} ${path}` });
    if (headers.authorization !== `Bearer ${token}`) return jsonAnswer(401, { code: 'unauthorized', message: 'bad token' });
    if (headers['x-project-id'] !== projectId) return jsonAnswer(403, { code: 'forbidden', message: 'wrong project' });
    const key = headers['idempotency-key'] as string | undefined;
    const stored = key === undefined ? undefined : byKey.get(key);
    if (stored) {
      return stored.body === body
        ? stored.answer
        : jsonAnswer(422, { code: 'idempotency_key_reused', message: 'the key was used with another body' });
    }
    let input: { sku_id?: unknown; scheduler_type?: unknown };
    try {
      input = body === '' ? {} : (JSON.parse(body) as typeof input);
    } catch {
      return jsonAnswer(400, { code: 'invalid_json', message: 'the body is not JSON' });
    }
    const sku = typeof input.sku_id === 'string' ? input.sku_id : 'any';
    const id = `alloc_${randomUUID()}`;
    created++;
    (bySku[sku] ??= []).push(id);
    const now = new Date().toISOString();
    const answer = jsonAnswer(202, {
      id,
      project_id: projectId,
      scheduler_type: typeof input.scheduler_type === 'string' ? input.scheduler_type : 'bare_metal',
      node_id: null,
      sku_id: sku,
      status: 'pending',
      created_at: now,
      updated_at: now,
      failure_reason: null,
    });
    if (key !== undefined) byKey.set(key, { body, answer });
    return answer;
  };
  return { handle, created: () => created, bySku };
}

export async function startFaultRig(options: FaultRigOptions): Promise<FaultRig> {
  const { seed, faultRate = 0.5, slowMs = 1500 } = options;
  const token = `rig-token-${seed}`;
  const projectId = 'proj_faults';
  const api = allocationsServer(token, projectId);
  const faults = Object.fromEntries(FAULTS.map((f) => [f, 0])) as Record<Fault, number>;
  const seen = new Map<string, number>();
  let requests = 0;
  const sockets = new Set<import('node:net').Socket>();

  const choose = (body: string): Fault | undefined => {
    let sku = 'any';
    try {
      sku = String((JSON.parse(body) as { sku_id?: unknown }).sku_id ?? 'any');
    } catch {
      // An unparseable body meets faults under one name.
    }
    const nth = (seen.get(sku) ?? 0) + 1;
    seen.set(sku, nth);
    const roll = random(seed, `${sku}#${nth}`);
    if (roll >= faultRate) return undefined;
    return FAULTS[Math.floor((roll / faultRate) * FAULTS.length)];
  };

  const send = (response: ServerResponse, answer: Answer) => {
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
  };
  const html502 = (): Answer => ({ status: 502, headers: { 'content-type': 'text/html' }, body: '<html><body><h1>502 Bad Gateway</h1></body></html>' });
  const retryLater = (status: number, code: string): Answer =>
    jsonAnswer(status, { code, message: 'try again later' }, { 'retry-after': '1', 'retry-after-ms': '50' });

  const proxy = createServer(async (request, response) => {
    const body = await readBody(request);
    const path = new URL(request.url ?? '/', 'http://rig').pathname;
    if (path === '/__rig/stats') return send(response, jsonAnswer(200, stats()));
    const forward = () => api.handle(request.method ?? 'GET', path, request.headers, body);
    const fault = request.method === 'POST' && path === PATH ? choose(body) : undefined;
    if (request.method === 'POST' && path === PATH) requests++;
    if (fault) faults[fault]++;
    switch (fault) {
      case undefined:
        return send(response, forward());
      case 'reset-before':
        return request.socket.destroy();
      case 'reset-after':
        forward();
        return request.socket.destroy();
      case '503':
        return send(response, retryLater(503, 'unavailable'));
      case '429':
        return send(response, retryLater(429, 'rate_limited'));
      case 'slow-before':
        // The client gives up first; the server processes the request anyway, later.
        await sleep(slowMs);
        return send(response, forward());
      case 'slow-after': {
        const answer = forward();
        await sleep(slowMs);
        return send(response, answer);
      }
      case 'html-502-before':
        return send(response, html502());
      case 'html-502-after':
        forward();
        return send(response, html502());
    }
  });
  proxy.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  proxy.keepAliveTimeout = 1000;

  const stats = (): RigStats => {
    const bySku = Object.fromEntries(Object.entries(api.bySku).map(([sku, ids]) => [sku, [...ids]]));
    const duplicates = Object.values(bySku).reduce((sum, ids) => sum + ids.length - 1, 0);
    return { created: api.created(), duplicates, bySku, faults: { ...faults }, requests };
  };

  const url = await listen(proxy);
  return {
    url,
    token,
    projectId,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        proxy.close(() => resolve());
      }),
  };
}

/** What one call of a client returned: the allocation's id, or its error as the client reports it. */
export type CreateOutcome =
  | { ok: true; id: string }
  | {
      ok: false;
      /** Repeating is safe (with `repeat` as given). */
      retryable: boolean;
      mayHaveSucceeded: boolean;
      /** How to repeat: the idempotency key the error names (the CLI: its printed command). */
      repeat?: string;
      message: string;
    };

export interface ExactlyOnceResult {
  n: number;
  /** Allocations the server holds for the N creates. */
  created: number;
  duplicates: number;
  /**
   * Calls whose outcome the client misreported: success with an id the server does not have for it, or a
   * final failure that did not say it may have succeeded although the server created it.
   */
  silentLosses: number;
  /** Creates that ended in an error after every repeat the errors allowed. */
  failed: number;
  /** Calls made, first tries and repeats. */
  calls: number;
  faults: Record<Fault, number>;
}

/**
 * N creates (sku_id `sku-<i>`), `concurrency` at a time, each repeated while its error says repeating is
 * safe, the way it says (`repeat`), at most `maxRepeats` times.
 */
export async function exactlyOnce(
  rig: FaultRig,
  options: { n: number; concurrency?: number; maxRepeats?: number },
  create: (sku: string, repeat: string | undefined) => Promise<CreateOutcome>,
): Promise<ExactlyOnceResult> {
  const { n, concurrency = 5, maxRepeats = 12 } = options;
  const outcomes: CreateOutcome[] = [];
  let calls = 0;
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      let outcome: CreateOutcome;
      let repeat: string | undefined;
      for (let tries = 0; ; tries++) {
        calls++;
        outcome = await create(`sku-${i}`, repeat);
        if (outcome.ok || !outcome.retryable || tries >= maxRepeats) break;
        repeat = outcome.repeat;
      }
      outcomes[i] = outcome;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const stats = rig.stats();
  let silentLosses = 0;
  let failed = 0;
  let created = 0;
  let duplicates = 0;
  outcomes.forEach((outcome, i) => {
    const ids = stats.bySku[`sku-${i}`] ?? [];
    created += ids.length;
    duplicates += Math.max(0, ids.length - 1);
    if (outcome.ok && !ids.includes(outcome.id)) silentLosses++;
    if (!outcome.ok) {
      failed++;
      if (ids.length && !outcome.mayHaveSucceeded) silentLosses++;
    }
  });
  return { n, created, duplicates, silentLosses, failed, calls, faults: stats.faults };
}
