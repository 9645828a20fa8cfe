/**
 * The measuring half of `npm run bench`: a row is one line of issue 13's table (a figure, its anchor, its
 * goal), run() measures it. Children are measured by scripts/bench/rusage.py (wait4: the child's own CPU
 * time and peak RSS); client loops by process.cpuUsage() in their own process (sdk-loop.mjs). Every child runs without
 * NODE_EXTRA_CA_CERTS (it adds ~60 ms to each node start). Contenders are interleaved run by run, so load
 * from elsewhere on the machine hits both sides alike, and medians are reported.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Profile } from './profile.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const TSX = path.join(ROOT, 'node_modules/tsx/dist/loader.mjs');
const RUSAGE = path.join(ROOT, 'scripts/bench/rusage.py');

/** The environment of every child: this one's without NODE_EXTRA_CA_CERTS. */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

export const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export interface ChildRun {
  code: number;
  cpuMs: number;
  wallMs: number;
  maxRssMiB: number;
  /** From spawn to the first byte on stdout; undefined when it printed nothing. */
  firstByteMs?: number;
  /** The same instant on CLOCK_MONOTONIC (process.hrtime.bigint() in any process of this machine). */
  firstByteNs?: bigint;
  /** The child's stdout (kept only when asked) and its size in bytes. */
  stdout: string;
  stdoutBytes: number;
  /** Its stderr's last 4 kB. */
  stderr: string;
}

export interface ChildOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Keep stdout (default: only count it, for a 100k-item listing). */
  keepStdout?: boolean;
  input?: string;
}

/** Runs a command to its end under rusage.py; its CPU (user + sys), wall, peak RSS and first stdout byte. */
export function runChild(command: string, args: readonly string[], options: ChildOptions = {}): Promise<ChildRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-rusage-'));
  const stats = path.join(dir, 'stats.json');
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [RUSAGE, stats, command, ...args], { cwd: options.cwd ?? ROOT, env: childEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] });
    let firstByteNs: bigint | undefined;
    const out: Buffer[] = [];
    let bytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      firstByteNs ??= process.hrtime.bigint();
      bytes += chunk.length;
      if (options.keepStdout) out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => void (stderr = `${stderr}${chunk.toString()}`.slice(-4000)));
    child.on('error', reject);
    child.stdin.end(options.input ?? '');
    child.on('close', () => {
      try {
        const s = JSON.parse(readFileSync(stats, 'utf8')) as { start_ns: string; end_ns: string; utime_s: number; stime_s: number; maxrss_kib: number; status: number };
        resolve({
          code: s.status,
          cpuMs: (s.utime_s + s.stime_s) * 1000,
          wallMs: Number(BigInt(s.end_ns) - BigInt(s.start_ns)) / 1e6,
          maxRssMiB: s.maxrss_kib / 1024,
          ...(firstByteNs !== undefined ? { firstByteMs: Number(firstByteNs - BigInt(s.start_ns)) / 1e6, firstByteNs } : {}),
          stdout: Buffer.concat(out).toString(),
          stdoutBytes: bytes,
          stderr,
        });
      } catch (error) {
        reject(new Error(`rusage.py left no stats for ${command} ${args.join(' ')}: ${(error as Error).message}\n${stderr}`));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

/** A child that must succeed: its failure is the row's error, with the last of its stderr. */
export async function runOk(command: string, args: readonly string[], options: ChildOptions = {}): Promise<ChildRun> {
  const run = await runChild(command, args, options);
  if (run.code !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} exited ${run.code}: ${run.stderr.trim().split('\n').slice(-6).join('\n')}`);
  return run;
}

/** Runs the contenders `runs` times, interleaved (a, b, a, b, ...); each one's samples. */
export async function interleave<K extends string, T>(runs: number, contenders: Record<K, () => Promise<T>>): Promise<Record<K, T[]>> {
  const names = Object.keys(contenders) as K[];
  const samples = Object.fromEntries(names.map((k) => [k, [] as T[]])) as Record<K, T[]>;
  for (let i = 0; i < runs; i++) for (const name of names) samples[name].push(await contenders[name]());
  return samples;
}

/** Medians of CPU, wall and peak RSS over a contender's runs. */
export interface Sampled {
  cpuMs: number;
  wallMs: number;
  maxRssMiB?: number;
  runs: number;
}
export const summarize = (runs: readonly { cpuMs: number; wallMs: number; maxRssMiB?: number }[]): Sampled => ({
  cpuMs: median(runs.map((r) => r.cpuMs)),
  wallMs: median(runs.map((r) => r.wallMs)),
  ...(runs.every((r) => r.maxRssMiB !== undefined) ? { maxRssMiB: Math.max(...runs.map((r) => r.maxRssMiB!)) } : {}),
  runs: runs.length,
});

// ── rows and their results ────────────────────────────────────────────────────────────────────────────

/** A goal on a ratio (ours / anchor) or on an absolute value: met when value `op` limit. */
export interface Goal {
  op: '<=' | '>=' | '<';
  limit: number;
  /** What the limit applies to: 'ratio' or a unit ('ms', 'MiB', 'pages'). */
  on: string;
}

export interface Quantity {
  value: number;
  unit: string;
  /** e.g. 'cpu 412 ms, wall 530 ms, peak 120 MiB' */
  detail?: string;
}

/** One line of the report. Either measured (ours, maybe an anchor and a ratio) or not available, with why. */
export interface Figure {
  figure: string;
  ours?: Quantity;
  anchorName?: string;
  anchor?: Quantity;
  ratio?: number;
  goal?: Goal;
  met?: boolean;
  unavailable?: string;
  note?: string;
}

export interface BenchContext {
  runs: number;
  /** Runs for the rows that take minutes a run (the 13 MB spec). */
  slowRuns: number;
  /** Items the nodes listing serves (100k; fewer in the smoke test). */
  nodes: number;
  /** Calls per SDK loop. */
  calls: number;
  /** Install and run the peers that need npm the first time (openapi-mcp-generator); off in the smoke test. */
  peers: boolean;
  /** Where peers, generated servers and scratch output live between runs. */
  cacheDir: string;
  log: (line: string) => void;
  /** `--profile`: a row whose goal is not met runs once more under a profiler (its files go here). */
  profileDir?: string;
}

export interface Row {
  id: string;
  title: string;
  /** The goal as the issue words it. */
  goal: string;
  /** Needs the network the first time (npm packages into the cache) or takes minutes: not in the smoke test. */
  slow?: boolean;
  /** Only with --corpus. */
  corpus?: boolean;
  run(ctx: BenchContext): Promise<Figure[]>;
  /** One more run under a profiler, for `--profile` when a goal is not met: what stands in the way. */
  profile?(ctx: BenchContext, dir: string, figures: readonly Figure[]): Promise<Profile[]>;
}

export interface RowResult {
  id: string;
  title: string;
  goal: string;
  figures: Figure[];
  /** The row threw: its message, so the report says it instead of losing the other rows. */
  error?: string;
  seconds: number;
  /** When it was measured (ISO): a row kept from an earlier report keeps its own date. */
  measuredAt: string;
  /** The load average when the row started. */
  load: number[];
  /** Carried over from an earlier report by an `--only` run. */
  earlier?: boolean;
  /** `--profile`: the row's profiles, or why it has none. */
  profiles?: Profile[];
  profileError?: string;
}

export const met = (value: number, goal: Goal): boolean => (goal.op === '<=' ? value <= goal.limit : goal.op === '<' ? value < goal.limit : value >= goal.limit);

/** A measured figure against an anchor: ratio ours/anchor of `value`, judged against a ratio goal. */
export function ratioFigure(figure: string, ours: Quantity, anchorName: string, anchor: Quantity, goal?: Goal, note?: string): Figure {
  const ratio = ours.value / anchor.value;
  return { figure, ours, anchorName, anchor, ratio, ...(goal ? { goal, met: met(goal.on === 'ratio' ? ratio : ours.value, goal) } : {}), ...(note ? { note } : {}) };
}

/** A figure whose goal is on the value itself (ms, MiB), with an optional anchor shown beside it. */
export function absoluteFigure(figure: string, ours: Quantity, goal?: Goal, anchor?: { name: string; value: Quantity }, note?: string): Figure {
  return {
    figure,
    ours,
    ...(anchor ? { anchorName: anchor.name, anchor: anchor.value, ratio: ours.value / anchor.value.value } : {}),
    ...(goal ? { goal, met: met(ours.value, goal) } : {}),
    ...(note ? { note } : {}),
  };
}

export const notAvailable = (figure: string, why: string, goal?: Goal): Figure => ({ figure, unavailable: why, ...(goal ? { goal } : {}) });

export const cpuOf = (s: Sampled): Quantity => ({ value: s.cpuMs, unit: 'ms cpu', detail: describe(s) });
export const describe = (s: Sampled): string =>
  `cpu ${fmt(s.cpuMs)} ms, wall ${fmt(s.wallMs)} ms${s.maxRssMiB !== undefined ? `, peak ${fmt(s.maxRssMiB)} MiB` : ''}, ${s.runs} runs`;
export const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(n === 0 ? 0 : 3).replace(/\.?0+$/, '') || '0');

export interface Machine {
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  loadBefore: number[];
  loadAfter?: number[];
  date: string;
}
export const machine = (): Machine => ({
  node: process.version,
  platform: `${process.platform}/${process.arch}`,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  loadBefore: loadavg(),
  date: new Date().toISOString(),
});
