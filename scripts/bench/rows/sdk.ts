/**
 * SDK rows, against the bench server in its own process, the clients in plain node (scripts/bench/sdk-loop.mjs,
 * whose CPU is the clients' alone):
 * - sequential loopback GETs, CPU per call, the SDK against `undici.request` on a keep-alive Agent
 *   (the anchor) and global `fetch` (shown);
 * - 32 requests in flight, requests per second, the SDK against `undici.request`;
 * - the Python SDK against raw httpx (scripts/bench/python_overhead.py, in one interpreter).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { ROOT, childEnv, median, ratioFigure, summarize, type Figure, type Row } from '../harness.js';
import { ROOT as PY_ROOT, runVenvAsync } from '../../python/venv.js';
import { profileNodeChild } from '../profile.js';
import { startServer } from '../servers.js';

const LOOP = path.join(ROOT, 'scripts/bench/sdk-loop.mjs');

type Samples = Record<'sdk' | 'undici' | 'fetch', { cpuMs: number; wallMs: number }[]>;

type Mode = 'sequential' | 'concurrency';

/** node's arguments for sdk-loop.mjs (its gc() before each run needs --expose-gc); `only`: that contender alone. */
const loopArgs = (baseUrl: string, mode: Mode, calls: number, runs: number, only?: string): string[] => ['--expose-gc', LOOP, baseUrl, mode, String(calls), String(runs), ...(only ? [only] : [])];

/** scripts/bench/sdk-loop.mjs against `baseUrl`: each contender's interleaved runs, measured in that process. */
function loopSamples(baseUrl: string, mode: Mode, calls: number, runs: number): Promise<Samples> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, loopArgs(baseUrl, mode, calls, runs), { cwd: ROOT, env: childEnv(), maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`sdk-loop.mjs ${mode} failed: ${error.message}\n${stderr.slice(-2000)}`));
      else resolve(JSON.parse(stdout) as Samples);
    });
  });
}

/** The SDK's loop and the anchor's, each alone in sdk-loop.mjs under --cpu-prof (a warm-up and one run). */
async function loopProfiles(mode: Mode, calls: number, dir: string) {
  const server = await startServer(0);
  try {
    const what = mode === 'sequential' ? `${calls} sequential loopback GETs` : `${calls * 4} loopback GETs, 32 in flight`;
    const run = async (contender: 'sdk' | 'undici', name: string) => (await profileNodeChild(`${name}, ${what}`, loopArgs(server.url, mode, calls, 1, contender), dir, { cwd: ROOT })).profile;
    return [await run('sdk', 'SDK'), await run('undici', 'undici.request')];
  } finally {
    await server.stop();
  }
}

async function sequentialRow(runs: number, calls: number): Promise<Figure[]> {
  const server = await startServer(0);
  try {
    const samples = await loopSamples(server.url, 'sequential', calls, runs);
    const perCall = (k: keyof Samples) => {
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
    const samples = await loopSamples(server.url, 'concurrency', calls, runs);
    const rate = (k: 'sdk' | 'undici') => {
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
  { id: 'sdk-sequential', title: 'SDK, sequential loopback GETs, CPU per call', goal: '≤ 1.15× undici.request', run: (ctx) => sequentialRow(ctx.runs, ctx.calls), profile: (ctx, dir) => loopProfiles('sequential', ctx.calls, dir) },
  { id: 'sdk-concurrency', title: 'SDK, concurrency 32', goal: '≥ 0.9× undici.request req/s', run: (ctx) => concurrencyRow(ctx.runs, ctx.calls), profile: (ctx, dir) => loopProfiles('concurrency', ctx.calls, dir) },
  { id: 'python-sdk', title: 'Python SDK, sequential loopback GETs, CPU per call', goal: '≤ 1.2× raw httpx', run: (ctx) => pythonRow(ctx.runs, ctx.calls) },
];
