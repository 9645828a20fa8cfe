/**
 * `npm run bench -- --profile`: for a row whose goal is not met, one more run under a profiler, summed up
 * so the report says what stands in the way. CPU profiles are V8's (.cpuprofile, from `node --cpu-prof`
 * in a child, every thread its own file), bucketed by where the code
 * lives: an npm package, a directory of this repository, node's module loader, GC. Byte profiles split a
 * JSON document (an MCP tools/list) by the field the bytes are in.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, runChild, type ChildOptions, type ChildRun } from './harness.js';

/** A V8 CPU profile as `node --cpu-prof` writes it (the fields read here). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileBucket {
  name: string;
  /** Self time (ms) or bytes. */
  value: number;
  /** value / total. */
  share: number;
  /** CPU profiles: the share of samples with this bucket anywhere on the stack. */
  inclusive?: number;
}

export interface Profile {
  /** What ran under the profiler, e.g. "ours, one cold run". */
  subject: string;
  unit: 'ms' | 'B';
  /** Sampled non-idle time (ms) over every thread, or the document's bytes. */
  total: number;
  buckets: ProfileBucket[];
  /** The functions with the most self time: `name (file:line)`. */
  top?: ProfileBucket[];
  note?: string;
}

const BUCKETS = 12;
const TOP = 10;
const SPECIAL: Record<string, string | null> = { '(garbage collector)': 'GC', '(program)': '(program): V8 and native code outside JS', '(idle)': null, '(root)': null };

/** The bucket of a frame: an npm package, a repository directory (two levels), node's loader or internals. */
export function bucketOf(functionName: string, url: string, root = ROOT): string | null {
  if (!url) return functionName in SPECIAL ? SPECIAL[functionName]! : '(native)';
  if (url.startsWith('node:')) {
    const parts = url.slice('node:'.length).replace(/^internal\//, '').split('/');
    if (parts[0] === 'modules' || parts[0] === 'vm') return 'node: module loading';
    // Node's bundled dependencies by name: undici is global fetch's.
    return parts[0] === 'deps' && parts[1] ? `node: ${parts[1] === 'undici' ? 'undici (global fetch)' : parts[1]}` : `node: ${parts[0]}`;
  }
  const file = url.startsWith('file:') ? fileURLToPath(url) : url;
  const modules = file.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [scope, name] = file.slice(modules + '/node_modules/'.length).split('/');
    return scope!.startsWith('@') ? `${scope}/${name}` : scope!;
  }
  const relative = path.relative(root, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return `other: ${path.dirname(file)}`;
  const dirs = path.dirname(relative).split(path.sep).filter((d) => d !== '.');
  return dirs.length ? dirs.slice(0, 2).join('/') : relative;
}

const where = (url: string, line: number, root: string): string => {
  if (!url) return '';
  const file = url.startsWith('file:') ? fileURLToPath(url) : url;
  const modules = file.lastIndexOf('/node_modules/');
  const shown = modules >= 0 ? file.slice(modules + '/node_modules/'.length) : file.startsWith(root) ? path.relative(root, file) : file;
  return `${shown}:${line + 1}`;
};

const ranked = (values: Map<string, number>, total: number, limit: number, inclusive?: Map<string, number>): ProfileBucket[] =>
  [...values]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([name, value]) => ({ name, value, share: total ? value / total : 0, ...(inclusive ? { inclusive: total ? (inclusive.get(name) ?? 0) / total : 0 } : {}) }));

/** Self and inclusive time by bucket, and the top functions, over one or more threads' profiles. */
export function summarizeCpuProfiles(profiles: readonly CpuProfile[], subject: string, root = ROOT): Profile {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    // Each node's bucket once: samples and the stacks above them both ask for it.
    const buckets = new Map(profile.nodes.map((n) => [n.id, bucketOf(n.callFrame.functionName, n.callFrame.url, root)]));
    const stacks = new Map<number, Set<string>>();
    const stackOf = (id: number): Set<string> => {
      let set = stacks.get(id);
      if (set) return set;
      const up = parent.get(id);
      set = new Set(up === undefined ? [] : stackOf(up));
      const bucket = buckets.get(id);
      if (bucket) set.add(bucket);
      stacks.set(id, set);
      return set;
    };
    profile.samples.forEach((id, i) => {
      // A sample stands for the time until the next one.
      const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
      const frame = byId.get(id)!.callFrame;
      const bucket = buckets.get(id);
      if (!bucket) return;
      total += ms;
      self.set(bucket, (self.get(bucket) ?? 0) + ms);
      for (const b of stackOf(id)) inclusive.set(b, (inclusive.get(b) ?? 0) + ms);
      const name = `${frame.functionName || '(anonymous)'}${frame.url ? ` (${where(frame.url, frame.lineNumber, root)})` : ''}`;
      functions.set(name, (functions.get(name) ?? 0) + ms);
    });
  }
  return { subject, unit: 'ms', total, buckets: ranked(self, total, BUCKETS, inclusive), top: ranked(functions, total, TOP) };
}

export const readCpuProfiles = (dir: string): CpuProfile[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as CpuProfile);

/** `dir`/<subject as a file name>, emptied: `--cpu-prof-dir` for one run, whose files alone are read back. */
export function emptyProfileDir(dir: string, subject: string): string {
  const profiles = path.join(dir, subject.replace(/[^a-z0-9]+/gi, '-'));
  rmSync(profiles, { recursive: true, force: true });
  mkdirSync(profiles, { recursive: true });
  return profiles;
}

/**
 * A node child run once under `--cpu-prof` (args[0] is the script or a node flag); its threads' profiles
 * summed up. The child's CPU from wait4 includes its own children, which no profile covers (esbuild
 * under tsx, ruff, python): the note says how much that is.
 */
export async function profileNodeChild(subject: string, args: readonly string[], dir: string, options: ChildOptions = {}): Promise<{ profile: Profile; run: ChildRun }> {
  const profiles = emptyProfileDir(dir, subject);
  const run = await runChild(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profiles, ...args], options);
  const found = readCpuProfiles(profiles);
  if (!found.length) throw new Error(`${subject}: no .cpuprofile written (exit ${run.code}; a child killed by a signal writes none)`);
  const profile = summarizeCpuProfiles(found, subject);
  const outside = run.cpuMs - profile.total;
  profile.note =
    `${found.length} thread${found.length === 1 ? '' : 's'} sampled: ${profile.total.toFixed(0)} ms of the process tree's ${run.cpuMs.toFixed(0)} ms CPU` +
    (outside > 0.05 * run.cpuMs
      ? `; the other ${((100 * outside) / run.cpuMs).toFixed(0)}% ran where no profile reaches (node's start-up before the profiler, child processes such as esbuild under tsx, ruff, python)`
      : outside < -0.05 * run.cpuMs
        ? ' (a sample covers a thread while it is not idle, waiting on another thread included, so threads can add up to more than the CPU; shares are what to read)'
        : '') +
    (run.code !== 0 ? `; exit ${run.code}` : '');
  return { profile, run };
}

/**
 * The bytes of a JSON document by field: `split` names the bucket of a key path (a tool's description,
 * its inputSchema's descriptions), a path it does not name counts under its parent's bucket, and the
 * punctuation of an object or array under its own. A key's bytes are its `"key":value` text.
 */
export function jsonByteProfile(subject: string, document: unknown, split: (pathKeys: readonly string[]) => string | undefined): Profile {
  const bytes = new Map<string, number>();
  const add = (bucket: string, n: number) => bytes.set(bucket, (bytes.get(bucket) ?? 0) + n);
  // Sizes bottom-up, each value serialized once: a container is its children plus brackets and commas.
  const walk = (value: unknown, keys: string[], owner: string): number => {
    if (!value || typeof value !== 'object') {
      const size = Buffer.byteLength(JSON.stringify(value));
      add(owner, size);
      return size;
    }
    const entries = Object.entries(value);
    const punctuation = 2 + Math.max(entries.length - 1, 0);
    let size = punctuation;
    for (const [k, v] of entries) {
      const childKeys = Array.isArray(value) ? keys : [...keys, k];
      const bucket = split(childKeys) ?? owner;
      const keyBytes = Array.isArray(value) ? 0 : Buffer.byteLength(JSON.stringify(k)) + 1;
      add(bucket, keyBytes);
      size += keyBytes + walk(v, childKeys, bucket);
    }
    add(owner, punctuation);
    return size;
  };
  const total = walk(document, [], 'structure');
  return { subject, unit: 'B', total, buckets: ranked(bytes, total, BUCKETS) };
}
