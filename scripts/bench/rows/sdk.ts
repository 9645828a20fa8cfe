/**
 * SDK rows, against the bench server in its own process (so this process's CPU is the client's alone):
 * - sequential loopback GETs, CPU per call, the SDK against `undici.request` on a keep-alive Agent
 *   (the anchor) and global `fetch` (shown);
 * - 32 requests in flight, requests per second, the SDK against `undici.request`;
 * - the Python SDK against raw httpx (scripts/bench/python_overhead.py, in one interpreter).
 */
import path from 'node:path';
import { Agent, request } from 'undici';
import { ROOT, inProcess, interleave, median, ratioFigure, summarize, type Figure, type Row } from '../harness.js';
import { ROOT as PY_ROOT, runVenvAsync } from '../../python/venv.js';
import { profileInProcess } from '../profile.js';
import { startServer } from '../servers.js';

const PATH = '/api/v1/billing/balance';
const HEADERS = { authorization: 'Bearer t', accept: 'application/json' };

type Call = () => Promise<unknown>;

async function clients(baseUrl: string): Promise<{ sdk: Call; undici: Call; fetch: Call; close(): Promise<void> }> {
  const { Gpuaas } = await import('@gpuaas/sdk');
  const client = new Gpuaas({ baseUrl, token: 't', maxRetries: 0 });
  const agent = new Agent({ keepAliveTimeout: 60_000 });
  const url = `${baseUrl}${PATH}`;
  return {
    sdk: () => client.billing.balance(),
    undici: async () => (await request(url, { headers: HEADERS, dispatcher: agent })).body.json(),
    fetch: async () => (await fetch(url, { headers: HEADERS })).json(),
    close: () => agent.close(),
  };
}

const sequential = (call: Call, calls: number) => async () => {
  for (let i = 0; i < calls; i++) await call();
};

const concurrent = (call: Call, total: number) => async () => {
  let next = 0;
  await Promise.all(Array.from({ length: 32 }, async () => {
    while (next++ < total) await call();
  }));
};

/** The SDK's loop and the anchor's, each once under the in-process profiler (after a warm-up). */
async function clientProfiles(shape: typeof sequential, calls: number, what: string, dir: string) {
  const server = await startServer(0);
  try {
    const c = await clients(server.url);
    await shape(c.sdk, calls)();
    await shape(c.undici, calls)();
    const profiles = [await profileInProcess(`SDK, ${calls} ${what}`, shape(c.sdk, calls), dir), await profileInProcess(`undici.request, ${calls} ${what}`, shape(c.undici, calls), dir)];
    await c.close();
    return profiles;
  } finally {
    await server.stop();
  }
}

async function sequentialRow(runs: number, calls: number): Promise<Figure[]> {
  const server = await startServer(0);
  try {
    const c = await clients(server.url);
    const loop = (call: Call) => () => inProcess(sequential(call, calls));
    for (const call of [c.sdk, c.undici, c.fetch]) await loop(call)(); // warm pools and JIT alike
    const samples = await interleave(runs, { sdk: loop(c.sdk), undici: loop(c.undici), fetch: loop(c.fetch) });
    await c.close();
    const perCall = (k: keyof typeof samples) => {
      const s = summarize(samples[k]);
      return { value: s.cpuMs / calls, unit: 'ms cpu/call', detail: `${(s.wallMs / calls).toFixed(3)} ms wall/call, ${calls} calls × ${s.runs} runs` };
    };
    return [
      ratioFigure(`SDK, ${calls} sequential loopback GETs, CPU per call`, perCall('sdk'), 'undici.request (keep-alive Agent)', perCall('undici'), { op: '<=', limit: 1.15, on: 'ratio' }),
      ratioFigure(`SDK, ${calls} sequential loopback GETs, CPU per call, vs fetch (shown)`, perCall('sdk'), 'global fetch', perCall('fetch')),
    ];
  } finally {
    await server.stop();
  }
}

async function concurrencyRow(runs: number, calls: number): Promise<Figure[]> {
  const server = await startServer(0);
  const total = calls * 4;
  try {
    const c = await clients(server.url);
    const burst = (call: Call) => () => inProcess(concurrent(call, total));
    for (const call of [c.sdk, c.undici]) await burst(call)();
    const samples = await interleave(runs, { sdk: burst(c.sdk), undici: burst(c.undici) });
    await c.close();
    const rate = (k: keyof typeof samples) => {
      const s = summarize(samples[k]);
      return { value: total / (median(samples[k].map((r) => r.wallMs)) / 1000), unit: 'req/s', detail: `${total} calls × ${s.runs} runs, ${(s.cpuMs / total).toFixed(3)} ms cpu/call` };
    };
    return [ratioFigure('SDK, concurrency 32, requests per second', rate('sdk'), 'undici.request (keep-alive Agent)', rate('undici'), { op: '>=', limit: 0.9, on: 'ratio' }, 'wall-clock throughput: on a loaded machine the least stable figure')];
  } finally {
    await server.stop();
  }
}

async function pythonRow(runs: number, calls: number): Promise<Figure[]> {
  const server = await startServer(0);
  try {
    const result = await runVenvAsync('python', [path.join(ROOT, 'scripts/bench/python_overhead.py'), server.url, String(calls), String(runs)], {
      env: { ...process.env, PYTHONPATH: path.join(PY_ROOT, 'generated/python') },
    });
    if (result.status !== 0) throw new Error(`python_overhead.py failed:\n${result.stderr}`);
    const r = JSON.parse(result.stdout) as Record<'httpx' | 'sdk', { cpu_ms: number; wall_ms: number }>;
    const q = (k: 'httpx' | 'sdk') => ({ value: r[k].cpu_ms / calls, unit: 'ms cpu/call', detail: `${(r[k].wall_ms / calls).toFixed(3)} ms wall/call, ${calls} calls × ${runs} runs` });
    return [ratioFigure(`Python SDK, ${calls} sequential loopback GETs, CPU per call`, q('sdk'), 'raw httpx.Client + .json()', q('httpx'), { op: '<=', limit: 1.2, on: 'ratio' })];
  } finally {
    await server.stop();
  }
}

export const sdkRows: Row[] = [
  { id: 'sdk-sequential', title: 'SDK, sequential loopback GETs, CPU per call', goal: '≤ 1.15× undici.request', run: (ctx) => sequentialRow(ctx.runs, ctx.calls), profile: (ctx, dir) => clientProfiles(sequential, ctx.calls, 'sequential loopback GETs', dir) },
  { id: 'sdk-concurrency', title: 'SDK, concurrency 32', goal: '≥ 0.9× undici.request req/s', run: (ctx) => concurrencyRow(ctx.runs, ctx.calls), profile: (ctx, dir) => clientProfiles(concurrent, ctx.calls * 4, 'loopback GETs, 32 in flight', dir) },
  { id: 'python-sdk', title: 'Python SDK, sequential loopback GETs, CPU per call', goal: '≤ 1.2× raw httpx', run: (ctx) => pythonRow(ctx.runs, ctx.calls) },
];
